// A hostile server's numbers in the real account tab: the sandbox's own answer for an overdue
// customer (Rajesh: $1,264.55 owing, $982.10 overdue), served by a local server with the
// balance and overdue balance replaced by values no one can trust ("-Infinity", "NaN", 33
// digits, a fraction of a cent). The header must say "Unavailable" with the reason, never
// "$0.00"; so must a transaction's amount and date in the Transactions section, a reading, a
// campaign's item count and an item's call window, a conversation's and a live chat's time,
// and a property's agreement dates: each with its reason as tooltip and for screen readers.
#include "api/GraphQLRequest.h"
#include "models/PagedLoader.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SectionLoader.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/LiveChatQueueModel.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyNode.h"
#include "models/properties/PropertyService.h"
#include "models/properties/PropertyTreeModel.h"
#include "support/HostileServer.h"
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
using kac::test::HostileServer;
using kac::test::setAt;
using kac::test::TinyHttpServer;
using kac::ui::AccountTab;

namespace {

const QString kAccount = QStringLiteral("A-9A63F05B");
const QByteArray kBalanceMark = "\"@balance@\"";
const QByteArray kOverdueMark = "\"@overdue@\"";
const QByteArray kAmountMark = "\"@amount@\"";
const QByteArray kDateMark = "\"@date@\"";
const QByteArray kReadingMark = "\"@reading@\"";
const QString kReadingsMeter = QStringLiteral("800004");           // Aroha's half-hourly meter
const QString kConversationAccount = QStringLiteral("A-8E4B92D1"); // Siobhan: 5,000 Ink events
const QString kCampaign = QStringLiteral("VC-1001");
const QByteArray kMark = "\"@mark@\"";

// The reason is beside the word: the cell says "Unavailable", its tooltip says why, and a
// screen reader is told the same (Qt::AccessibleDescriptionRole).
void verifyUnavailableCell(const QModelIndex &cell)
{
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), QStringLiteral("Unavailable"));
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(),
             cell.data(Qt::ToolTipRole).toString());
}

