#include "ui/campaigns/CampaignListPanel.h"

#include "models/PagedLoader.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "ui/AccessibleNames.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/campaigns/CampaignView.h"

#include <QComboBox>
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
// Below this width (a quarter-width dock) the filters stack and the campaign goes below the list.
constexpr int NarrowWidth = 640;

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
    // Stacked until it is known to be wide: side by side, the panel could not be narrower than
    // its filters and the campaign's view together, so a narrow dock would never get narrow.
    , m_filters(new QBoxLayout(QBoxLayout::TopToBottom))
    , m_split(new QSplitter(Qt::Vertical, this))
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

    // Each label stays beside its field; the pairs go side by side, or stack when narrow.
    const auto addFilter = [this](const QString &label, QWidget *field, int stretch) {
        auto *pair = new QHBoxLayout;
        auto *buddy = new QLabel(label);
        buddy->setBuddy(field);
        pair->addWidget(buddy);
        pair->addWidget(field, 1);
        m_filters->addLayout(pair, stretch);
    };
    addFilter(tr("St&atus:"), m_status, 0);
    addFilter(tr("T&ype:"), m_type, 0);
    addFilter(tr("&Name:"), m_name, 1);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(m_filters);
    leftLayout->addWidget(m_listState, 1);
    m_split->addWidget(left);
    m_split->addWidget(m_view);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    AccessibleNames::nameSplitterHandles(m_split, tr("Resize campaigns and campaign"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

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

void CampaignListPanel::setShown(bool shown)
{
    if (!shown) {
        m_service->suspend();
        return;
    }
    if (m_service->campaignLoader()->state() == models::LoadState::Idle)
        applyFilter(); // the first show; after a suspend, resume() asks again
    m_service->resume();
}

bool CampaignListPanel::isNarrow() const
{
    return width() < NarrowWidth;
}

void CampaignListPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = isNarrow();
    m_filters->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_split->setOrientation(narrow ? Qt::Vertical : Qt::Horizontal);
    m_view->setStacked(narrow);
}

void CampaignListPanel::applyFilter()
{
    m_debounce.stop();
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
