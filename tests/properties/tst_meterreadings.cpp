// A meter's readings against a real sandbox: paging through two years of half-hourly interval
// reads, a basic meter's accumulation reads (use derived from consecutive index reads), the
// date range and the quarantined switch as the request log sees them, Kraken estimates, and
// what the model makes of union members it does not know.
#include "models/PagedLoader.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "support/SignedInSandbox.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace kac;
using models::MeterReadingModel;
using models::PagedLoader;
using models::PropertyService;

namespace {

const QString halfHourlyMeter = QStringLiteral("800004"); // Aroha, A-7D20A6F3, EM3061857
const QString basicMeter = QStringLiteral("800000"); // Bronwyn, A-2B7E41C9, LG0218374 (quarterly)
using Type = models::MeterReading::Type;

// A page (the first or a later one) failed: what the model's hasFailed() used to say.
bool hasFailed(const PagedLoader &loader)
{
    return !loader.error().isNone() || !loader.pageError().isNone();
}

api::ApiError failure(const PagedLoader &loader)
{
    return loader.error().isNone() ? loader.pageError() : loader.error();
}

bool waitIdle(PagedLoader &loader, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return !loader.isLoading(); }, timeoutMs);
}

QString utcDay(qint64 ms) // the market (AEST) date of an interval-ending timestamp
{
    return QDateTime::fromMSecsSinceEpoch(ms - 1, Qt::OffsetFromUTC, 10 * 3600)
        .date()
        .toString(Qt::ISODate);
}

} // namespace

class TestMeterReadings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesThroughTwoYears();
    void fetchMoreAddsOnePage();
    void accumulationReadsDeriveTheirUse();
    void unknownUnionMembersAreLeftOut();
    void dateRangeAndQuarantinedSwitchAreSent();
    void krakenEstimatesAreMarked();
    void wrongAccountIsEmpty();

private:
    test::SignedInSandbox m_env;
};

void TestMeterReadings::initTestCase()
{
    const QString why = m_env.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestMeterReadings::pagesThroughTwoYears()
{
    PropertyService service(&m_env.transport);
    // No QAbstractItemModelTester here: it re-checks every row on every insert (quadratic over
    // 35,040 rows); the other tests run it over smaller histories.
    MeterReadingModel &model = *service.readings();
    PagedLoader &loader = *service.readingsLoader();
    const int before = m_env.requests(QStringLiteral("ElectricityMeterReadings")).size();

    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    query.accountNumber = QStringLiteral("A-7D20A6F3");
    query.includeQuarantined = true;
    query.fetchAll = true;
    query.unit = QStringLiteral("kWh");
    service.loadReadings(query);
    QVERIFY(loader.isLoading());
    QVERIFY(QTest::qWaitFor([&] { return loader.isComplete() || hasFailed(loader); }, 180000));
    QVERIFY2(!hasFailed(loader), qPrintable(failure(loader).summary()));
    QVERIFY(!loader.isLoading());

    QCOMPARE(loader.totalCount(), 35040); // 730 days x 48 intervals
    QCOMPARE(model.rowCount(), 35040);
    QVERIFY(!loader.canFetchMore());
    QCOMPARE(utcDay(model.readingAt(0).readAtMs), QStringLiteral("2023-11-16"));
    QCOMPARE(model.index(0, MeterReadingModel::ReadAtColumn).data().toString(),
             QStringLiteral("2023-11-16 00:30"));
    QCOMPARE(utcDay(model.readingAt(model.rowCount() - 1).readAtMs), QStringLiteral("2025-11-14"));

    int quarantined = 0;
    int estimated = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &r = model.readingAt(row);
        // Interval reads: 30 minutes each, back to back (so none twice, none skipped), their
        // value the import register's energy, which is also the use charted.
        QCOMPARE(r.type, Type::Interval);
        QCOMPARE(r.intervalSeconds, 1800);
        if (row > 0)
            QCOMPARE(r.readAtMs - model.readingAt(row - 1).readAtMs, qint64(30 * 60 * 1000));
        QVERIFY(r.hasConsumption);
        QCOMPARE(r.consumption, r.value);
        quarantined += r.quarantined;
        estimated += r.estimated;
    }
    QVERIFY(quarantined > 0);
    QVERIFY(estimated > 0);
    QCOMPARE(model.index(0, 0).data(MeterReadingModel::QuarantinedRole).toBool(),
             model.readingAt(0).quarantined);
    QCOMPARE(model.index(0, MeterReadingModel::ReadTypeColumn).data().toString(),
             QStringLiteral("Interval · 30 min"));
    QCOMPARE(model.index(0, MeterReadingModel::ReadTypeColumn)
                 .data(MeterReadingModel::ReadTypeRole)
                 .toInt(),
             int(Type::Interval));
    // Interval reads name no unit: the meter register's is shown.
    QCOMPARE(model.index(0, MeterReadingModel::UnitColumn).data().toString(),
             QStringLiteral("kWh"));
    QVERIFY(model.readingAt(0).registers.startsWith(QStringLiteral("E1 "))); // every register
    QVERIFY(model.readingAt(0).registers.contains(QStringLiteral(" · B1 ")));
    // The quality column: quarantine first, else the NEM12 quality flag in words.
    QSet<QString> qualities;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &r = model.readingAt(row);
        const QString shown = model.index(row, MeterReadingModel::QualityColumn).data().toString();
        QCOMPARE(shown, r.quarantined ? QStringLiteral("Quarantined")
                        : r.estimated ? QStringLiteral("Estimated")
                                      : QStringLiteral("Actual"));
        qualities.insert(shown);
    }
    QCOMPARE(qualities.size(), 3);

    // One request per page of 99 (Kraken refuses 100), each after the previous page's cursor.
    const int pages = (35040 + PropertyService::MaxPageSize - 1) / PropertyService::MaxPageSize;
    const auto requests = m_env.requests(QStringLiteral("ElectricityMeterReadings")).mid(before);
    QCOMPARE(requests.size(), pages);
    QSet<QString> cursors;
    for (const QJsonObject &line : requests) {
        const QJsonObject variables = line.value(QLatin1String("variables")).toObject();
        QCOMPARE(variables.value(QLatin1String("meterId")).toString(), halfHourlyMeter);
        QCOMPARE(variables.value(QLatin1String("first")).toInt(), 99);
        cursors.insert(variables.value(QLatin1String("after")).toString());
    }
    QCOMPARE(cursors.size(), pages);
}

