// A hostile server's numbers in the real account tab: the sandbox's own answer for an overdue
// customer (Rajesh: $1,264.55 owing, $982.10 overdue), served by a local server with the
// balance and overdue balance replaced by values no one can trust ("-Infinity", "NaN", 33
// digits, a fraction of a cent). The header must say "Unavailable" with the reason, never
// "$0.00"; so must a transaction's amount and date in the Transactions section.
#include "api/GraphQLRequest.h"
#include "models/PagedLoader.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SectionLoader.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "support/TestAuthenticator.h"
#include "support/TinyHttpServer.h"
#include "ui/AccountHeaderWidget.h"
#include "ui/AccountTab.h"
#include "ui/properties/ReadingBuckets.h"
#include "ui/properties/ReadingsChart.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using kac::models::AccountService;
using kac::test::TinyHttpServer;
using kac::ui::AccountTab;

namespace {

const QString kAccount = QStringLiteral("A-9A63F05B");
const QByteArray kBalanceMark = "\"@balance@\"";
const QByteArray kOverdueMark = "\"@overdue@\"";
const QByteArray kAmountMark = "\"@amount@\"";
const QByteArray kDateMark = "\"@date@\"";
const QByteArray kReadingMark = "\"@reading@\"";
const QString kReadingsMeter = QStringLiteral("800004"); // Aroha's half-hourly meter

} // namespace

