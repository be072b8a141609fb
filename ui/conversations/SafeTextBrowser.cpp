#include "ui/conversations/SafeTextBrowser.h"

#include "models/conversations/HtmlSanitizer.h"

#include <QDesktopServices>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QTextDocument>

namespace kac::ui {

using models::HtmlSanitizer;

namespace {

constexpr qsizetype kMaxDataUrlBytes = 4 * 1024 * 1024; // inline images beyond this are refused

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({}); // never resolve relative names against local directories
    setReadOnly(true);
    setUndoRedoEnabled(false);
    // Our own provider (answering nothing) keeps any application-wide default provider out,
    // so every resource reaches loadResource() below.
    document()->setResourceProvider([](const QUrl &) { return QVariant(); });
    m_confirm = [this](const QUrl &url) {
        return QMessageBox::question(this, tr("Open link?"),
                                     tr("This link goes to:\n\n%1\n\nOpen it in your browser?")
                                         .arg(url.toDisplayString()),
                                     QMessageBox::Open | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Open;
    };
    m_open = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::onAnchorClicked);
}

void SafeTextBrowser::reset()
{
    const bool had = !m_blocked.isEmpty();
    m_blocked.clear();
    m_blockedSet.clear();
    if (had)
        emit blockedCountChanged(0);
}

void SafeTextBrowser::setSafeHtml(const QString &html)
{
    reset();
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
    for (const QString &url : result.remoteResources)
        block(url);
    setHtml(result.html);
}

void SafeTextBrowser::setTrustedHtml(const QString &html)
{
    reset();
    setHtml(html);
}

void SafeTextBrowser::block(const QString &url)
{
    if (m_blockedSet.contains(url))
        return;
    m_blockedSet.insert(url);
    m_blocked << url;
    emit blockedCountChanged(int(m_blocked.size()));
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // Never QTextBrowser::loadResource: it reads local files and follows search paths.
    if (name.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0) {
        const QVariant decoded = decodeDataUrl(type, name);
        if (decoded.isValid())
            return decoded;
    }
    block(name.toString());
    if (type == QTextDocument::ImageResource)
        return placeholderImage();
    // A non-null empty answer: a null one would let QTextDocument try local files itself.
    return QStringLiteral("");
}

QVariant SafeTextBrowser::decodeDataUrl(int type, const QUrl &url)
{
    if (type != QTextDocument::ImageResource)
        return {};
    const QByteArray encoded = url.toEncoded();
    const qsizetype comma = encoded.indexOf(',');
    if (comma < 0 || encoded.size() > kMaxDataUrlBytes)
        return {};
    const QByteArray header = encoded.left(comma).toLower();
    if (!header.startsWith("data:image/"))
        return {};
    const QByteArray payload = encoded.mid(comma + 1);
    const QByteArray bytes = header.endsWith(";base64")
                                 ? QByteArray::fromBase64(QByteArray::fromPercentEncoding(payload))
                                 : QByteArray::fromPercentEncoding(payload);
    QImage image;
    if (!image.loadFromData(bytes) || image.isNull())
        return {};
    return image;
}

QImage SafeTextBrowser::placeholderImage()
{
    static const QImage image = [] {
        QImage img(24, 24, QImage::Format_ARGB32_Premultiplied);
        img.fill(QColor(0xe6, 0xe6, 0xe6));
        QPainter painter(&img);
        painter.setPen(QColor(0x99, 0x99, 0x99));
        painter.drawRect(0, 0, 23, 23);
        painter.drawLine(5, 5, 18, 18);
        painter.drawLine(18, 5, 5, 18);
        return img;
    }();
    return image;
}

void SafeTextBrowser::onAnchorClicked(const QUrl &url)
{
    if (!HtmlSanitizer::isSafeLinkUrl(url.toString())) {
        emit linkRefused(url);
        return;
    }
    if (!m_confirm || !m_confirm(url))
        return;
    if (m_open && m_open(url))
        emit linkOpened(url);
}

} // namespace kac::ui