void TestMeterReadings::accumulationReadsDeriveTheirUse()
{
    PropertyService service(&m_env.transport);
    MeterReadingModel &model = *service.readings();
    PagedLoader &loader = *service.readingsLoader();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PropertyService::ReadingQuery query;
    query.meterId = basicMeter;
    query.accountNumber = QStringLiteral("A-2B7E41C9");
    query.includeQuarantined = true;
    query.pageSize = 3; // the use carries across pages
    query.fetchAll = true;
    query.unit = QStringLiteral("kWh");
    service.loadReadings(query);
    QVERIFY(QTest::qWaitFor([&] { return loader.isComplete() || hasFailed(loader); }, 20000));
    QVERIFY2(!hasFailed(loader), qPrintable(failure(loader).summary()));
    QVERIFY2(model.rowCount() >= 8 && model.rowCount() <= 10, "quarterly reads over two years");
    QCOMPARE(model.rowCount(), loader.totalCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &r = model.readingAt(row);
        QCOMPARE(r.type, Type::Accumulation);
        QVERIFY(!r.id.isEmpty());
        QCOMPARE(r.unit, QStringLiteral("kWh")); // the read's own units
        QVERIFY2(r.source.startsWith(QStringLiteral("READING_FROM_NEM13")) ||
                     r.source == QStringLiteral("SELF_READING_CREATE") ||
                     r.source == QStringLiteral("KRAKEN_ESTIMATE"),
                 qPrintable(r.source));
        QVERIFY(
            r.registers.startsWith(QStringLiteral("11 "))); // both registers, general usage first
        QVERIFY(r.registers.contains(QStringLiteral(" · 41 ")));
        QCOMPARE(model.index(row, MeterReadingModel::ReadTypeColumn).data().toString(),
                 QStringLiteral("Accumulation"));
        if (row == 0) {
            // Nothing before the first read to subtract: no use, shown as a dash.
            QVERIFY(!r.hasConsumption);
            QCOMPARE(model.index(row, MeterReadingModel::ConsumptionColumn).data().toString(),
                     QStringLiteral("—"));
            QVERIFY(!model.index(row, 0).data(MeterReadingModel::HasConsumptionRole).toBool());
            continue;
        }
        const auto &previous = model.readingAt(row - 1);
        QVERIFY(r.hasConsumption);
        QCOMPARE(r.consumption, r.value - previous.value); // the index rose by the use
        QVERIFY(r.consumption > 0);
        QVERIFY(r.readAtMs - previous.readAtMs >
                qint64(80) * 86400 * 1000); // about a quarter apart
    }
    const auto requests = m_env.requests(QStringLiteral("ElectricityMeterReadings"));
    QCOMPARE(requests.last()
                 .value(QLatin1String("variables"))
                 .toObject()
                 .value(QLatin1String("first"))
                 .toInt(),
             3);
}

