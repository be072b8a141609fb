#include "models/properties/PropertyService.h"

#include "api/LatestRequest.h"
#include "api/Operation.h"
#include "api/Transport.h"
#include "models/PagedLoader.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyTreeBuilder.h"
#include "models/properties/PropertyTreeModel.h"
#include "models/properties/SupplyPointModel.h"

#include <QJsonArray>

namespace kac::models {

using api::ApiError;
using api::GraphQLResult;
using api::LatestRequest;
using api::Operation;

PropertyService::PropertyService(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_properties(new PropertyTreeModel(this))
    , m_supplyPoints(new SupplyPointModel(this))
    , m_readings(new MeterReadingModel(MeterReading::Origin::Meter, this))
    , m_estimates(new MeterReadingModel(MeterReading::Origin::Estimate, this))
    , m_readingsLoader(
          new PagedLoader(transport, m_readings, QStringLiteral("ElectricityMeterReadings"),
                          {QStringLiteral("electricityMeterReadings")}, MaxPageSize, this))
    , m_estimatesLoader(
          new PagedLoader(transport, m_estimates, QStringLiteral("EstimateMeterReadings"),
                          {QStringLiteral("estimateMeterReadings")}, MaxPageSize, this))
    , m_propertiesRequest(new LatestRequest(transport, this))
    , m_propertiesLoad(new LoadStatus([this] { loadProperties(m_propertiesAccount); }, this))
    , m_supplyPointsLoad(new PagedLoader(transport, m_supplyPoints,
                                         QStringLiteral("AccountSupplyPoints"),
                                         {QStringLiteral("supplyPoints")}, MaxPageSize, this))
    , m_supplyPointRequest(new LatestRequest(transport, this))
{}

void PropertyService::setRequestOptions(const api::RequestOptions &options)
{
    m_options = options;
    m_supplyPointsLoad->setRequestOptions(options);
    m_readingsLoader->setRequestOptions(options);
    m_estimatesLoader->setRequestOptions(options);
}

void PropertyService::suspend()
{
    if (m_propertiesLoad->state() == LoadState::Loading) {
        m_propertiesRequest->cancel(); // aborts the reply
        m_propertiesLoad->set(LoadState::Idle);
    }
    // The paged loads: a first page in flight leaves its loader Idle, a later one is asked
    // for again by the next fetchMore() / fetchAll() (PagedLoader::suspend).
    m_supplyPointsLoad->suspend();
    m_readingsLoader->suspend();
    m_estimatesLoader->suspend();
}

// Destroying the LatestRequests (children) aborts their replies; they never call back.
PropertyService::~PropertyService() = default;

QString PropertyService::isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void PropertyService::loadProperties(const QString &accountNumber)
{
    if (!m_transport)
        return;
    m_propertiesAccount = accountNumber;
    m_propertiesRequest->send(
        Operation::load(QStringLiteral("AccountProperties")),
        {{QStringLiteral("accountNumber"), accountNumber}},
        [this](const GraphQLResult &result) { onProperties(result); }, m_options);
    m_propertiesLoad->set(LoadState::Loading);
}

void PropertyService::onProperties(const GraphQLResult &result)
{
    if (!result.ok()) {
        m_propertiesLoad->set(LoadState::Failed, result.error);
        return;
    }
    const QJsonValue properties =
        result.data.value(QLatin1String("account")).toObject().value(QLatin1String("properties"));
    if (!properties.isArray() && !result.partialError().isNone()) {
        // The account or its properties came back null with an error (e.g. a disabled field).
        m_properties->clear();
        m_propertiesLoad->set(LoadState::Failed, result.partialError());
        return;
    }
    m_properties->setProperties(PropertyTreeBuilder::build(properties.toArray()));
    m_propertiesLoad->set(m_properties->propertyCount() ? LoadState::Loaded : LoadState::Empty,
                          result.partialError());
}

LoadState PropertyService::supplyPointsState() const
{
    return m_supplyPointsLoad->state();
}

void PropertyService::loadSupplyPoints(const QString &accountNumber)
{
    if (!m_transport)
        return;
    // Every page: an account's supply points are one short list, shown whole.
    m_supplyPointsLoad->start({{QStringLiteral("accountNumber"), accountNumber}});
    m_supplyPointsLoad->fetchAll();
}

void PropertyService::loadSupplyPoint(const QString &externalIdentifier, const QString &marketName)
{
    if (!m_transport)
        return;
    m_supplyPointRequest->send(
        Operation::load(QStringLiteral("SupplyPoint")),
        {{QStringLiteral("externalIdentifier"), externalIdentifier},
         {QStringLiteral("marketName"), marketName}},
        [this](const GraphQLResult &result) {
            const QJsonObject point = result.data.value(QLatin1String("supplyPoint")).toObject();
            if (!result.ok())
                emit supplyPointFailed(result.error);
            else if (point.isEmpty() && !result.partialError().isNone())
                emit supplyPointFailed(result.partialError());
            else
                emit supplyPointLoaded(point);
        },
        m_options);
}

void PropertyService::loadReadings(const ReadingQuery &query)
{
    m_readingQuery = query;
    if (!m_transport || query.meterId.isEmpty()) {
        m_readingsLoader->reset();
        return;
    }
    QJsonObject variables{{QStringLiteral("meterId"), query.meterId},
                          {QStringLiteral("includeQuarantined"), query.includeQuarantined}};
    if (!query.accountNumber.isEmpty())
        variables.insert(QStringLiteral("accountNumber"), query.accountNumber);
    if (query.from.isValid())
        variables.insert(QStringLiteral("startAt"), isoDate(query.from));
    if (query.to.isValid())
        variables.insert(QStringLiteral("endAt"), isoDate(query.to));
    m_readings->setDefaultUnit(query.unit);
    m_readingsLoader->setPageSize(qBound(1, query.pageSize, MaxPageSize));
    m_readingsLoader->start(variables);
    if (query.fetchAll)
        m_readingsLoader->fetchAll();
}

void PropertyService::loadEstimates(const QString &marketIdentifier, const QString &registerId,
                                    const QDate &from, const QDate &to, const QString &unit)
{
    if (!m_transport || marketIdentifier.isEmpty() || !from.isValid() || !to.isValid() ||
        to < from) {
        m_estimatesLoader->reset();
        return;
    }
    // Whole market days: from's midnight AEST to the midnight that ends `to`.
    const QString start = isoDate(from) + QStringLiteral("T00:00:00+10:00");
    const QString end = isoDate(to.addDays(1)) + QStringLiteral("T00:00:00+10:00");
    QJsonObject variables{{QStringLiteral("marketIdentifier"), marketIdentifier},
                          {QStringLiteral("periodStart"), start},
                          {QStringLiteral("periodEnd"), end}};
    if (!registerId.isEmpty())
        variables.insert(QStringLiteral("registerId"), registerId);
    m_estimates->setDefaultUnit(unit);
    m_estimatesLoader->start(variables);
    m_estimatesLoader->fetchAll(); // the chart's estimate line covers the whole range
}

} // namespace kac::models
