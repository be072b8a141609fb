#pragma once

#include "api/ApiError.h"
#include "api/RequestOptions.h"
#include "models/LoadStatus.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace kac::api {
class LatestRequest;
class RelayPager;
class Transport;
struct GraphQLResult;
} // namespace kac::api

namespace kac::models {

class MeterReadingModel;
class PropertyTreeModel;
class SupplyPointModel;

// Fills the property-and-meter models of one account tab: the property tree
// (AccountProperties), supply points (AccountSupplyPoints, SupplyPoint), a meter's readings
// (ElectricityMeterReadings, paged) and Kraken's estimates (EstimateMeterReadings).
// Owns its models. A newer load of the same kind drops the older one's reply.
class PropertyService : public QObject
{
    Q_OBJECT
public:
    // Kraken refuses `first` of 100 or more on any connection.
    static constexpr int MaxPageSize = 99;

    struct ReadingQuery
    {
        QString meterId;
        QString accountNumber; // optional: Kraken checks the meter belongs to the account
        QDate from;            // optional, inclusive (market days)
        QDate to;              // optional, inclusive
        bool includeQuarantined = false;
        int pageSize = MaxPageSize;
        bool fetchAll = false; // keep paging to the end (the chart wants the whole range)
        QString unit;          // the meter register's unit (interval reads name none): "kWh"
    };

    PropertyService(api::Transport *transport, QObject *parent = nullptr);
    ~PropertyService() override;

    // Tests only: e.g. a sandbox fault header on every request.
    void setRequestOptions(const api::RequestOptions &options) { m_options = options; }

    PropertyTreeModel *properties() const { return m_properties; }
    SupplyPointModel *supplyPoints() const { return m_supplyPoints; }
    MeterReadingModel *readings() const { return m_readings; }
    MeterReadingModel *estimates() const { return m_estimates; }

    void loadProperties(const QString &accountNumber);
    // The property tree's load (its retry loads the same account again).
    LoadStatus *propertiesLoad() const { return m_propertiesLoad; }
    LoadState propertiesState() const { return m_propertiesLoad->state(); }

    void loadSupplyPoints(const QString &accountNumber);
    // The supply points' load (its retry loads the same account again).
    LoadStatus *supplyPointsLoad() const { return m_supplyPointsLoad; }
    LoadState supplyPointsState() const { return m_supplyPointsLoad->state(); }

    // Out of sight: the property tree and supply points still loading are dropped and Idle
    // again (load them again when shown); what has loaded stays. Nothing is shown as an error.
    void suspend();

    // One supply point with its devices: supplyPointLoaded / supplyPointFailed.
    void loadSupplyPoint(const QString &externalIdentifier, const QString &marketName);

    // Starts the readings model over with this query and fetches its first page.
    void loadReadings(const ReadingQuery &query);
    ReadingQuery readingQuery() const { return m_readingQuery; }

    // Kraken's estimated use for an NMI/MIRN over the market days [from, to] into estimates():
    // periodStart is `from`'s midnight and periodEnd the midnight after `to` (AEST).
    void loadEstimates(const QString &marketIdentifier, const QString &registerId,
                       const QDate &from, const QDate &to, const QString &unit = {});

    // "2025-01-31" as Kraken's bare-date arguments want it.
    static QString isoDate(const QDate &date);

signals:
    void supplyPointLoaded(const QJsonObject &supplyPoint);
    void supplyPointFailed(const kac::api::ApiError &error);

private:
    void onProperties(const api::GraphQLResult &result);

    QPointer<api::Transport> m_transport;
    api::RequestOptions m_options;
    PropertyTreeModel *m_properties;
    SupplyPointModel *m_supplyPoints;
    MeterReadingModel *m_readings;
    MeterReadingModel *m_estimates;

    api::LatestRequest *m_propertiesRequest;
    QString m_propertiesAccount;
    LoadStatus *m_propertiesLoad;

    api::RelayPager *m_supplyPointPager = nullptr;
    QString m_supplyPointsAccount;
    LoadStatus *m_supplyPointsLoad;
    api::LatestRequest *m_supplyPointRequest;

    ReadingQuery m_readingQuery;
};

} // namespace kac::models