// Dates and times no one can trust: not a day, not a date, and a number where text belongs.
void addUntrustedDates()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("30 February") << QByteArray("\"2026-02-30T09:00:00+10:00\"");
    QTest::newRow("text") << QByteArray("\"yesterday\"");
    QTest::newRow("a number") << QByteArray("1767225600");
}

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
    QHash<QString, QByteArray> m_campaignAnswers; // the first item count, item 1's window marked
    QHash<QString, QByteArray> m_conversationAnswers; // event 1's time marked (both fields)
    QHash<QString, QByteArray> m_liveChatAnswers;     // the first chat's last message time marked
    QHash<QString, QByteArray> m_propertyAnswers;     // the first agreement's start marked

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

    // The sandbox's answer to `operation`, each of `marks` (dotted paths) replaced by kMark, and
    // the connection at `connection` (if any) made the last page so no second page is asked.
    QByteArray marked(const QString &operation, const QJsonObject &variables,
                      const QStringList &marks, const QString &connection = {})
    {
        QJsonValue data = sandboxData(operation, variables);
        for (const QString &path : marks)
            if (!setAt(data, path.split(QLatin1Char('.')), QStringLiteral("@mark@")))
                return {};
        if (!connection.isEmpty() &&
            !setAt(data, (connection + QStringLiteral(".pageInfo")).split(QLatin1Char('.')),
                   QJsonObject{{QStringLiteral("hasNextPage"), false},
                               {QStringLiteral("endCursor"), QJsonValue::Null}}))
            return {};
        return answer(data.toObject());
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

        // The other panes' answers, one value marked in each.
        m_campaignAnswers = {
            {QStringLiteral("VoiceCampaigns"),
             marked(QStringLiteral("VoiceCampaigns"), {{QStringLiteral("first"), 5}},
                    {QStringLiteral("voiceCampaigns.edges.0.node.campaignItems.totalCount")},
                    QStringLiteral("voiceCampaigns"))},
            {QStringLiteral("VoiceCampaign"),
             marked(QStringLiteral("VoiceCampaign"), {{QStringLiteral("campaignId"), kCampaign}},
                    {})},
            {QStringLiteral("CampaignItems"),
             marked(QStringLiteral("CampaignItems"),
                    {{QStringLiteral("campaignId"), kCampaign}, {QStringLiteral("first"), 5}},
                    {QStringLiteral("voiceCampaign.campaignItems.edges.0.node.callWindowStart")},
                    QStringLiteral("voiceCampaign.campaignItems"))}};
        const QJsonObject conversation{{QStringLiteral("accountNumber"), kConversationAccount}};
        m_conversationAnswers = {
            {QStringLiteral("InkConversation"),
             marked(QStringLiteral("InkConversation"), conversation, {})},
            {QStringLiteral("InkConversationEvents"),
             marked(QStringLiteral("InkConversationEvents"),
                    {{QStringLiteral("accountNumber"), kConversationAccount},
                     {QStringLiteral("first"), 5}},
                    {QStringLiteral("inkConversation.events.edges.0.node.occurredAt"),
                     QStringLiteral("inkConversation.events.edges.0.node.message.occurredAt")},
                    QStringLiteral("inkConversation.events"))}};
        m_liveChatAnswers = {
            {QStringLiteral("InkLiveChatConversations"),
             marked(
                 QStringLiteral("InkLiveChatConversations"),
                 {{QStringLiteral("status"), QStringLiteral("OPEN")}, {QStringLiteral("first"), 5}},
                 {QStringLiteral("inkLiveChatConversations.edges.0.node.lastMessageAt")},
                 QStringLiteral("inkLiveChatConversations"))}};
        m_propertyAnswers = {
            {QStringLiteral("AccountProperties"),
             marked(
                 QStringLiteral("AccountProperties"), {{QStringLiteral("accountNumber"), kAccount}},
                 {QStringLiteral("account.properties.0.meterPoints.0.agreements.0.validFrom")})}};
        for (const auto *answers :
             {&m_campaignAnswers, &m_conversationAnswers, &m_liveChatAnswers, &m_propertyAnswers})
            for (auto it = answers->cbegin(); it != answers->cend(); ++it)
                QVERIFY2(!it.value().isEmpty() && it.value() != answer({}),
                         qPrintable(it.key() + QStringLiteral(": the sandbox's answer changed")));
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

        HostileServer hostile;
        QVERIFY(hostile.start(
            {{QStringLiteral("AccountOverview"), QByteArray(m_overviewAnswer)
                                                     .replace(kBalanceMark, balance)
                                                     .replace(kOverdueMark, overdue)}}));

        AccountTab tab({&hostile.transport, nullptr, nullptr, nullptr}, kAccount);
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
        HostileServer hostile;
        QVERIFY(hostile.start(
            {{QStringLiteral("AccountOverview"), QByteArray(m_overviewAnswer)
                                                     .replace(kBalanceMark, "-126455")
                                                     .replace(kOverdueMark, "98210")},
             {QStringLiteral("AccountTransactions"), QByteArray(m_transactionsAnswer)
                                                         .replace(kAmountMark, "\"-Infinity\"")
                                                         .replace(kDateMark, "\"2026-02-30\"")}}));

        AccountTab tab({&hostile.transport, nullptr, nullptr, nullptr}, kAccount);
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
        HostileServer hostile;
        QVERIFY(hostile.start({{QStringLiteral("ElectricityMeterReadings"),
                                QByteArray(m_readingsAnswer).replace(kReadingMark, value)}}));

        kac::models::PropertyService service(&hostile.transport);
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

    // Issue 14.1, the campaigns area: a campaign's item count and an item's call window that no
    // one can trust, through the real CampaignService and its loaders. The count says
    // "Unavailable" (never 0), the window too, each with its reason; the other rows keep theirs.
    void campaignsNeverShowAnUntrustedValue_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<QByteArray>("window");
        QTest::newRow("NaN") << QByteArray("\"NaN\"") << QByteArray("\"2026-02-30T09:00:00Z\"");
        QTest::newRow("33 digits")
            << QByteArray("123456789012345678901234567890123") << QByteArray("\"soon\"");
        QTest::newRow("a fraction, a number") << QByteArray("20000.5") << QByteArray("1767225600");
    }
    void campaignsNeverShowAnUntrustedValue()
    {
        QFETCH(QByteArray, count);
        QFETCH(QByteArray, window);
        QHash<QString, QByteArray> answers = m_campaignAnswers;
        answers[QStringLiteral("VoiceCampaigns")].replace(kMark, count);
        answers[QStringLiteral("CampaignItems")].replace(kMark, window);
        HostileServer hostile;
        QVERIFY(hostile.start(answers));

        kac::models::CampaignService service(&hostile.transport);
        QAbstractItemModelTester listTester(service.campaigns(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itemTester(service.items(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.reloadCampaigns();
        service.openCampaign(kCampaign);
        for (kac::models::PagedLoader *loader : {service.campaignLoader(), service.itemLoader()}) {
            QVERIFY(QTest::qWaitFor(
                [&] { return loader->isComplete() || !loader->error().isNone(); }, 15000));
            QVERIFY2(loader->error().isNone(), qPrintable(loader->error().summary()));
        }

        using List = kac::models::CampaignListModel;
        QVERIFY(service.campaigns()->rowCount() > 1);
        verifyUnavailableCell(service.campaigns()->index(0, List::ItemCount));
        if (QTest::currentTestFailed())
            return;
        const QModelIndex kept = service.campaigns()->index(1, List::ItemCount);
        QVERIFY(kept.data().toString() != QLatin1String("Unavailable"));
        QVERIFY(kept.data(Qt::AccessibleDescriptionRole).toString().isEmpty());

        using Items = kac::models::CampaignItemModel;
        QVERIFY(service.items()->rowCount() > 1);
        verifyUnavailableCell(service.items()->index(0, Items::CallWindow));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(service.items()->index(1, Items::CallWindow).data().toString() !=
                QLatin1String("Unavailable"));
    }

    // Issue 14.1, the Conversations pane: an event whose time no one can trust, through the
    // real ConversationService: "Unavailable" with the reason, not an empty cell or 1970.
    void conversationTimesNeverShowAnUntrustedValue_data() { addUntrustedDates(); }
    void conversationTimesNeverShowAnUntrustedValue()
    {
        QFETCH(QByteArray, value);
        QHash<QString, QByteArray> answers = m_conversationAnswers;
        answers[QStringLiteral("InkConversationEvents")].replace(kMark, value);
        HostileServer hostile;
        QVERIFY(hostile.start(answers));

        kac::models::ConversationService service(&hostile.transport);
        QAbstractItemModelTester tester(service.timeline(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.loadConversation(kConversationAccount);
        QVERIFY(QTest::qWaitFor([&] { return service.state() == kac::models::LoadState::Loaded; },
                                15000));
        using Timeline = kac::models::ConversationTimelineModel;
        QVERIFY(service.timeline()->rowCount() > 1);
        verifyUnavailableCell(service.timeline()->index(0, Timeline::TimeColumn));
        if (QTest::currentTestFailed())
            return;
        const QModelIndex kept = service.timeline()->index(1, Timeline::TimeColumn);
        QVERIFY(kept.data(Timeline::OccurredAtRole).toDateTime().isValid());
        QVERIFY(kept.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }

    // The live-chat queue, likewise: a chat's last message time no one can trust.
    void liveChatTimesNeverShowAnUntrustedValue_data() { addUntrustedDates(); }
    void liveChatTimesNeverShowAnUntrustedValue()
    {
        QFETCH(QByteArray, value);
        QHash<QString, QByteArray> answers = m_liveChatAnswers;
        answers[QStringLiteral("InkLiveChatConversations")].replace(kMark, value);
        HostileServer hostile;
        QVERIFY(hostile.start(answers));

        kac::models::ConversationService service(&hostile.transport);
        QAbstractItemModelTester tester(service.liveChats(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.loadLiveChats(QStringLiteral("OPEN"));
        kac::models::PagedLoader *loader = service.liveChatLoader();
        // Live chats have no totalCount (as in Kraken), so the loader is never "complete".
        QVERIFY(QTest::qWaitFor(
            [&] {
                return loader->state() == kac::models::LoadState::Loaded ||
                       !loader->error().isNone();
            },
            15000));
        QVERIFY2(loader->error().isNone(), qPrintable(loader->error().summary()));
        using Chats = kac::models::LiveChatQueueModel;
        QVERIFY(service.liveChats()->rowCount() >= 1);
        verifyUnavailableCell(service.liveChats()->index(0, Chats::LastMessageColumn));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!service.liveChats()
                     ->index(0, Chats::LastMessageColumn)
                     .data(Chats::LastMessageAtRole)
                     .isValid());
    }

    // Issue 14.1, the Properties pane: an agreement's start no one can trust, through the real
    // PropertyService: its period says "Unavailable" with the reason, not the text as sent nor
    // an open-ended "from ...".
    void propertyDatesNeverShowAnUntrustedValue_data() { addUntrustedDates(); }
    void propertyDatesNeverShowAnUntrustedValue()
    {
        QFETCH(QByteArray, value);
        QHash<QString, QByteArray> answers = m_propertyAnswers;
        answers[QStringLiteral("AccountProperties")].replace(kMark, value);
        HostileServer hostile;
        QVERIFY(hostile.start(answers));

        kac::models::PropertyService service(&hostile.transport);
        kac::models::PropertyTreeModel *tree = service.properties();
        QAbstractItemModelTester tester(tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.loadProperties(kAccount);
        QVERIFY(QTest::qWaitFor(
            [&] { return service.propertiesState() == kac::models::LoadState::Loaded; }, 15000));

        // The first agreement of the first meter point of the first property.
        using Tree = kac::models::PropertyTreeModel;
        QModelIndex agreement;
        const QModelIndex property = tree->index(0, 0);
        for (int p = 0; p < tree->rowCount(property) && !agreement.isValid(); ++p) {
            const QModelIndex point = tree->index(p, 0, property);
            for (int r = 0; r < tree->rowCount(point) && !agreement.isValid(); ++r)
                if (tree->index(r, 0, point).data(Tree::KindRole).toInt() ==
                    int(kac::models::PropertyNode::Kind::Agreement))
                    agreement = tree->index(r, Tree::DetailColumn, point);
        }
        QVERIFY(agreement.isValid());
        const QString detail = agreement.data().toString();
        QVERIFY2(detail.contains(QLatin1String("Unavailable")), qPrintable(detail));
        QVERIFY(!agreement.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(agreement.data(Qt::AccessibleDescriptionRole).toString(),
                 agreement.data(Qt::ToolTipRole).toString());
    }
};

QTEST_MAIN(TestUntrustedValues)
#include "tst_untrusted_values.moc"
