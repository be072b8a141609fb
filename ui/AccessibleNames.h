#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;

namespace kac::ui {

// Small helpers that give screen readers what they need, so every pane names its parts the
// same way (tests/ui/tst_accessibility walks every pane and checks these).
namespace AccessibleNames {
// A combo box is heard by its label ("Channel, All channels"), not by its value twice: Qt's own
// accessible combo box on Linux answers its current text for the name. Installed once for the
// application; the name is the combo's accessibleName or its buddy label's text.
void installComboBoxNaming();
// The line edit's clear button (setClearButtonEnabled) says what it clears.
void nameClearButton(QLineEdit *field, const QString &fieldName);
// Every handle of the splitter is named ("Resize search and accounts").
void nameSplitterHandles(QSplitter *splitter, const QString &name);
// Every page of the tab widget is named by its tab ("Account users"), now and for pages added
// later (named when first current): unnamed, a screen reader entering the page hears "filler".
void nameTabPages(QTabWidget *tabs);
// What a mnemonic text reads: "&Meter points" → "Meter points", "Properties && meters" →
// "Properties & meters".
QString withoutMnemonic(QString text);
// A value label heard with its caption: "Balance: $487.12 owing". The caption alone while empty.
void setLabelledValue(QLabel *label, const QString &caption, const QString &text);
} // namespace AccessibleNames

} // namespace kac::ui
