#pragma once

class QAbstractButton;
class QWidget;

namespace kac::ui {

// Revealed PII does not outlive the agent's attention: every toggle that reveals customer PII
// (a contact's mobile, the campaign's phone numbers) is marked, and when the console is locked
// or the agent signs out each marked toggle under the window is switched back off, so what the
// agent sees on return is masked again (models/PiiText).
namespace PiiConcealer {
void markRevealToggle(QAbstractButton *toggle);
// Unchecks every marked toggle under `root` (docks and floating docks are its children too).
void concealAll(QWidget *root);
} // namespace PiiConcealer

} // namespace kac::ui
