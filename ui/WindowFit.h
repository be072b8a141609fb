#pragma once

#include <QSize>

class QMainWindow;
class QDockWidget;
class QWidget;

namespace kac::ui {

// Keeping the main window on the agent's screen (1366×768 is the common one): it opens at its
// preferred size shrunk to the screen's available geometry (less the window frame), and
// showing a dock never widens it past that. A dock's pane sits in a scroll area, so a wide pane
// scrolls inside the dock instead of raising the window's minimum size.

// The size the main window opens at on its screen: the whole available width up to 1600 px
// (wider screens keep room beside it), the available height up to 900 px, less the frame.
QSize openingSize(const QWidget *window);
// The preferred size shrunk to fit the available geometry of the window's screen.
QSize sizeWithinScreen(const QWidget *window, QSize preferred);
// Resizes the window to sizeWithinScreen(preferred) and moves it fully onto the screen.
void fitWindowToScreen(QWidget *window, QSize preferred);
// Puts the pane in the dock inside a scroll area, and gives the dock a quarter of the window's
// width (280 to 400 px, and never less than the pane's widest tab needs) when it is shown,
// sharing the height with another dock shown in the same area, and shrinking the window back
// onto the screen if needed.
void setFittingDockWidget(QMainWindow *window, QDockWidget *dock, QWidget *pane);

} // namespace kac::ui
