#include "ui/WindowFit.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>

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

// The widest a window opens (see openingSize).
constexpr int kWidestOpening = 1600;

} // namespace

QSize openingSize(const QWidget *window)
{
    const QRect available = availableGeometry(window);
    if (available.isEmpty())
        return QSize(kWidestOpening, 820);
    // A screen up to 1600 px wide (1366, 1440, 1536, 1600) is the console's alone: the 86 px a
    // 1280 px window left on a 1366 screen served nothing, and the account, the search and a
    // dock each need their room. A wider screen keeps space beside it (the softphone).
    const QSize frame = frameExtra(window);
    return QSize(qMin(available.width(), kWidestOpening) - frame.width(),
                 qMin(available.height(), 900) - frame.height());
}

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
    QObject::connect(
        dock, &QDockWidget::visibilityChanged, window, [window, dock, scroll](bool visible) {
            if (!visible || dock->isFloating())
                return;
            // A quarter of the window, 280 to 400 px: the search results and the account next to
            // it keep room for their columns and sections (a third left search 130 px wide). Never
            // narrower than the widest of the pane's tabs (with room for a vertical scroll bar on
            // a short screen): a tab that needs 328 px in a 320 px dock scrolls sideways.
            const int needed =
                scroll->widget()->minimumSizeHint().width() +
                scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll) +
                2 * scroll->frameWidth();
            window->resizeDocks({dock}, {qMax(needed, qBound(280, window->width() / 4, 400))},
                                Qt::Horizontal);
            // Docks stacked in one area share its height: the one shown second left the first
            // its minimum (the campaign list showed two rows above the live chats).
            QList<QDockWidget *> stacked;
            for (QDockWidget *other : window->findChildren<QDockWidget *>()) {
                if (other->isVisible() && !other->isFloating() &&
                    window->dockWidgetArea(other) == window->dockWidgetArea(dock))
                    stacked << other;
            }
            if (stacked.size() > 1)
                window->resizeDocks(stacked, QList<int>(stacked.size(), 1), Qt::Vertical);
            const QSize fitted = sizeWithinScreen(window, window->size());
            if (fitted != window->size())
                window->resize(fitted);
        });
}

} // namespace kac::ui
