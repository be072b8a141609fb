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

QString window(const QString &startIso, const QString &endIso)
{
    const QDateTime start = QDateTime::fromString(startIso, Qt::ISODateWithMs).toLocalTime();
    const QDateTime end = QDateTime::fromString(endIso, Qt::ISODateWithMs).toLocalTime();
    if (!start.isValid() || !end.isValid())
        return start.isValid() ? dateTime(startIso) : dateTime(endIso);
    const QString endText = end.date() == start.date()
                                ? end.toString(QStringLiteral("HH:mm"))
                                : end.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    return QStringLiteral("%1 – %2").arg(dateTime(startIso), endText);
}

} // namespace kac::models::CampaignText
