#include "ui/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace kac::ui {

void copyToClipboard(const QString &text, bool sensitive)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    if (sensitive) {
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
        // Windows: keep it out of clipboard history and cloud clipboard (DWORD 0).
        mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                      QByteArray(4, '\0'));
        mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
        mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
    }
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace kac::ui
