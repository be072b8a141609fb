#include "models/campaigns/CampaignText.h"

#include <QDateTime>

namespace kac::models::CampaignText {

QString humanise(const QString &enumValue)
{
    if (enumValue.isEmpty())
        return {};
    QString text = enumValue.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QString duration(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString dateTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    return when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace kac::models::CampaignText
