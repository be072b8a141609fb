#pragma once

#include <QSet>
#include <QStringList>
#include <QTextBrowser>
#include <QUrl>
#include <functional>

namespace kac::ui {

// A QTextBrowser for content nobody at the retailer wrote (customers' emails, marketing mail
// with trackers). QTextDocument runs no scripts; on top of that:
//  - setSafeHtml() passes the HTML through models::HtmlSanitizer first (scripts, styles,
//    handlers, iframes, objects, unsafe links gone; misleading links show their real target);
//  - loadResource() never fetches anything: data: images are decoded in memory, every other
//    URL (http, https, ftp, cid, file, relative...) gets a local placeholder and is recorded
//    as blocked, so no tracking pixel ever reports that the agent opened the email;
//  - links do not navigate: clicking one asks the agent first and then hands an http(s),
//    mailto or tel URL to the desktop (QDesktopServices); anything else is refused.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    // Untrusted HTML: sanitised, then shown. Forgets what was blocked for the previous content.
    void setSafeHtml(const QString &html);
    // HTML the console built itself (every piece of outside text already escaped).
    void setTrustedHtml(const QString &html);

    // Every URL refused since the content was set (sanitiser's list and loadResource's).
    QStringList blockedUrls() const { return m_blocked; }
    int blockedCount() const { return int(m_blocked.size()); }

    // Tests replace these; the defaults ask with a QMessageBox and open with QDesktopServices.
    void setLinkConfirmer(std::function<bool(const QUrl &)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    void setUrlOpener(std::function<bool(const QUrl &)> open) { m_open = std::move(open); }

    QVariant loadResource(int type, const QUrl &name) override;

    // The image shown instead of any remote or unreadable image.
    static QImage placeholderImage();

signals:
    void blockedCountChanged(int count);
    void linkOpened(const QUrl &url);
    void linkRefused(const QUrl &url);

private:
    void reset();
    void block(const QString &url);
    void onAnchorClicked(const QUrl &url);
    static QVariant decodeDataUrl(int type, const QUrl &url);

    QStringList m_blocked;
    QSet<QString> m_blockedSet;
    std::function<bool(const QUrl &)> m_confirm;
    std::function<bool(const QUrl &)> m_open;
};

} // namespace kac::ui