void TestMeterReadings::unknownUnionMembersAreLeftOut()
{
    // A union member the console does not ask about comes back as a bare __typename; it is
    // left out rather than charted at the epoch. Interval values come from the import register
    // (NEM suffix E), whatever the registers' order.
    MeterReadingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendNodes(QJsonArray{
        QJsonObject{{QStringLiteral("__typename"),
                     QStringLiteral("ElectricityAmphioIntervalMeterReadingType")}},
        QJsonObject{
            {QStringLiteral("__typename"), QStringLiteral("ElectricityIntervalMeterReadingType")},
            {QStringLiteral("startAt"), QStringLiteral("2025-01-01T00:00:00+10:00")},
            {QStringLiteral("endAt"), QStringLiteral("2025-01-01T00:15:00+10:00")},
            {QStringLiteral("registers"),
             QJsonArray{QJsonObject{{QStringLiteral("identifier"), QStringLiteral("B1")},
                                    {QStringLiteral("value"), QStringLiteral("0.500")}},
                        QJsonObject{{QStringLiteral("identifier"), QStringLiteral("E1")},
                                    {QStringLiteral("value"), QStringLiteral("0.125")},
                                    {QStringLiteral("qualityFlag"), QStringLiteral("S")},
                                    {QStringLiteral("isQuarantined"), true}}}}},
        QJsonObject{
            {QStringLiteral("__typename"), QStringLiteral("ElectricityIntervalMeterReadingType")},
            {QStringLiteral("endAt"), QStringLiteral("not a time")}},
    });
    QCOMPARE(model.rowCount(), 1);
    const auto &r = model.readingAt(0);
    QCOMPARE(r.value, 0.125);
    QCOMPARE(r.intervalSeconds, 900);
    QVERIFY(r.quarantined);
    QVERIFY(r.estimated); // S: substituted by the market
    QCOMPARE(r.readAtMs,
             models::MeterReading::parseTimestampMs(QStringLiteral("2025-01-01T00:15:00+10:00")));
    QCOMPARE(model.index(0, MeterReadingModel::ReadTypeColumn).data().toString(),
             QStringLiteral("Interval · 15 min"));
    QCOMPARE(models::MeterReading::qualityText(QStringLiteral("S")), QStringLiteral("Substituted"));
}

void TestMeterReadings::fetchMoreAddsOnePage()
{
    PropertyService service(&m_env.transport);
    // No QAbstractItemModelTester here: it calls fetchMore() itself whenever it can.
    MeterReadingModel &model = *service.readings();
    PagedLoader &loader = *service.readingsLoader();
    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    service.loadReadings(query);
    QVERIFY(waitIdle(loader));
    QCOMPARE(model.rowCount(), PropertyService::MaxPageSize);
    QVERIFY(loader.canFetchMore());
    loader.fetchMore();
    QVERIFY(loader.isLoading());
    QVERIFY(!loader.canFetchMore()); // one page at a time
    QVERIFY(waitIdle(loader));
    QCOMPARE(model.rowCount(), 2 * PropertyService::MaxPageSize);
    // Quarantined reads are left out unless asked for.
    QCOMPARE(loader.totalCount(), 34904);
    for (const auto &r : model.readings())
        QVERIFY(!r.quarantined);
}

