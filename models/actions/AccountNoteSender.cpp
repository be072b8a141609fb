#include "models/actions/AccountNoteSender.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kac::models {

namespace {

// Kraken's clock and ours may differ a little; a note created this long before we sent is
// someone else's (the same words typed earlier), not ours.
constexpr qint64 kClockSkewSeconds = 300;

} // namespace

AccountNoteSender::AccountNoteSender(api::Transport *transport, const QString &accountNumber,
                                     QObject *parent)
    : ExactlyOnceAction(transport, QStringLiteral("CreateAccountNote"), parent)
    , m_accountNumber(accountNumber)
{}

bool AccountNoteSender::sendNote(const QString &text, bool pinned, const QDateTime &unpinAt)
{
    if (text.trimmed().isEmpty())
        return false;
    QJsonObject input{{QStringLiteral("accountNumber"), m_accountNumber},
                      {QStringLiteral("note"), text},
                      {QStringLiteral("isPinned"), pinned}};
    if (pinned && unpinAt.isValid())
        input.insert(QStringLiteral("unpinAt"), unpinAt.toUTC().toString(Qt::ISODate));

    const QDateTime earliest = QDateTime::currentDateTimeUtc().addSecs(-kClockSkewSeconds);
    Check check{api::Operation::load(QStringLiteral("AccountNotes")),
                {{QStringLiteral("accountNumber"), m_accountNumber}},
                [text, pinned, earliest](const QJsonObject &data) {
                    const QJsonArray notes = data.value(QLatin1String("account"))
                                                 .toObject()
                                                 .value(QLatin1String("notes"))
                                                 .toArray();
                    for (const QJsonValue &value : notes) {
                        const QJsonObject note = value.toObject();
                        const QDateTime created = QDateTime::fromString(
                            note.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
                        if (note.value(QLatin1String("body")).toString() == text &&
                            note.value(QLatin1String("isPinned")).toBool() == pinned &&
                            created.isValid() && created >= earliest)
                            return true;
                    }
                    return false;
                }};
    return send({{QStringLiteral("input"), input}}, std::move(check));
}

} // namespace kac::models
