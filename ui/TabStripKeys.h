#pragma once

#include <QList>

class QAction;
class QTabWidget;

namespace kac::ui {

// Keys on a tab strip while it has focus (QTabBar itself knows only the arrow keys):
// Home / End jump to the first / last tab. They are actions on the strip (Qt::WidgetShortcut),
// so the keyboard shortcuts sheet lists them with the others. The strip's scroll arrows leave
// the Tab order: the arrow keys and the actions already move along the strip.
QList<QAction *> addTabStripKeys(QTabWidget *tabs);

} // namespace kac::ui