class TestUntrustedValues : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;
    QByteArray m_overviewAnswer;     // the sandbox's answer, balance fields marked
    QByteArray m_transactionsAnswer; // its first transactions page, the first row marked
    QByteArray m_readingsAnswer;     // five of meter 800004's reads, the second's value marked

    QJsonObject sandboxData(const QString &operation, const QJsonObject &variables)
    {
        std::unique_ptr<kac::api::GraphQLRequest> request(
            m_client.transport.send(kac::api::Operation::load(operation), variables));
        QSignalSpy finished(request.get(), &kac::api::GraphQLRequest::finished);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<kac::api::GraphQLResult>().data;
    }

    static QByteArray answer(const QJsonObject &data)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure()));
        QVERIFY(m_client.signIn(m_sandbox.url()));

        QJsonObject overview =
            sandboxData(QStringLiteral("AccountOverview"),
                        {{QStringLiteral("accountNumber"), kAccount},
                         {QStringLiteral("accountNumbers"), QJsonArray{kAccount}}});
        QJsonObject account = overview.value(QLatin1String("account")).toObject();
        // What the sandbox says of this customer, before anything is replaced.
        QCOMPARE(account.value(QLatin1String("balance")).toInteger(), -126455);
        QCOMPARE(account.value(QLatin1String("overdueBalance")).toInteger(), 98210);
        account.insert(QStringLiteral("balance"), QStringLiteral("@balance@"));
        account.insert(QStringLiteral("overdueBalance"), QStringLiteral("@overdue@"));
        overview.insert(QStringLiteral("account"), account);
        m_overviewAnswer = answer(overview);

        QJsonObject transactions = sandboxData(
            QStringLiteral("AccountTransactions"),
            {{QStringLiteral("accountNumber"), kAccount}, {QStringLiteral("first"), 5}});
        QJsonObject txAccount = transactions.value(QLatin1String("account")).toObject();
        QJsonObject connection = txAccount.value(QLatin1String("transactions")).toObject();
        QJsonArray edges = connection.value(QLatin1String("edges")).toArray();
        QVERIFY(!edges.isEmpty());
        QJsonObject edge = edges.first().toObject();
        QJsonObject node = edge.value(QLatin1String("node")).toObject();
        node.insert(QStringLiteral("amount"), QStringLiteral("@amount@"));
        node.insert(QStringLiteral("postedDate"), QStringLiteral("@date@"));
        edge.insert(QStringLiteral("node"), node);
        edges.replace(0, edge);
        connection.insert(QStringLiteral("edges"), edges);
        connection.insert(QStringLiteral("pageInfo"),
                          QJsonObject{{QStringLiteral("hasNextPage"), false},
                                      {QStringLiteral("endCursor"), QJsonValue::Null}});
        txAccount.insert(QStringLiteral("transactions"), connection);
        transactions.insert(QStringLiteral("account"), txAccount);
        m_transactionsAnswer = answer(transactions);

        // Five half-hourly reads as the sandbox sends them, the whole history in one page; the
        // second read's import register (the value the table and the chart show) is marked.
        QJsonObject readings = sandboxData(QStringLiteral("ElectricityMeterReadings"),
                                           {{QStringLiteral("meterId"), kReadingsMeter},
                                            {QStringLiteral("includeQuarantined"), true},
                                            {QStringLiteral("first"), 5}});
        QJsonObject readingsConnection =
            readings.value(QLatin1String("electricityMeterReadings")).toObject();
        QJsonArray readingEdges = readingsConnection.value(QLatin1String("edges")).toArray();
        QCOMPARE(readingEdges.size(), 5);
        QJsonObject readingEdge = readingEdges.at(1).toObject();
        QJsonObject reading = readingEdge.value(QLatin1String("node")).toObject();
        QJsonArray registers = reading.value(QLatin1String("registers")).toArray();
        QVERIFY(!registers.isEmpty());
        QJsonObject importRegister = registers.first().toObject();
        QCOMPARE(importRegister.value(QLatin1String("identifier")).toString(),
                 QStringLiteral("E1"));
        importRegister.insert(QStringLiteral("value"), QStringLiteral("@reading@"));
        registers.replace(0, importRegister);
        reading.insert(QStringLiteral("registers"), registers);
        readingEdge.insert(QStringLiteral("node"), reading);
        readingEdges.replace(1, readingEdge);
        readingsConnection.insert(QStringLiteral("edges"), readingEdges);
        readingsConnection.insert(QStringLiteral("totalCount"), 5);
        readingsConnection.insert(QStringLiteral("pageInfo"),
                                  QJsonObject{{QStringLiteral("hasNextPage"), false},
                                              {QStringLiteral("endCursor"), QJsonValue::Null}});
        readings.insert(QStringLiteral("electricityMeterReadings"), readingsConnection);
        m_readingsAnswer = answer(readings);
    }

    void headerNeverShowsAnUntrustedBalanceAsZero_data()
    {
        QTest::addColumn<QByteArray>("balance");
        QTest::addColumn<QByteArray>("overdue");
        QTest::addColumn<QString>("balanceText");
        QTest::addColumn<QString>("overdueText");
        const QString unavailable = QStringLiteral("Unavailable");
        QTest::newRow("true values")
            << QByteArray("-126455") << QByteArray("98210") << QStringLiteral("$1,264.55 owing")
            << QStringLiteral("$982.10");
        QTest::newRow("-Infinity") << QByteArray("\"-Infinity\"") << QByteArray("\"-Infinity\"")
                                   << unavailable << unavailable;
        QTest::newRow("NaN") << QByteArray("\"NaN\"") << QByteArray("\"NaN\"") << unavailable
                             << unavailable;
        QTest::newRow("33 digits")
            << QByteArray("-126455000000000000000000000000000")
            << QByteArray("982100000000000000000000000000000") << unavailable << unavailable;
        QTest::newRow("fraction of a cent") << QByteArray("-126455.4") << QByteArray("98210")
                                            << unavailable << QStringLiteral("$982.10");
        QTest::newRow("missing overdue") << QByteArray("-126455") << QByteArray("null")
                                         << QStringLiteral("$1,264.55 owing") << unavailable;
    }
    void headerNeverShowsAnUntrustedBalanceAsZero()
    {
        QFETCH(QByteArray, balance);
        QFETCH(QByteArray, overdue);
        QFETCH(QString, balanceText);
        QFETCH(QString, overdueText);

        TinyHttpServer hostile;
        QVERIFY(hostile.start());
        const QByteArray body = QByteArray(m_overviewAnswer)
                                    .replace(kBalanceMark, balance)
                                    .replace(kOverdueMark, overdue);
        hostile.setHandler([&body](const TinyHttpServer::Request &request) {
            const QString operation = QJsonDocument::fromJson(request.body)
                                          .object()
                                          .value(QLatin1String("operationName"))
                                          .toString();
            return operation == QLatin1String("AccountOverview")
                       ? TinyHttpServer::response(200, body)
                       : TinyHttpServer::response(503, "{}");
        });
        kac::api::Transport transport;
        kac::test::TestAuthenticator auth;
        auth.token = "token";
        transport.setEndpoint(hostile.url());
        transport.setAuthenticator(&auth);

        AccountTab tab({&transport, nullptr, nullptr, nullptr}, kAccount);
        tab.resize(1100, 700);
        tab.show();
        tab.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return tab.service()->state() == AccountService::State::Loaded; }, 15000));
        kac::ui::AccountHeaderWidget *header = tab.header();
        QCOMPARE(header->fieldText(QStringLiteral("customerName")),
                 QStringLiteral("Mr Rajesh Venkataraman"));
        QCOMPARE(header->fieldText(QStringLiteral("balance")), balanceText);
        QCOMPARE(header->fieldText(QStringLiteral("overdueBalance")), overdueText);
        for (const QString &name : {QStringLiteral("balance"), QStringLiteral("overdueBalance")}) {
            const auto *label = header->findChild<QLabel *>(name);
            QVERIFY(label);
            QVERIFY2(!label->text().contains(QLatin1String("$0.00")), qPrintable(label->text()));
            // The reason is beside the word: as the tooltip and for a screen reader.
            const bool unavailable = label->text() == QLatin1String("Unavailable");
            QCOMPARE(!label->toolTip().isEmpty(), unavailable);
            QCOMPARE(label->accessibleDescription(), label->toolTip());
        }
    }

    void transactionCellsNeverShowAnUntrustedValue()
    {
        TinyHttpServer hostile;
        QVERIFY(hostile.start());
        const QByteArray overview = QByteArray(m_overviewAnswer)
                                        .replace(kBalanceMark, "-126455")
                                        .replace(kOverdueMark, "98210");
        const QByteArray transactions = QByteArray(m_transactionsAnswer)
                                            .replace(kAmountMark, "\"-Infinity\"")
                                            .replace(kDateMark, "\"2026-02-30\"");
        hostile.setHandler([&](const TinyHttpServer::Request &request) {
            const QString operation = QJsonDocument::fromJson(request.body)
                                          .object()
                                          .value(QLatin1String("operationName"))
                                          .toString();
            if (operation == QLatin1String("AccountOverview"))
                return TinyHttpServer::response(200, overview);
            if (operation == QLatin1String("AccountTransactions"))
                return TinyHttpServer::response(200, transactions);
            return TinyHttpServer::response(503, "{}");
        });
        kac::api::Transport transport;
        kac::test::TestAuthenticator auth;
        auth.token = "token";
        transport.setEndpoint(hostile.url());
        transport.setAuthenticator(&auth);

        AccountTab tab({&transport, nullptr, nullptr, nullptr}, kAccount);
        tab.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return tab.service()->state() == AccountService::State::Loaded; }, 15000));
        kac::models::SectionLoader *loader = tab.service()->section(QStringLiteral("transactions"));
        QVERIFY(loader);
        loader->load();
        QVERIFY(QTest::qWaitFor([&] { return loader->model()->rowCount() > 1; }, 15000));
        const QAbstractItemModel *model = loader->model();
        int amount = -1;
        int posted = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            if (title == QLatin1String("Amount"))
                amount = c;
            else if (title == QLatin1String("Posted"))
                posted = c;
        }
        QVERIFY(amount >= 0 && posted >= 0);
        for (int column : {amount, posted}) {
            const QModelIndex cell = model->index(0, column);
            QCOMPARE(cell.data().toString(), QStringLiteral("Unavailable"));
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(cell.data(Qt::AccessibleDescriptionRole), cell.data(Qt::ToolTipRole));
        }
        // The untouched rows keep their values.
        QVERIFY(model->index(1, amount).data().toString().contains(QLatin1Char('$')));
    }
    // Issue 14.1: a meter reading's Decimal that no one can trust, from a hostile server through
    // the real PropertyService, its readings loader and the chart: the cell says "Unavailable"
    // with the reason beside it (tooltip, screen reader), never 0.000, and the chart leaves the
    // read out rather than drawing it at 0, NaN or 1e32. The other reads keep their values.
    void readingsNeverShowAnUntrustedValue_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("NaN") << QByteArray("\"NaN\"");
        QTest::newRow("-Infinity") << QByteArray("\"-Infinity\"");
        QTest::newRow("33 digits") << QByteArray("\"123456789012345678901234567890123\"");
        QTest::newRow("33 digits as a number") << QByteArray("123456789012345678901234567890123");
        QTest::newRow("text") << QByteArray("\"twelve\"");
    }
    void readingsNeverShowAnUntrustedValue()
    {
        QFETCH(QByteArray, value);
        TinyHttpServer hostile;
        QVERIFY(hostile.start());
        const QByteArray body = QByteArray(m_readingsAnswer).replace(kReadingMark, value);
        hostile.setHandler([&body](const TinyHttpServer::Request &request) {
            const QString operation = QJsonDocument::fromJson(request.body)
                                          .object()
                                          .value(QLatin1String("operationName"))
                                          .toString();
            return operation == QLatin1String("ElectricityMeterReadings")
                       ? TinyHttpServer::response(200, body)
                       : TinyHttpServer::response(503, "{}");
        });
        kac::api::Transport transport;
        kac::test::TestAuthenticator auth;
        auth.token = "token";
        transport.setEndpoint(hostile.url());
        transport.setAuthenticator(&auth);

        kac::models::PropertyService service(&transport);
        QAbstractItemModelTester tester(service.readings(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        kac::ui::ReadingsChart chart;
        chart.setSources(service.readingsLoader(), service.estimatesLoader());
        kac::models::PropertyService::ReadingQuery query;
        query.meterId = kReadingsMeter;
        query.includeQuarantined = true;
        query.fetchAll = true;
        service.loadReadings(query);
        kac::models::PagedLoader *loader = service.readingsLoader();
        QVERIFY(QTest::qWaitFor([&] { return loader->isComplete() || !loader->error().isNone(); },
                                15000));
        QVERIFY2(loader->error().isNone(), qPrintable(loader->error().summary()));

        const kac::models::MeterReadingModel *model = service.readings();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->unavailableCount(), 1);
        using Model = kac::models::MeterReadingModel;
        const QModelIndex cell = model->index(1, Model::ValueColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Unavailable"));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell.data(Qt::AccessibleDescriptionRole), cell.data(Qt::ToolTipRole));
        QVERIFY(!cell.data(Model::ValueRole).isValid());
        QVERIFY(!cell.data(Model::HasConsumptionRole).toBool());
        QCOMPARE(model->index(1, Model::ConsumptionColumn).data().toString(),
                 QStringLiteral("Unavailable"));
        for (int row : {0, 2, 3, 4}) {
            const QModelIndex kept = model->index(row, Model::ValueColumn);
            QVERIFY(kept.data(Model::ValueRole).isValid());
            QVERIFY(kept.data().toString() != QLatin1String("Unavailable"));
        }

        // The chart: one point per read the console can trust, none where the untrusted one is.
        chart.rebuildNow();
        QCOMPARE(chart.readingSeries()->count(), 4);
        const qint64 untrustedAt = model->readingAt(1).readAtMs;
        for (const QPointF &point : chart.readingSeries()->points()) {
            QVERIFY(qint64(point.x()) != untrustedAt);
            QVERIFY(qIsFinite(point.y()) && point.y() < 1e6);
        }
    }

    // A reading whose value no one can trust is left out of the readings chart's daily total
    // (not added as 0, NaN or 1e32), and the model counts it for the caption.
    void chartTotalsLeaveOutAnUntrustedReading_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("text NaN") << QJsonValue(QStringLiteral("NaN"));
        QTest::newRow("text -Infinity") << QJsonValue(QStringLiteral("-Infinity"));
        QTest::newRow("33 digits") << QJsonValue(1.23456789012345678e32);
        QTest::newRow("33 digits as text")
            << QJsonValue(QStringLiteral("123456789012345678901234567890123"));
        QTest::newRow("boolean") << QJsonValue(true);
    }
    void chartTotalsLeaveOutAnUntrustedReading()
    {
        QFETCH(QJsonValue, value);
        const auto read = [](int hour, const QJsonValue &v) {
            const QString at = QStringLiteral("2025-01-01T%1:00:00+10:00");
            return QJsonObject{
                {QStringLiteral("__typename"),
                 QStringLiteral("ElectricityIntervalMeterReadingType")},
                {QStringLiteral("startAt"), at.arg(hour, 2, 10, QChar('0'))},
                {QStringLiteral("endAt"), at.arg(hour + 1, 2, 10, QChar('0'))},
                {QStringLiteral("registers"),
                 QJsonArray{QJsonObject{{QStringLiteral("identifier"), QStringLiteral("E1")},
                                        {QStringLiteral("value"), v}}}}};
        };
        kac::models::MeterReadingModel model;
        model.appendNodes(QJsonArray{read(1, QStringLiteral("0.500")), read(2, value),
                                     read(3, QStringLiteral("0.250"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.unavailableCount(), 1);
        const QList<kac::ui::ChartPoint> day =
            kac::ui::chartPoints(model.readings(), kac::ui::ReadingBucket::Day);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().point.y(), 0.75);
        const QList<kac::ui::ChartPoint> each =
            kac::ui::chartPoints(model.readings(), kac::ui::ReadingBucket::Reading);
        QCOMPARE(each.size(), 2);
    }
};

QTEST_MAIN(TestUntrustedValues)
#include "tst_untrusted_values.moc"
