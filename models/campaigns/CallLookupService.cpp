#include "models/campaigns/CallLookupService.h"

#include "api/GraphQLResult.h"
#include "api/LatestRequest.h"
#include "api/Operation.h"
#include "models/PagedLoader.h"
#include "models/campaigns/CallTagModel.h"

namespace kac::models {

CallLookupService::CallLookupService(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_tags(new CallTagModel(this))
    , m_tagLoader(new PagedLoader(transport, m_tags, QStringLiteral("CallTags"),
                                  {QStringLiteral("callTags")}, 50, this))
    , m_tagRequest(new api::LatestRequest(transport, this))
    , m_callRequest(new api::LatestRequest(transport, this))
{}

CallLookupService::~CallLookupService() = default;

void CallLookupService::loadCallTags(const QString &name, std::optional<bool> isActive)
{
    QJsonObject variables;
    if (!name.trimmed().isEmpty())
        variables.insert(QStringLiteral("name"), name.trimmed());
    if (isActive)
        variables.insert(QStringLiteral("isActive"), *isActive);
    m_tagLoader->start(variables);
}

void CallLookupService::lookUpCallTag(const QString &id)
{
    m_tagRequest->send(
        api::Operation::load(QStringLiteral("CallTag")), {{QStringLiteral("id"), id.trimmed()}},
        [this](const api::GraphQLResult &result) {
            const QJsonObject node = result.data.value(QLatin1String("callTag")).toObject();
            if (result.ok() && !node.isEmpty())
                emit callTagFound(CallTagInfo::fromNode(node));
            else
                emit callTagFailed(result.missing(QStringLiteral("callTag")));
        });
}

void CallLookupService::openCall(const QString &id)
{
    m_callRequest->send(
        api::Operation::load(QStringLiteral("Call")), {{QStringLiteral("id"), id.trimmed()}},
        [this](const api::GraphQLResult &result) {
            const QJsonObject node = result.data.value(QLatin1String("call")).toObject();
            if (result.ok() && !node.isEmpty())
                emit callLoaded(CallDetail::fromNode(node), result.partialError());
            else
                emit callFailed(result.missing(QStringLiteral("call")));
        });
}

bool CallLookupService::isCallLoading() const
{
    return m_callRequest->isBusy();
}

} // namespace kac::models
