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
class Transport;
struct GraphQLResult;
} // namespace kac::api

namespace kac::models {

class MeterReadingModel;
class PagedLoader;
class PropertyTreeModel;
class SupplyPointModel;

// Fills the property-and-meter models of one account tab: the property tree
// (AccountProperties), supply points (AccountSupplyPoints, SupplyPoint), a meter's readings
// (ElectricityMeterReadings, paged) and Kraken's estimates (EstimateMeterReadings).
// Owns its models. A newer load of the same kind drops the older one's reply. The readings and
// the estimates each page through one PagedLoader (the one paging stack): their state, errors,
// paging and suspend are the loader's, their rows the model's.
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
    void setRequestOptions(const api::RequestOptions &options);

    PropertyTreeModel *properties() const { return m_properties; }
    SupplyPointModel *supplyPoints() const { return m_supplyPoints; }
    MeterReadingModel *readings() const { return m_readings; }
    MeterReadingModel *estimates() const { return m_estimates; }
    // What fills readings() and estimates(): state, errors, totalCount, fetchMore / fetchAll.
    PagedLoader *readingsLoader() const { return m_readingsLoader; }
    PagedLoader *estimatesLoader() const { return m_estimatesLoader; }

    void loadProperties(const QString &accountNumber);
    // The property tree's load (its retry loads the same account again).
    LoadStatus *propertiesLoad() const { return m_propertiesLoad; }
    LoadState propertiesState() const { return m_propertiesLoad->state(); }

    void loadSupplyPoints(const QString &accountNumber);
    // The supply points' loader: every page of the account's supplyPoints connection (retry
    // asks again for what failed).
    PagedLoader *supplyPointsLoad() const { return m_supplyPointsLoad; }
    LoadState supplyPointsState() const;

    // Out of sight: the property tree, supply points, readings and estimates still loading are
    // dropped (a first page leaves its load Idle: load it again when shown; a later page is
    // asked for again by the next fetchMore/fetchAll); what has loaded stays. No error shows.
    void suspend();

    // One supply point with its devices: supplyPointLoaded / supplyPointFailed.
    void loadSupplyPoint(const QString &externalIdentifier, const QString &marketName);

    // Starts the readings over with this query and fetches its first page (every page with
    // fetchAll). A query without a meter leaves the readings empty and their loader Idle.
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
    PagedLoader *m_readingsLoader;
    PagedLoader *m_estimatesLoader;

    api::LatestRequest *m_propertiesRequest;
    QString m_propertiesAccount;
    LoadStatus *m_propertiesLoad;

    PagedLoader *m_supplyPointsLoad;
    api::LatestRequest *m_supplyPointRequest;

    ReadingQuery m_readingQuery;
};

} // namespace kac::models
