#pragma once

#include "api/ApiError.h"
#include "api/LatestRequest.h" // also declares api::Transport
#include "models/campaigns/CampaignRecords.h"

#include <QObject>
#include <optional>

namespace kac::models {

class CallTagModel;
class PagedLoader;

// The call side of the call centre: the call tags list (filtered by name and active state,
// paged), one call tag by id, and one call by id (number or UUID) with its account and metadata.
class CallLookupService : public QObject
{
    Q_OBJECT
public:
    explicit CallLookupService(api::Transport *transport, QObject *parent = nullptr);
    ~CallLookupService() override;

    CallTagModel *callTags() const { return m_tags; }
    PagedLoader *callTagLoader() const { return m_tagLoader; }

    void loadCallTags(const QString &name = {}, std::optional<bool> isActive = std::nullopt);
    void lookUpCallTag(const QString &id);
    void openCall(const QString &id);
    bool isCallLoading() const;

signals:
    void callTagFound(const kac::models::CallTagInfo &tag);
    void callTagFailed(const kac::api::ApiError &error);
    // partial: the first field Kraken refused; none when the call came back complete.
    void callLoaded(const kac::models::CallDetail &call, const kac::api::ApiError &partial);
    void callFailed(const kac::api::ApiError &error);

private:
    CallTagModel *m_tags;
    PagedLoader *m_tagLoader;
    api::LatestRequest *m_tagRequest;
    api::LatestRequest *m_callRequest;
};

} // namespace kac::models
