#include "models/properties/PropertyService.h"

#include "api/LatestRequest.h"
#include "api/Operation.h"
#include "api/RelayPager.h"
#include "api/Transport.h"
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
using api::RelayPager;

PropertyService::PropertyService(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_properties(new PropertyTreeModel(this))
    , m_supplyPoints(new SupplyPointModel(this))
    , m_readings(new MeterReadingModel(this))
    , m_estimates(new MeterReadingModel(this))
    , m_propertiesRequest(new LatestRequest(transport, this))
    , m_propertiesLoad(new LoadStatus([this] { loadProperties(m_propertiesAccount); }, this))
    , m_supplyPointsLoad(new LoadStatus([this] { loadSupplyPoints(m_supplyPointsAccount); }, this))
    , m_supplyPointRequest(new LatestRequest(transport, this))
{}

void PropertyService::suspend()
{
    if (m_propertiesLoad->state() == LoadState::Loading) {
        m_propertiesRequest->cancel(); // aborts the reply
        m_propertiesLoad->set(LoadState::Idle);
    }
    if (m_supplyPointsLoad->state() == LoadState::Loading) {
        delete m_supplyPointPager; // aborts the page in flight
        m_supplyPointPager = nullptr;
        m_supplyPoints->clear();
        m_supplyPointsLoad->set(LoadState::Idle);
    }
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

void PropertyService::loadSupplyPoints(const QString &accountNumber)
{
    if (!m_transport)
        return;
    m_supplyPointsAccount = accountNumber;
    delete m_supplyPointPager;
    m_supplyPoints->clear();
    m_supplyPointPager =
        new RelayPager(m_transport, Operation::load(QStringLiteral("AccountSupplyPoints")),
                       {{QStringLiteral("accountNumber"), accountNumber}},
                       {QStringLiteral("supplyPoints")}, MaxPageSize, this);
    m_supplyPointPager->setRequestOptions(m_options);
    RelayPager *pager = m_supplyPointPager;
    connect(pager, &RelayPager::pageLoaded, this,
            [this, pager](const QJsonArray &nodes, bool hasNextPage) {
                m_supplyPoints->appendNodes(nodes);
                if (hasNextPage) {
                    pager->fetchNext();
                    return;
                }
                m_supplyPointsLoad->set(m_supplyPoints->rowCount() ? LoadState::Loaded
                                                                   : LoadState::Empty,
                                        pager->partialError());
            });
    connect(pager, &RelayPager::failed, this,
            [this](const ApiError &error) { m_supplyPointsLoad->set(LoadState::Failed, error); });
    m_supplyPointsLoad->set(LoadState::Loading);
    pager->fetchNext();
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
        m_readings->clear();
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
    auto *pager = new RelayPager(
        m_transport, Operation::load(QStringLiteral("ElectricityMeterReadings")), variables,
        {QStringLiteral("electricityMeterReadings")}, qBound(1, query.pageSize, MaxPageSize));
    pager->setRequestOptions(m_options);
    m_readings->setPager(pager, MeterReading::Origin::Meter, query.unit);
    if (query.fetchAll)
        m_readings->fetchAll();
    else
        m_readings->fetchMore();
}

void PropertyService::loadEstimates(const QString &marketIdentifier, const QString &registerId,
                                    const QDate &from, const QDate &to, const QString &unit)
{
    if (!m_transport || marketIdentifier.isEmpty() || !from.isValid() || !to.isValid() ||
        to < from) {
        m_estimates->clear();
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
    auto *pager =
        new RelayPager(m_transport, Operation::load(QStringLiteral("EstimateMeterReadings")),
                       variables, {QStringLiteral("estimateMeterReadings")}, MaxPageSize);
    pager->setRequestOptions(m_options);
    m_estimates->setPager(pager, MeterReading::Origin::Estimate, unit);
    m_estimates->fetchAll();
}

} // namespace kac::models
