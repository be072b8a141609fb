#pragma once

#include "api/ApiError.h"
#include "api/LatestRequest.h" // also declares api::Transport
#include "models/LoadStatus.h"
#include "models/campaigns/CampaignRecords.h"

#include <QObject>
#include <QPointer>

namespace kac::models {

class CampaignItemModel;
class CampaignListModel;
class PagedLoader;

// What the campaigns list is filtered by; empty strings mean "any".
struct CampaignFilter
{
    QString status;       // CampaignStatus: ACTIVE, INACTIVE
    QString campaignType; // TypeOfVoiceCampaign: PREVIEW, PREDICTIVE
    QString name;         // part of the name, any case
    bool operator==(const CampaignFilter &) const = default;

    // Every value a filter may take, as (Kraken enum value, agent-facing label), "any" (an
    // empty value) first. The filter boxes offer exactly these, so every value the console
    // sends is one of Kraken's.
    using Option = QPair<QString, QString>;
    static QList<Option> statusOptions();
    static QList<Option> typeOptions();
};

// The voice-campaigns domain: fills the campaigns list (filtered, paged), one open campaign's
// header and its items (paged), and works out a campaign's progress once all its items have
// been seen. Destroying the service cancels everything in flight.
class CampaignService : public QObject
{
    Q_OBJECT
public:
    using DetailState = LoadState; // never Empty: a campaign always has its header

    explicit CampaignService(api::Transport *transport, QObject *parent = nullptr);
    ~CampaignService() override;

    CampaignListModel *campaigns() const { return m_campaigns; }
    PagedLoader *campaignLoader() const { return m_campaignLoader; }
    CampaignItemModel *items() const { return m_items; }
    PagedLoader *itemLoader() const { return m_itemLoader; }
    api::Transport *transport() const;

    // Reloads the list from the first page (does nothing when the filter is unchanged and the
    // list has loaded or is loading, unless `force`).
    void setFilter(const CampaignFilter &filter, bool force = false);
    CampaignFilter filter() const { return m_filter; }
    void reloadCampaigns() { setFilter(m_filter, true); }

    // Opens one campaign: its header and the first page of its items.
    void openCampaign(const QString &campaignId);
    void retryCampaign();
    QString openCampaignId() const { return m_campaignId; }
    // The open campaign's header (its retry opens the campaign again).
    LoadStatus *detailLoad() const { return m_detail; }
    LoadState detailState() const { return m_detail->state(); }
    const CampaignDetail &campaign() const { return m_campaign; }
    api::ApiError detailError() const { return m_detail->error(); }
    // Loaded, but Kraken refused some of the campaign's fields; none when it is complete.
    api::ApiError detailPartialError() const { return m_detail->partialError(); }

    // Keeps asking for pages of the open campaign's items until all are in (the outcome chart's
    // "Summarise all"); stops at the first failure.
    void loadAllItems();
    bool isLoadingAllItems() const { return m_loadingAll; }

    // Out of sight (the dock hidden): the open campaign's header and any page in flight are
    // dropped without an error, so nothing hidden holds a connection. resume() asks again for
    // what a suspend dropped (and for the list if it never loaded with the applied filter).
    void suspend();
    void resume();

    // Progress = share of items no longer pending, once every item has been seen.
    void reportProgress(const QString &campaignId, int pendingItems, int totalItems);

signals:
    void progressKnown(const QString &campaignId, double progress);

private:
    void onDetailFinished(const api::GraphQLResult &result);
    void onItemPage();

    QPointer<api::Transport> m_transport;
    CampaignListModel *m_campaigns;
    PagedLoader *m_campaignLoader;
    CampaignItemModel *m_items;
    PagedLoader *m_itemLoader;
    api::LatestRequest *m_detailRequest;
    CampaignFilter m_filter;
    bool m_filterApplied = false;
    QString m_campaignId;
    CampaignDetail m_campaign;
    LoadStatus *m_detail;
    bool m_loadingAll = false;
};

} // namespace kac::models
