#include "models/conversations/ConversationSummary.h"

#include "models/AgentWords.h"
#include "models/JsonValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace kac::models {

namespace {

// InkBucket and InkTag have a name (and an id); nothing else to show.
QStringList names(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString name = item.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            out << name;
    }
    return out;
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
    s.accountNumber = c.value(QLatin1String("accountNumber")).toString();
    s.status = c.value(QLatin1String("status")).toString();
    s.lastMessageAt = decodeDateTime(c.value(QLatin1String("lastMessageAt")));
    s.buckets = names(c.value(QLatin1String("buckets")));
    s.tags = names(c.value(QLatin1String("tags")));
    // contactChannelIdentities is one {default, all}; keep each handle once, default first.
    {
        const QJsonObject group = c.value(QLatin1String("contactChannelIdentities")).toObject();
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
    return AgentWords::enumText(status);
}

} // namespace kac::models
