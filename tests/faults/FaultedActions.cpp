#include "faults/FaultedActions.h"

#include "models/actions/AccountNoteSender.h"

#include <QJsonArray>

namespace kac::test {

namespace {

FaultedAction accountNote()
{
    return {"account note", QStringLiteral("CreateAccountNote"), [](api::Transport *transport) {
                auto sender = std::make_unique<models::AccountNoteSender>(transport, ActionAccount);
                models::AccountNoteSender *note = sender.get();
                ActionProbe probe;
                probe.action = std::move(sender);
                probe.send = [note](const QString &marker) {
                    return note->sendNote(marker, false);
                };
                probe.query = api::Operation::load(QStringLiteral("AccountNotes"));
                probe.variables = {{QStringLiteral("accountNumber"), ActionAccount}};
                probe.count = [](const QJsonObject &data, const QString &marker) {
                    int count = 0;
                    const QJsonArray notes = data.value(QLatin1String("account"))
                                                 .toObject()
                                                 .value(QLatin1String("notes"))
                                                 .toArray();
                    for (const QJsonValue &value : notes)
                        count += value.toObject().value(QLatin1String("body")).toString() == marker;
                    return count;
                };
                return probe;
            }};
}

} // namespace

QList<FaultedAction> faultedActions()
{
    return {accountNote()};
}

} // namespace kac::test
