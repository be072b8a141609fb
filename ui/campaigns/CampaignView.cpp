#include "ui/campaigns/CampaignView.h"

#include "models/AgentWords.h"
#include "models/PagedLoader.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignService.h"
#include "ui/AccessibleNames.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/PiiConcealer.h"
#include "ui/campaigns/ExportDialog.h"
#include "ui/campaigns/OutcomeChart.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kac::ui {

using models::CampaignService;
using models::AgentWords::enumText;

CampaignView::CampaignView(CampaignService *service, const ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_context(context)
    , m_headerState(new PaneStateWidget(this))
    , m_title(new QLabel)
    , m_details(new QLabel)
    , m_tags(new QLabel)
    , m_itemsState(new PaneStateWidget(this))
    , m_items(new QTableView)
    , m_revealPhones(new QCheckBox(tr("Show &phone numbers")))
    , m_export(new QPushButton(tr("E&xport to CSV…")))
    , m_chart(new OutcomeChart(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tags->setTextFormat(Qt::PlainText);
    m_tags->setWordWrap(true);
    auto *header = new QWidget;
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_details);
    headerLayout->addWidget(m_tags);
    auto *actions = new QBoxLayout(QBoxLayout::TopToBottom); // stacked until known to be wide
    m_actions = actions;
    actions->addWidget(m_revealPhones);
    PiiConcealer::markRevealToggle(m_revealPhones); // masked again on lock and sign-out
    actions->addStretch(1);
    actions->addWidget(m_export);
    headerLayout->addLayout(actions);
    m_headerState->setErrorCatalog(context.errors);
    m_headerState->setContent(header);
    m_headerState->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_items->setModel(service->items());
    m_items->setAccessibleName(tr("Campaign items"));
    m_items->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 8);
    m_items->horizontalHeader()->setSectionResizeMode(
        QHeaderView::Interactive); // never by contents
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setToolTip(tr("Enter or double-click opens the item's account"));
    m_itemsState->setErrorCatalog(context.errors);
    m_itemsState->setContent(m_items);
    bindPagedList(m_itemsState, service->itemLoader(), service->items(),
                  tr("This campaign has no items."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_itemsState);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_itemsAndChart = split;
    AccessibleNames::nameSplitterHandles(split, tr("Resize items and outcome chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headerState);
    layout->addWidget(split, 1);

    auto *headerBinding = bindPaneState(m_headerState, service->detailLoad(),
                                        tr("Choose a campaign to see its items."),
                                        tr("Loading the campaign…"), false);
    connect(headerBinding, &PaneStateBinding::shown, this, &CampaignView::showHeader);
    connect(m_items, &QTableView::activated, this, &CampaignView::openItem); // Enter, double-click
    connect(m_revealPhones, &QCheckBox::toggled, service->items(),
            &models::CampaignItemModel::setPhonesRevealed);
    connect(m_export, &QPushButton::clicked, this, &CampaignView::openExport);
    connect(service->items(), &models::CampaignItemModel::outcomesChanged, this,
            &CampaignView::updateChart);
    connect(service->itemLoader(), &models::PagedLoader::changed, this, [this] {
        m_chart->setSummarisingAll(m_service->isLoadingAllItems());
        updateChart();
    });
    connect(m_chart, &OutcomeChart::summariseAllRequested, this, [this] {
        m_service->loadAllItems();
        m_chart->setSummarisingAll(m_service->isLoadingAllItems());
    });
    showHeader();
}

ExportDialog *CampaignView::lastExportDialog() const
{
    return m_lastExport;
}

void CampaignView::setStacked(bool stacked)
{
    m_actions->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

QString CampaignView::headerText() const
{
    return m_title->text() + QLatin1Char('\n') + m_details->text() + QLatin1Char('\n') +
           m_tags->text();
}

void CampaignView::showHeader()
{
    // Before a campaign is chosen there are no items to speak of, empty or not.
    // The header's page follows its binding; this fills it in once the campaign has loaded.
    m_itemsAndChart->setVisible(m_service->detailState() != models::LoadState::Idle);
    if (m_service->detailState() == models::LoadState::Loaded) {
        const models::CampaignDetail &c = m_service->campaign();
        m_title->setText(QStringLiteral("%1  (%2)").arg(c.name, c.id));
        m_details->setText(
            tr("%1\nStatus: %2 · Type: %3 · Outbound number: %4 · Duplicate prevention: %5")
                .arg(c.description, enumText(c.status), enumText(c.campaignType),
                     c.outboundNumber.isEmpty() ? tr("default") : c.outboundNumber,
                     c.preventDuplicates ? tr("on") : tr("off")));
        QStringList tags;
        for (const models::CallTagInfo &tag : c.tags)
            tags << (tag.isActive ? tag.name : tr("%1 (inactive)").arg(tag.name));
        m_tags->setText(tags.isEmpty() ? tr("No tags")
                                       : tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
        m_export->setEnabled(true);
    }
}

void CampaignView::openItem(const QModelIndex &index)
{
    const QString account = index.data(models::CampaignItemModel::AccountNumberRole).toString();
    if (!account.isEmpty())
        emit openAccountRequested(account);
}

void CampaignView::updateChart()
{
    const auto *items = m_service->items();
    m_chart->setCounts(items->outcomeCounts(), items->rowCount(),
                       std::max(m_service->itemLoader()->totalCount(), items->rowCount()));
}

void CampaignView::openExport()
{
    const models::CampaignDetail &c = m_service->campaign();
    auto *dialog = new ExportDialog(m_service->transport(), c.id, c.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, m_service, &CampaignService::reportProgress);
    m_lastExport = dialog;
    dialog->open();
}

} // namespace kac::ui
