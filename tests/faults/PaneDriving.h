#pragma once

// Driving a pane in the real main window, as the agent does: a fresh window per matrix row,
// opening an account or a dock, and waiting on what a pane's state page shows. Shared by the
// pane declarations (FaultedPanes.h) and the programs that run them.

#include "ui/AccountTab.h"
#include "ui/ConsoleContext.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QTabWidget>
#include <QTest>

namespace kac::test {

constexpr int SettleLimitMs = 15000; // a pane must reach a clear state within this

using State = ui::PaneStateWidget::State;

inline bool waitForState(const ui::PaneStateWidget *pane, const QList<State> &states,
                         int timeoutMs = SettleLimitMs)
{
    return QTest::qWaitFor([&] { return states.contains(pane->state()); }, timeoutMs);
}

inline QString describe(const ui::PaneStateWidget *pane)
{
    switch (pane->state()) {
    case State::Loading:
        return QStringLiteral("still loading");
    case State::Content:
        return pane->hasNotice()
                   ? QStringLiteral("content with notice: ") + pane->noticeText() +
                         QStringLiteral(" [") + pane->noticeDetails() + QStringLiteral("]")
                   : QStringLiteral("content");
    case State::Empty:
        return QStringLiteral("empty: ") + pane->emptyText();
    case State::Error:
        return QStringLiteral("error %1: %2").arg(pane->errorCode(), pane->errorMessage());
    }
    return {};
}

// The Retry on the notice over a pane's rows, while one shows.
inline QAbstractButton *noticeRetry(ui::PaneStateWidget *pane)
{
    return pane->state() == State::Content && pane->hasNotice() ? pane->noticeRetryButton()
                                                                : nullptr;
}

// A fresh main window for one row.
struct Console
{
    explicit Console(const ui::ConsoleContext &context)
        : window(context)
    {
        window.resize(1400, 900);
        window.show();
    }

    ui::AccountTab *openAccount(const QString &number)
    {
        ui::AccountTab *tab = window.openAccount(number);
        return tab && waitForState(tab->paneState(), {State::Content}) ? tab : nullptr;
    }

    template <typename Pane> Pane *showDock(const QString &name)
    {
        auto *dock = window.findChild<QDockWidget *>(name);
        if (!dock)
            return nullptr;
        dock->show();
        return dock->findChild<Pane *>(); // inside the dock's scroll area
    }

    ui::MainWindow window;
};

template <typename Pane> Pane *showSection(ui::AccountTab *tab)
{
    auto *pane = tab->findChild<Pane *>();
    tab->sections()->setCurrentWidget(pane);
    return pane;
}

} // namespace kac::test
