#include "ui/properties/PropertiesPane.h"

#include "models/PagedLoader.h"
#include "models/properties/PropertyNode.h"
#include "models/properties/PropertyService.h"
#include "models/properties/PropertyTreeModel.h"
#include "models/properties/SupplyPointModel.h"
#include "ui/AccessibleNames.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/properties/MeterLookupWidget.h"
#include "ui/properties/ReadingsView.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kac::ui {

using models::LoadState;
using models::PropertyNode;
using models::PropertyService;
using models::PropertyTreeModel;
using models::SupplyPointModel;

PropertiesPane::PropertiesPane(const ConsoleContext &context, const QString &accountNumber,
                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_accountNumber(accountNumber)
    , m_service(new PropertyService(context.transport, this))
    , m_tabs(new QTabWidget)
    , m_treeState(new PaneStateWidget)
    , m_tree(new QTreeView)
    , m_readings(new ReadingsView(m_service, accountNumber, context.errors))
    , m_supplyState(new PaneStateWidget)
    , m_supplyTable(new QTableView)
    , m_supplyDetail(new QLabel)
    , m_lookup(new MeterLookupWidget(context.transport, context.errors))
{
    setObjectName(QStringLiteral("propertiesPane"));
    m_tree->setModel(m_service->properties());
    m_tree->setAccessibleName(tr("Properties and meter points"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(PropertyTreeModel::TitleColumn, 340);
    m_tree->header()->resizeSection(PropertyTreeModel::DetailColumn, 300);
    m_tree->setToolTip(tr("Enter or double-click a meter to see its readings"));
    connect(m_tree, &QTreeView::activated, this, &PropertiesPane::showReadingsFor);
    m_treeState->setErrorCatalog(context.errors);
    m_treeState->setContent(m_tree);
    auto *treeBinding = bindPaneState(
        m_treeState, m_service->propertiesLoad(),
        tr("This account has no current property. Moved-out properties are not listed."),
        tr("Loading properties…"));
    connect(treeBinding, &PaneStateBinding::shown, this, &PropertiesPane::onPropertiesShown);

    m_supplyTable->setModel(m_service->supplyPoints());
    m_supplyTable->setAccessibleName(tr("Supply points"));
    m_supplyTable->verticalHeader()->hide();   // row numbers and an unnamed corner button
    m_supplyTable->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_supplyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_supplyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_supplyTable->horizontalHeader()->setStretchLastSection(true);
    m_supplyDetail->setWordWrap(true);
    auto *supplyPage = new QWidget;
    auto *supplyLayout = new QVBoxLayout(supplyPage);
    supplyLayout->setContentsMargins(0, 0, 0, 0);
    supplyLayout->addWidget(m_supplyTable, 1);
    supplyLayout->addWidget(m_supplyDetail);
    m_supplyState->setErrorCatalog(context.errors);
    m_supplyState->setContent(supplyPage);
    bindPaneState(m_supplyState, m_service->supplyPointsLoad(),
                  tr("This account has no supply points."), tr("Loading supply points…"));
    connect(m_supplyTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_supplyDetail->setText(tr("Loading supply point…"));
        m_service->loadSupplyPoint(index.data(SupplyPointModel::ExternalIdentifierRole).toString(),
                                   index.data(SupplyPointModel::MarketNameRole).toString());
    });
    connect(m_service, &PropertyService::supplyPointLoaded, this, [this](const QJsonObject &point) {
        QStringList devices;
        for (const SupplyPointModel::Device &d : SupplyPointModel::devicesOf(point)) {
            devices << (d.registers.isEmpty()
                            ? d.identifier
                            : tr("%1 (registers %2)")
                                  .arg(d.identifier, d.registers.join(QStringLiteral(", "))));
        }
        m_supplyDetail->setText(
            tr("Supply point %1 · %2 · devices: %3")
                .arg(point.value(QLatin1String("id")).toString(),
                     point.value(QLatin1String("externalIdentifier")).toString(),
                     devices.isEmpty() ? tr("none") : devices.join(QStringLiteral(", "))));
    });
    connect(m_service, &PropertyService::supplyPointFailed, this,
            [this](const api::ApiError &error) {
                m_supplyDetail->setText(PaneStateWidget::messageFor(error, m_context.errors) +
                                        (error.errorCode.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" [%1]").arg(error.errorCode)));
            });

    connect(m_lookup, &MeterLookupWidget::openAccountRequested, this,
            &PropertiesPane::openAccountRequested);

    m_tabs->setAccessibleName(tr("Property views"));
    m_tabs->tabBar()->setAccessibleName(m_tabs->accessibleName());
    m_tabs->addTab(m_treeState, tr("&Meter points"));
    m_tabs->addTab(m_readings, tr("&Readings"));
    m_tabs->addTab(m_supplyState, tr("Supply &points"));
    m_tabs->addTab(m_lookup, tr("NMI / MIRN loo&kup"));
    AccessibleNames::nameTabPages(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void PropertiesPane::setShown(bool shown)
{
    if (!shown) {
        m_service->suspend();
        return;
    }
    if (m_service->propertiesState() == LoadState::Idle)
        m_service->loadProperties(m_accountNumber);
    if (m_service->supplyPointsState() == LoadState::Idle)
        m_service->loadSupplyPoints(m_accountNumber);
    else
        m_service->supplyPointsLoad()->fetchAll(); // pages a hide dropped; none if complete
    if (m_readings->isVisible())
        m_readings->resume(); // readings a hide dropped (ReadingsView also does so when shown)
}

void PropertiesPane::showReadingsFor(const QModelIndex &index)
{
    const QString meterId = index.data(PropertyTreeModel::MeterIdRole).toString();
    if (meterId.isEmpty())
        return;
    // Chosen first, so opening the tab does not load the previously chosen meter too.
    m_readings->showMeter(meterId);
    m_tabs->setCurrentWidget(m_readings);
}

void PropertiesPane::onPropertiesShown(LoadState state)
{
    if (state == LoadState::Empty) {
        m_readings->setMeters({});
    } else if (state == LoadState::Loaded) {
        m_tree->expandToDepth(1);
        m_readings->setMeters(m_service->properties()->meters());
    }
}

} // namespace kac::ui
