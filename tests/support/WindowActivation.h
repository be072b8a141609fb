#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace kac::test {

// Shows a top-level widget and makes it the active window, on offscreen and on a bare X server
// alike. Window shortcuts (Qt::WindowShortcut) only fire in the active window; without a window
// manager nothing activates a new window by itself (QTest::qWaitForWindowActive then fails), so
// the window asks for the input focus itself once it is mapped.
inline bool showActive(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    QApplication::setActiveWindow(window); // offscreen does not move activation by itself
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

} // namespace kac::test
