#include "ui/campaigns/CampaignListPanel.h"

#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "ui/AccessibleNames.h"
#include "models/PagedLoader.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/campaigns/CampaignView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kac::ui {

using models::CampaignListModel;

namespace {
// (Kraken enum value, label) from the service's options; the empty value means "any".
void fill(QComboBox *box, const QList<models::CampaignFilter::Option> &choices)
{
    for (const auto &[value, label] : choices)
        box->addItem(label, value);
}
} // namespace

CampaignListPanel::CampaignListPanel(models::CampaignService *service,
                                     const ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_status(new QComboBox)
    , m_type(new QComboBox)
    , m_name(new QLineEdit)
    , m_listState(new PaneStateWidget)
    , m_list(new QTableView)
    , m_view(new CampaignView(service, context))
{
    fill(m_status, models::CampaignFilter::statusOptions());
    fill(m_type, models::CampaignFilter::typeOptions());
    m_status->setAccessibleName(tr("Filter by status"));
    m_type->setAccessibleName(tr("Filter by type"));
    m_name->setAccessibleName(tr("Filter by name"));
    m_name->setPlaceholderText(tr("Part of the name"));
    m_name->setClearButtonEnabled(true);
    AccessibleNames::nameClearButton(m_name, tr("name filter"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);

    m_list->setModel(service->campaigns());
    m_list->setAccessibleName(tr("Campaigns"));
    m_list->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(CampaignListModel::Name, QHeaderView::Stretch);
    m_listState->setErrorCatalog(context.errors);
    m_listState->setContent(m_list);
    bindPagedList(m_listState, service->campaignLoader(), service->campaigns(),
                    tr("No campaigns match these filters."));

    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("St&atus:"));
    statusLabel->setBuddy(m_status);
    auto *typeLabel = new QLabel(tr("T&ype:"));
    typeLabel->setBuddy(m_type);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(nameLabel);
    filters->addWidget(m_name, 1);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_listState, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(1, 2);
    AccessibleNames::nameSplitterHandles(split, tr("Resize campaigns and campaign"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CampaignListPanel::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CampaignListPanel::applyFilter);
    connect(m_name, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::returnPressed, this, &CampaignListPanel::applyFilter);
    connect(&m_debounce, &QTimer::timeout, this, &CampaignListPanel::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignListPanel::openCurrent);
    connect(m_view, &CampaignView::openAccountRequested, this,
            &CampaignListPanel::openAccountRequested);
}

void CampaignListPanel::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilter();
}

void CampaignListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void CampaignListPanel::applyFilter()
{
    m_debounce.stop();
    m_loaded = true;
    m_service->setFilter(
        {m_status->currentData().toString(), m_type->currentData().toString(), m_name->text()});
}

void CampaignListPanel::openCurrent()
{
    const QString id = m_service->campaigns()->campaignIdAt(m_list->currentIndex().row());
    if (!id.isEmpty() && id != m_service->openCampaignId())
        m_service->openCampaign(id);
}

} // namespace kac::ui
