// A meter's readings against a real sandbox: paging through two years of half-hourly reads,
// the date range and the quarantined switch as the request log sees them, Kraken estimates.
#include "PropertiesTestSupport.h"

#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace kac;
using models::MeterReadingModel;
using models::PropertyService;

namespace {

const QString halfHourlyMeter = QStringLiteral("800004"); // Aroha, A-7D20A6F3, EM3061857

bool waitIdle(MeterReadingModel &model, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

QString utcDay(qint64 ms) // the market (AEST) date of an interval-ending timestamp
{
    return QDateTime::fromMSecsSinceEpoch(ms - 1, Qt::OffsetFromUTC, 10 * 3600).date().toString(Qt::ISODate);
}

} // namespace

class TestMeterReadings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesThroughTwoYears();
    void fetchMoreAddsOnePage();
    void dateRangeAndQuarantinedSwitchAreSent();
    void krakenEstimatesAreMarked();
    void wrongAccountIsEmpty();

private:
    test::SignedInSandbox m_env;
};

void TestMeterReadings::initTestCase()
{
    QString why;
    QVERIFY2(m_env.start(&why), qPrintable(why));
}

void TestMeterReadings::pagesThroughTwoYears()
{
    PropertyService service(&m_env.transport);
    // No QAbstractItemModelTester here: it re-checks every row on every insert (quadratic over
    // 35,040 rows); the other tests run it over smaller histories.
    MeterReadingModel &model = *service.readings();
    const int before = m_env.requests(QStringLiteral("ElectricityMeterReadings")).size();

    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    query.accountNumber = QStringLiteral("A-7D20A6F3");
    query.includeQuarantined = true;
    query.fetchAll = true;
    service.loadReadings(query);
    QVERIFY(model.isLoading());
    QVERIFY(QTest::qWaitFor([&] { return model.isComplete() || model.hasFailed(); }, 180000));
    QVERIFY2(!model.hasFailed(), qPrintable(model.lastError().summary()));
    QVERIFY(!model.isLoading());

    QCOMPARE(model.totalCount(), 35040); // 730 days x 48 intervals
    QCOMPARE(model.rowCount(), 35040);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(utcDay(model.readingAt(0).readAtMs), QStringLiteral("2023-11-16"));
    QCOMPARE(model.index(0, MeterReadingModel::ReadAtColumn).data().toString(), QStringLiteral("2023-11-16 00:30"));
    QCOMPARE(utcDay(model.readingAt(model.rowCount() - 1).readAtMs), QStringLiteral("2025-11-14"));

    QSet<QString> ids;
    int quarantined = 0;
    int estimated = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &r = model.readingAt(row);
        ids.insert(r.id);
        if (row > 0)
            QCOMPARE(r.readAtMs - model.readingAt(row - 1).readAtMs, qint64(30 * 60 * 1000));
        quarantined += r.quarantined;
        estimated += r.estimated;
    }
    QCOMPARE(ids.size(), 35040); // no page twice, none skipped
    QVERIFY(quarantined > 0);
    QVERIFY(estimated > 0);
    QCOMPARE(model.index(0, 0).data(MeterReadingModel::QuarantinedRole).toBool(), model.readingAt(0).quarantined);

    // One request per 100 readings, each after the previous page's cursor.
    const auto requests = m_env.requests(QStringLiteral("ElectricityMeterReadings")).mid(before);
    QCOMPARE(requests.size(), 351);
    QSet<QString> cursors;
    for (const QJsonObject &line : requests) {
        const QJsonObject variables = line.value(QLatin1String("variables")).toObject();
        QCOMPARE(variables.value(QLatin1String("meterId")).toString(), halfHourlyMeter);
        QCOMPARE(variables.value(QLatin1String("first")).toInt(), 100);
        cursors.insert(variables.value(QLatin1String("after")).toString());
    }
    QCOMPARE(cursors.size(), 351);
}