void TestMeterReadings::dateRangeAndQuarantinedSwitchAreSent()
{
    PropertyService service(&m_env.transport);
    MeterReadingModel &model = *service.readings();
    PagedLoader &loader = *service.readingsLoader();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = m_env.requests(QStringLiteral("ElectricityMeterReadings")).size();

    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    query.from = QDate(2025, 1, 1);
    query.to = QDate(2025, 1, 31);
    query.fetchAll = true;
    service.loadReadings(query);
    QVERIFY(QTest::qWaitFor([&] { return loader.isComplete(); }, 60000));
    const int withoutQuarantined = model.rowCount();
    QVERIFY(withoutQuarantined > 1400 && withoutQuarantined <= 31 * 48);
    for (const auto &r : model.readings()) {
        const QString day = utcDay(r.readAtMs);
        QVERIFY2(day >= QStringLiteral("2025-01-01") && day <= QStringLiteral("2025-01-31"),
                 qPrintable(day));
        QVERIFY(!r.quarantined);
    }

    query.includeQuarantined = true;
    service.loadReadings(query);
    QVERIFY(QTest::qWaitFor([&] { return loader.isComplete(); }, 60000));
    QCOMPARE(model.rowCount(), 31 * 48);
    QVERIFY(model.rowCount() > withoutQuarantined);

    const auto requests = m_env.requests(QStringLiteral("ElectricityMeterReadings")).mid(before);
    QVERIFY(requests.size() >= 30);
    bool sawExcluded = false;
    bool sawIncluded = false;
    for (const QJsonObject &line : requests) {
        const QJsonObject variables = line.value(QLatin1String("variables")).toObject();
        QCOMPARE(variables.value(QLatin1String("startAt")).toString(),
                 QStringLiteral("2025-01-01"));
        QCOMPARE(variables.value(QLatin1String("endAt")).toString(), QStringLiteral("2025-01-31"));
        const bool included = variables.value(QLatin1String("includeQuarantined")).toBool();
        QVERIFY(variables.contains(QLatin1String("includeQuarantined")));
        sawIncluded |= included;
        sawExcluded |= !included;
    }
    QVERIFY(sawIncluded && sawExcluded);
    // The switch started a new history: its first request had no cursor.
    int firstPages = 0;
    for (const QJsonObject &line : requests)
        firstPages +=
            !line.value(QLatin1String("variables")).toObject().contains(QLatin1String("after"));
    QCOMPARE(firstPages, 2);
}

void TestMeterReadings::krakenEstimatesAreMarked()
{
    PropertyService service(&m_env.transport);
    MeterReadingModel &model = *service.estimates();
    PagedLoader &loader = *service.estimatesLoader();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.loadEstimates(QStringLiteral("3114605528"), QStringLiteral("800004-E1"),
                          QDate(2025, 11, 16), QDate(2025, 12, 15), QStringLiteral("kWh"));
    QVERIFY(QTest::qWaitFor([&] { return loader.isComplete() || hasFailed(loader); }, 20000));
    QVERIFY2(!hasFailed(loader), qPrintable(failure(loader).summary()));
    QCOMPARE(model.rowCount(), 30); // one interval a day, 16 November to 15 December inclusive
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, MeterReadingModel::QualityColumn);
        QVERIFY(index.data(MeterReadingModel::EstimatedRole).toBool());
        QCOMPARE(index.data(MeterReadingModel::OriginRole).toInt(),
                 int(models::MeterReading::Origin::Estimate));
        QCOMPARE(index.data().toString(), QStringLiteral("Kraken estimate"));
        QCOMPARE(model.index(row, MeterReadingModel::ReadTypeColumn).data().toString(),
                 QStringLiteral("Interval · 1 day"));
        QCOMPARE(model.index(row, MeterReadingModel::SourceColumn).data().toString(),
                 QStringLiteral("Same period last year"));
        QCOMPARE(model.readingAt(row).unit, QStringLiteral("kWh"));
        QVERIFY(model.readingAt(row).consumption > 0);
    }
    // Each interval ends at the next market midnight; the last one at the end of 15 December.
    QCOMPARE(model.readingAt(0).readAtMs,
             models::MeterReading::parseTimestampMs(QStringLiteral("2025-11-17")));
    QCOMPARE(model.readingAt(29).readAtMs,
             models::MeterReading::parseTimestampMs(QStringLiteral("2025-12-16")));
    const auto requests = m_env.requests(QStringLiteral("EstimateMeterReadings"));
    QVERIFY(!requests.isEmpty());
    const QJsonObject variables = requests.last().value(QLatin1String("variables")).toObject();
    QCOMPARE(variables.value(QLatin1String("marketIdentifier")).toString(),
             QStringLiteral("3114605528"));
    QCOMPARE(variables.value(QLatin1String("registerId")).toString(), QStringLiteral("800004-E1"));
    QCOMPARE(variables.value(QLatin1String("periodStart")).toString(),
             QStringLiteral("2025-11-16T00:00:00+10:00"));
    QCOMPARE(variables.value(QLatin1String("periodEnd")).toString(),
             QStringLiteral("2025-12-16T00:00:00+10:00"));
    QCOMPARE(variables.value(QLatin1String("first")).toInt(), 99);
}

void TestMeterReadings::wrongAccountIsEmpty()
{
    PropertyService service(&m_env.transport);
    MeterReadingModel &model = *service.readings();
    PagedLoader &loader = *service.readingsLoader();
    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    query.accountNumber = QStringLiteral("A-2B7E41C9"); // not Aroha's meter
    service.loadReadings(query);
    QVERIFY(QTest::qWaitFor([&] { return loader.isComplete() || hasFailed(loader); }, 20000));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loader.totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestMeterReadings)
#include "tst_meterreadings.moc"
