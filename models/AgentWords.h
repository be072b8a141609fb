#pragma once

#include <QString>
#include <QStringList>

namespace kac::models {

// Kraken's words turned into the agent's: every enum value the console shows goes through
// here, so "ON_SUPPLY" reads "On supply" on every pane. Known values have their own wording
// (initialisms stay upper case: "SMS", "BPAY"); an unknown value is humanised ("NEW_THING" ->
// "New thing") rather than shown raw, so a new Kraken enum never reaches an agent as code.
namespace AgentWords {
// "DIRECT_DEBIT" -> "Direct debit"; "" -> "". `titleCase` capitalises every word (brands).
QString enumText(const QString &krakenValue, bool titleCase = false);
// A Kraken field or metadata key in words: "overdueBalance" -> "Overdue balance".
QString fieldText(const QString &krakenField);
// What a partial answer lacks, from the error's field path: {"account", "notes"} -> "Notes could
// not be loaded" (list steps and row numbers skipped); empty when the path names nothing.
QString missingText(const QStringList &fieldPath);
} // namespace AgentWords

} // namespace kac::models
