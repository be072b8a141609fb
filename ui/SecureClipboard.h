#pragma once

#include <QString>

namespace kac::ui {

// Copies text to the clipboard. PII and secrets carry the hints clipboard managers honour so
// they stay out of clipboard history: `x-kde-passwordManagerHint: secret` (KDE/Klipper and
// others on Linux), the concealed type on macOS, and the history-exclusion formats on Windows.
void copyToClipboard(const QString &text, bool sensitive);

} // namespace kac::ui
