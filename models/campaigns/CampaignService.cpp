#include "models/campaigns/CampaignService.h"

#include "api/LatestRequest.h"
#include "api/Operation.h"
#include "api/Transport.h"
#include "models/PagedLoader.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kac::models {

namespace {
constexpr int kCampaignPageSize = 20;
constexpr int kItemPageSize = 99; // Kraken refuses first >= 100
} // namespace

CampaignService::CampaignService(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_campaigns(new CampaignListModel(this))
    , m_campaignLoader(new PagedLoader(transport, m_campaigns, QStringLiteral("VoiceCampaigns"),
                                       {QStringLiteral("voiceCampaigns")}, kCampaignPageSize, this))
    , m_items(new CampaignItemModel(this))
    , m_itemLoader(new PagedLoader(
          transport, m_items, QStringLiteral("CampaignItems"),
          {QStringLiteral("voiceCampaign"), QStringLiteral("campaignItems")}, kItemPageSize, this))
    , m_detailRequest(new api::LatestRequest(transport, this))
    , m_detail(new LoadStatus([this] { retryCampaign(); }, this))
{
    connect(m_itemLoader, &PagedLoader::pageLoaded, this, &CampaignService::onItemPage);
    connect(m_itemLoader, &PagedLoader::changed, this, [this] {
        if (m_itemLoader->state() == LoadState::Failed || !m_itemLoader->pageError().isNone())
            m_loadingAll = false;
    });
}

CampaignService::~CampaignService() = default;

api::Transport *CampaignService::transport() const
{
    return m_transport;
}

QList<CampaignFilter::Option> CampaignFilter::statusOptions()
{
    return {
        {QString(), QCoreApplication::translate("CampaignFilter", "Any status")},
        {QStringLiteral("ACTIVE"), QCoreApplication::translate("CampaignFilter", "Active")},
        {QStringLiteral("INACTIVE"), QCoreApplication::translate("CampaignFilter", "Inactive")}};
}

QList<CampaignFilter::Option> CampaignFilter::typeOptions()
{
    return {{QString(), QCoreApplication::translate("CampaignFilter", "Any type")},
            {QStringLiteral("PREVIEW"), QCoreApplication::translate("CampaignFilter", "Preview")},
            {QStringLiteral("PREDICTIVE"),
             QCoreApplication::translate("CampaignFilter", "Predictive")}};
}

void CampaignService::setFilter(const CampaignFilter &filter, bool force)
{
    if (!force && m_filterApplied && filter == m_filter &&
        m_campaignLoader->state() != PagedLoader::State::Failed)
        return;
    m_filter = filter;
    m_filterApplied = true;
    QJsonObject variables;
    if (!filter.status.isEmpty())
        variables.insert(QStringLiteral("status"), filter.status);
    if (!filter.campaignType.isEmpty())
        variables.insert(QStringLiteral("campaignType"), filter.campaignType);
    if (!filter.name.trimmed().isEmpty())
        variables.insert(QStringLiteral("name"), filter.name.trimmed());
    m_campaignLoader->start(variables);
}

void CampaignService::openCampaign(const QString &campaignId)
{
    m_campaignId = campaignId;
    m_campaign = {};
    m_loadingAll = false;
    m_detail->set(LoadState::Loading);
    m_detailRequest->send(api::Operation::load(QStringLiteral("VoiceCampaign")),
                          {{QStringLiteral("campaignId"), campaignId}},
                          [this](const api::GraphQLResult &result) { onDetailFinished(result); });
    m_itemLoader->start({{QStringLiteral("campaignId"), campaignId}});
}

void CampaignService::retryCampaign()
{
    if (!m_campaignId.isEmpty())
        openCampaign(m_campaignId);
}

void CampaignService::suspend()
{
    m_campaignLoader->suspend();
    m_itemLoader->suspend();
    m_loadingAll = false;
    if (m_detail->state() == LoadState::Loading) {
        m_detailRequest->cancel(); // aborts the reply; it never calls back
        m_detail->set(LoadState::Idle);
    }
}

void CampaignService::resume()
{
    if (m_filterApplied && m_campaignLoader->state() == LoadState::Idle)
        reloadCampaigns();
    // Either half of an open campaign dropped: open it again, header and first page together.
    if (!m_campaignId.isEmpty() &&
        (m_detail->state() == LoadState::Idle || m_itemLoader->state() == LoadState::Idle))
        retryCampaign();
}

void CampaignService::loadAllItems()
{
    m_loadingAll = true;
    if (m_itemLoader->state() == LoadState::Failed || !m_itemLoader->pageError().isNone())
        m_itemLoader->retry();
    else if (m_itemLoader->canFetchMore())
        m_itemLoader->fetchMore();
    else if (!m_itemLoader->isLoading())
        m_loadingAll = false; // already complete
}

void CampaignService::reportProgress(const QString &campaignId, int pendingItems, int totalItems)
{
    if (totalItems <= 0)
        return;
    const double progress = double(totalItems - pendingItems) / totalItems;
    m_campaigns->setProgress(campaignId, progress);
    emit progressKnown(campaignId, progress);
}

void CampaignService::onDetailFinished(const api::GraphQLResult &result)
{
    const QJsonObject node = result.data.value(QLatin1String("voiceCampaign")).toObject();
    if (!result.ok() || node.isEmpty()) {
        m_detail->set(LoadState::Failed, result.missing(QStringLiteral("voiceCampaign")));
        return;
    }
    m_campaign = CampaignDetail::fromNode(node);
    m_detail->set(LoadState::Loaded, result.partialError());
}

void CampaignService::onItemPage()
{
    const int total = m_itemLoader->totalCount();
    if (m_items->rowCount() >= total && !m_itemLoader->canFetchMore()) {
        m_loadingAll = false;
        reportProgress(m_campaignId, m_items->pendingCount(), total);
        return;
    }
    if (m_loadingAll)
        m_itemLoader->fetchMore();
}

} // namespace kac::models