void TestMeterReadings::fetchMoreAddsOnePage()
{
    PropertyService service(&m_env.transport);
    // No QAbstractItemModelTester here: it calls fetchMore() itself whenever it can.
    MeterReadingModel &model = *service.readings();
    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    service.loadReadings(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore()); // one page at a time
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 200);
    // Quarantined reads are left out unless asked for.
    QCOMPARE(model.totalCount(), 34904);
    for (const auto &r : model.readings())
        QVERIFY(!r.quarantined);
}

void TestMeterReadings::dateRangeAndQuarantinedSwitchAreSent()
{
    PropertyService service(&m_env.transport);
    MeterReadingModel &model = *service.readings();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = m_env.requests(QStringLiteral("ElectricityMeterReadings")).size();

    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    query.from = QDate(2025, 1, 1);
    query.to = QDate(2025, 1, 31);
    query.fetchAll = true;
    service.loadReadings(query);
    QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 60000));
    const int withoutQuarantined = model.rowCount();
    QVERIFY(withoutQuarantined > 1400 && withoutQuarantined <= 31 * 48);
    for (const auto &r : model.readings()) {
        const QString day = utcDay(r.readAtMs);
        QVERIFY2(day >= QStringLiteral("2025-01-01") && day <= QStringLiteral("2025-01-31"), qPrintable(day));
        QVERIFY(!r.quarantined);
    }

    query.includeQuarantined = true;
    service.loadReadings(query);
    QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 60000));
    QCOMPARE(model.rowCount(), 31 * 48);
    QVERIFY(model.rowCount() > withoutQuarantined);

    const auto requests = m_env.requests(QStringLiteral("ElectricityMeterReadings")).mid(before);
    QVERIFY(requests.size() >= 30);
    bool sawExcluded = false;
    bool sawIncluded = false;
    for (const QJsonObject &line : requests) {
        const QJsonObject variables = line.value(QLatin1String("variables")).toObject();
        QCOMPARE(variables.value(QLatin1String("startAt")).toString(), QStringLiteral("2025-01-01"));
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
        firstPages += !line.value(QLatin1String("variables")).toObject().contains(QLatin1String("after"));
    QCOMPARE(firstPages, 2);
}

void TestMeterReadings::krakenEstimatesAreMarked()
{
    PropertyService service(&m_env.transport);
    MeterReadingModel &model = *service.estimates();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.loadEstimates(QStringLiteral("3114605528"), QStringLiteral("800004-E1"), QDate(2025, 11, 16),
                          QDate(2025, 12, 15));
    QVERIFY(QTest::qWaitFor([&] { return model.isComplete() || model.hasFailed(); }, 20000));
    QVERIFY2(!model.hasFailed(), qPrintable(model.lastError().summary()));
    QCOMPARE(model.rowCount(), 30); // one per day for the one register
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, MeterReadingModel::QualityColumn);
        QVERIFY(index.data(MeterReadingModel::EstimatedRole).toBool());
        QCOMPARE(index.data(MeterReadingModel::OriginRole).toInt(), int(models::MeterReading::Origin::Estimate));
        QCOMPARE(index.data().toString(), QStringLiteral("Kraken estimate"));
    }
    const auto requests = m_env.requests(QStringLiteral("EstimateMeterReadings"));
    QVERIFY(!requests.isEmpty());
    const QJsonObject variables = requests.last().value(QLatin1String("variables")).toObject();
    QCOMPARE(variables.value(QLatin1String("marketIdentifier")).toString(), QStringLiteral("3114605528"));
    QCOMPARE(variables.value(QLatin1String("periodStart")).toString(), QStringLiteral("2025-11-16T00:00:00+10:00"));
}

void TestMeterReadings::wrongAccountIsEmpty()
{
    PropertyService service(&m_env.transport);
    MeterReadingModel &model = *service.readings();
    PropertyService::ReadingQuery query;
    query.meterId = halfHourlyMeter;
    query.accountNumber = QStringLiteral("A-2B7E41C9"); // not Aroha's meter
    service.loadReadings(query);
    QVERIFY(QTest::qWaitFor([&] { return model.isComplete() || model.hasFailed(); }, 20000));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestMeterReadings)
#include "tst_meterreadings.moc"
