#include "ui/WindowFit.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>

namespace kac::ui {

namespace {

QRect availableGeometry(const QWidget *window)
{
    const QScreen *screen = window->screen();
    return screen ? screen->availableGeometry() : QRect();
}

// What the window manager adds around the client area (nothing without one; a guess before
// the window is first shown).
QSize frameExtra(const QWidget *window)
{
    const QSize extra = window->frameGeometry().size() - window->geometry().size();
    return extra.isValid() && !extra.isEmpty() ? extra : QSize(0, 0);
}

} // namespace

QSize sizeWithinScreen(const QWidget *window, QSize preferred)
{
    const QRect available = availableGeometry(window);
    if (available.isEmpty())
        return preferred;
    return preferred.boundedTo(available.size() - frameExtra(window));
}

void fitWindowToScreen(QWidget *window, QSize preferred)
{
    const QRect available = availableGeometry(window);
    window->resize(sizeWithinScreen(window, preferred));
    if (available.isEmpty())
        return;
    QRect frame = window->frameGeometry();
    frame.moveRight(qMin(frame.right(), available.right()));
    frame.moveBottom(qMin(frame.bottom(), available.bottom()));
    frame.moveLeft(qMax(frame.left(), available.left()));
    frame.moveTop(qMax(frame.top(), available.top()));
    window->move(frame.topLeft());
}

void setFittingDockWidget(QMainWindow *window, QDockWidget *dock, QWidget *pane)
{
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(dock->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the pane's own controls take the focus
    scroll->setWidget(pane);
    dock->setWidget(scroll);
    QObject::connect(dock, &QDockWidget::visibilityChanged, window, [window, dock](bool visible) {
        if (!visible || dock->isFloating())
            return;
        // A quarter of the window, 280 to 400 px: the search results and the account next to
        // it keep room for their columns and sections (a third left search 130 px wide).
        window->resizeDocks({dock}, {qBound(280, window->width() / 4, 400)}, Qt::Horizontal);
        const QSize fitted = sizeWithinScreen(window, window->size());
        if (fitted != window->size())
            window->resize(fitted);
    });
}

} // namespace kac::ui
