#pragma once

#include "models/LoadState.h"
#include "ui/ConsoleContext.h"
#include "ui/LazyPane.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace kac::models {
class PropertyService;
}

namespace kac::ui {

class MeterLookupWidget;
class PaneStateWidget;
class ReadingsView;

// An account's properties and meter points, inside its account tab: the property tree
// (NMI / MIRN, supply, agreements, meters, registers), a meter's readings with their chart,
// the account's supply points, and NMI / MIRN lookup. A LazyPane: loads the first time it is
// shown; hidden, it drops the loads still in flight and asks again when shown. Opening the account
// behind a looked-up NMI is the main window's job: it listens to openAccountRequested().
class PropertiesPane : public QWidget, public LazyPane
{
    Q_OBJECT
public:
    PropertiesPane(const ConsoleContext &context, const QString &accountNumber,
                   QWidget *parent = nullptr);

    QString accountNumber() const { return m_accountNumber; }
    models::PropertyService *service() const { return m_service; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *tree() const { return m_tree; }
    PaneStateWidget *treeState() const { return m_treeState; }
    ReadingsView *readingsView() const { return m_readings; }
    QTableView *supplyPointTable() const { return m_supplyTable; }
    PaneStateWidget *supplyPointState() const { return m_supplyState; }
    MeterLookupWidget *lookup() const { return m_lookup; }

    // Shown: loads properties and supply points unless they have loaded (Retry loads again).
    void setShown(bool shown) override;
    // Shows the readings of the meter under `index` in the tree (a meter or one of its registers).
    void showReadingsFor(const QModelIndex &index);

signals:
    void openAccountRequested(const QString &accountNumber);

private:
    void onPropertiesShown(models::LoadState state);

    ConsoleContext m_context;
    QString m_accountNumber;
    models::PropertyService *m_service;
    QTabWidget *m_tabs;
    PaneStateWidget *m_treeState;
    QTreeView *m_tree;
    ReadingsView *m_readings;
    PaneStateWidget *m_supplyState;
    QTableView *m_supplyTable;
    QLabel *m_supplyDetail;
    MeterLookupWidget *m_lookup;
};

} // namespace kac::ui
