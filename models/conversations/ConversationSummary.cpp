#include "models/conversations/ConversationSummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace kac::models {

namespace {

QStringList displayNames(const QJsonValue &value)
{
    QStringList names;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        const QString name = o.value(QLatin1String("displayName")).toString();
        names << (name.isEmpty() ? o.value(QLatin1String("name")).toString() : name);
    }
    return names;
}

ConversationSummary::ContactChannel channelFrom(const QJsonObject &o, bool isDefault)
{
    return {o.value(QLatin1String("channel")).toString(),
            o.value(QLatin1String("handle")).toString(),
            o.value(QLatin1String("displayName")).toString(), isDefault};
}

} // namespace

ConversationSummary ConversationSummary::fromJson(const QJsonObject &c)
{
    ConversationSummary s;
    s.relayId = c.value(QLatin1String("id")).toString();
    s.pk = c.value(QLatin1String("pk")).toString();
    s.accountNumber = c.value(QLatin1String("accountNumber")).toString();
    s.status = c.value(QLatin1String("status")).toString();
    s.lastMessageAt =
        QDateTime::fromString(c.value(QLatin1String("lastMessageAt")).toString(), Qt::ISODate);
    s.buckets = displayNames(c.value(QLatin1String("buckets")));
    s.tags = displayNames(c.value(QLatin1String("tags")));
    // contactChannelIdentities is a list of {default, all}; keep each handle once, default first.
    const QJsonArray identities = c.value(QLatin1String("contactChannelIdentities")).toArray();
    for (const QJsonValue &value : identities) {
        const QJsonObject group = value.toObject();
        const QJsonObject def = group.value(QLatin1String("default")).toObject();
        if (!def.isEmpty())
            s.channels << channelFrom(def, true);
        const QJsonArray all = group.value(QLatin1String("all")).toArray();
        for (const QJsonValue &item : all) {
            const ContactChannel channel = channelFrom(item.toObject(), false);
            const bool seen =
                std::any_of(s.channels.cbegin(), s.channels.cend(), [&](const ContactChannel &c) {
                    return c.channel == channel.channel && c.handle == channel.handle;
                });
            if (!seen)
                s.channels << channel;
        }
    }
    return s;
}

QString ConversationSummary::statusLabel(const QString &status)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ConversationSummary", text);
    };
    if (status == QLatin1String("OPEN"))
        return tr("Open");
    if (status == QLatin1String("OPEN_NEW"))
        return tr("Open — new");
    if (status == QLatin1String("OPEN_CUSTOMER_REPLIED"))
        return tr("Open — customer replied");
    if (status == QLatin1String("OPEN_NOTHING_FURTHER_REQUIRED"))
        return tr("Open — nothing further required");
    if (status == QLatin1String("CLOSED"))
        return tr("Closed");
    if (status == QLatin1String("SNOOZED"))
        return tr("Snoozed");
    return status;
}

} // namespace kac::models
