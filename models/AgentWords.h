#pragma once

#include <QString>

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
} // namespace AgentWords

} // namespace kac::models
