#pragma once

// The agent actions the action fault matrix (tst_action_faults) covers, each declared once: how
// to send one carrying a marker (its text), and how to count, with a fresh query, how many times
// Kraken holds the one carrying that marker. The matrix runs every declared action under every
// sandbox fault on its mutation and requires it done exactly once or clearly not done, never
// twice. An action added to the console takes one entry in faultedActions() and no edit to the
// matrix.

#include "api/Operation.h"
#include "models/actions/ExactlyOnceAction.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace kac::api {
class Transport;
}

namespace kac::test {

struct ActionProbe
{
    std::unique_ptr<models::ExactlyOnceAction> action;
    // Sends one carrying `marker` (false: nothing sent).
    std::function<bool(const QString &marker)> send;
    // The query that shows what the action did, and how many times its data holds `marker`.
    api::Operation query;
    QJsonObject variables;
    std::function<int(const QJsonObject &data, const QString &marker)> count;
};

struct FaultedAction
{
    const char *name;
    QString mutation; // the mutation's operation name: the fault's op= and the request log's
    std::function<ActionProbe(api::Transport *transport)> make;
};

QList<FaultedAction> faultedActions();

// The account every action acts on.
inline const QString ActionAccount = QStringLiteral("A-2B7E41C9");

} // namespace kac::test
