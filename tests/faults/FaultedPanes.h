#pragma once

// The panes the fault matrices cover, each declared once: its name, the operations it sends,
// and how each matrix drives it. Every matrix iterates faultedPanes() and runs each pane that
// declares its part under each of its faults:
// - tst_fault_matrix: `service` (the pane's service alone, under every transport fault);
// - tst_pane_faults: `prepare` + `act` (the pane in the real main window, under sandbox faults
//   narrowed to `operations`);
// - tst_later_page_faults: `laterPage` (a long list whose next page fails).
// A pane added to the console takes one entry in its domain's file (AccountFaultedPanes.cpp,
// ...) and no edit to any matrix. Entries with only a service stand for a pane that shares the
// view of another (e.g. the notes and billing sections share the transactions pane's code).

#include "faults/PaneDriving.h"
#include "faults/ServiceProbe.h"

#include <QAbstractItemView>
#include <QList>
#include <QString>
#include <functional>

namespace kac::api {
class Transport;
}

namespace kac::test {

// The panes to watch once a pane is prepared; a null `faulted` means "the one the action opens"
// (only for a pane that does not exist before the action) or that setup failed.
struct Panes
{
    ui::PaneStateWidget *faulted = nullptr;
    QList<ui::PaneStateWidget *> bystanders; // loaded before the fault; must stay as they were
};

// A long list whose next page the matrix fails.
struct LaterPage
{
    QString operations;                                    // the page's operation, for op=
    std::function<QAbstractItemView *(Console &)> prepare; // first page loaded, no fault
    std::function<bool(Console &)> pageInFlight;
    std::function<ui::PaneStateWidget *(Console &)> pane; // where the page's failure shows
};

struct FaultedPane
{
    const char *name;
    QString operations; // the pane's own operations (op=), for the panes matrix

    // tst_fault_matrix: the service alone. `scratch` is a folder for files (the export's).
    std::function<Probe(api::Transport *transport, const QString &scratch)> service;

    // tst_pane_faults: what the pane needs loaded first (no fault yet), then the agent's action
    // that makes it send its request (under the fault). Empty: not in that matrix.
    std::function<Panes(Console &)> prepare;
    std::function<void(Console &, const Panes &)> act;
    // A pane that exists only once the action has run: where to find it then.
    std::function<ui::PaneStateWidget *(Console &)> openedByAct;

    LaterPage laterPage; // empty prepare: not a long list
};

// Every declared pane, by domain.
QList<FaultedPane> faultedPanes();
QList<FaultedPane> accountFaultedPanes();
QList<FaultedPane> propertyFaultedPanes();
QList<FaultedPane> conversationFaultedPanes();
QList<FaultedPane> campaignFaultedPanes();

// The account every pane opens, and the one that loads beside it undisturbed.
inline const QString FaultedAccount = QStringLiteral("A-2B7E41C9");
inline const QString BystanderAccount = QStringLiteral("A-9A63F05B");

} // namespace kac::test
