// The decoders every pane reads Kraken's numbers, amounts and dates with: the exact value the
// JSON holds, or unavailable with a reason, never a plausible substitute such as 0.
#include "models/JsonValues.h"
#include "models/accounts/RecordTableModel.h"
#include "models/campaigns/CampaignExporter.h"
#include "models/campaigns/CampaignItem.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignRecords.h"
#include "models/campaigns/CampaignText.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/LiveChatQueueModel.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyTreeBuilder.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kac::models;

namespace {

// A value as it arrives: parsed from the answer's JSON text, like ResponseDecoder does.
QJsonValue fromJsonText(const QByteArray &text)
{
    return QJsonDocument::fromJson("{\"v\":" + text + "}").object().value(QLatin1String("v"));
}

// What a hostile or broken server sends where a number belongs.
void addHostileNumbers()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("text NaN") << QByteArray("\"NaN\"");
    QTest::newRow("text -Infinity") << QByteArray("\"-Infinity\"");
    QTest::newRow("33 digits") << QByteArray("123456789012345678901234567890123");
    QTest::newRow("33 digits as text") << QByteArray("\"123456789012345678901234567890123\"");
    QTest::newRow("a date") << QByteArray("\"2026-13-45\"");
    QTest::newRow("boolean") << QByteArray("true");
    QTest::newRow("object") << QByteArray("{}");
}

// What it sends where a date and time belongs.
void addHostileDateTimes()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("month 13 day 45") << QByteArray("\"2026-13-45T10:00:00+10:00\"");
    QTest::newRow("bare month 13") << QByteArray("\"2026-13-45\"");
    QTest::newRow("hour 25") << QByteArray("\"2026-01-05T25:00:00Z\"");
    QTest::newRow("no offset") << QByteArray("\"2026-01-05T10:00:00\"");
    QTest::newRow("text NaN") << QByteArray("\"NaN\"");
    QTest::newRow("number") << QByteArray("1767571200000");
    QTest::newRow("object") << QByteArray("{}");
}

QJsonObject intervalRead(const QString &endAt, const QJsonValue &value)
{
    return {{QStringLiteral("__typename"), QStringLiteral("ElectricityIntervalMeterReadingType")},
            {QStringLiteral("startAt"), QStringLiteral("2025-01-01T00:00:00+10:00")},
            {QStringLiteral("endAt"), endAt},
            {QStringLiteral("registers"),
             QJsonArray{QJsonObject{{QStringLiteral("identifier"), QStringLiteral("E1")},
                                    {QStringLiteral("value"), value}}}}};
}

// A model cell that must say "Unavailable" with Kraken's fault as its tooltip, never 0 or blank.
void verifyUnavailable(const QModelIndex &cell)
{
    QCOMPARE(cell.data().toString(), unavailableText());
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Kraken sent")),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

} // namespace

class TestJsonValues : public QObject
{
    Q_OBJECT
private slots:
    // Readings pane: a reading whose value is not a number keeps its row, says "Unavailable"
    // with the reason, and is left out of the chart (no consumption), counted as left out.
    void meterReadingValueIsNeverZero_data() { addHostileNumbers(); }
    void meterReadingValueIsNeverZero()
    {
        QFETCH(QByteArray, json);
        MeterReadingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendNodes(QJsonArray{
            intervalRead(QStringLiteral("2025-01-01T00:15:00+10:00"), QStringLiteral("0.125")),
            intervalRead(QStringLiteral("2025-01-01T00:30:00+10:00"), fromJsonText(json)),
        });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MeterReadingModel::ValueColumn).data().toString(),
                 QLocale().toString(0.125, 'f', 3));
        for (int column :
             {int(MeterReadingModel::ValueColumn), int(MeterReadingModel::ConsumptionColumn)}) {
            const QModelIndex cell = model.index(1, column);
            QCOMPARE(cell.data().toString(), unavailableText());
            QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Kraken sent")));
        }
        QVERIFY(!model.index(1, 0).data(MeterReadingModel::ValueRole).isValid());
        QVERIFY(!model.index(1, 0).data(MeterReadingModel::HasConsumptionRole).toBool());
        QVERIFY(model.index(1, MeterReadingModel::RegistersColumn)
                    .data()
                    .toString()
                    .contains(unavailableText()));
        QCOMPARE(model.unavailableCount(), 1);
    }

    // Campaigns pane: an item count, a wait time or a call id that is not a whole number is
    // unavailable with the reason, not -1, 0 or "—".
    void campaignNumbersAreNeverZero_data() { addHostileNumbers(); }
    void campaignNumbersAreNeverZero()
    {
        QFETCH(QByteArray, json);
        const QJsonValue hostile = fromJsonText(json);
        CampaignListModel campaigns;
        QAbstractItemModelTester tester(&campaigns,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        campaigns.appendNodes(
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("VC-1")},
                                   {QStringLiteral("campaignItems"),
                                    QJsonObject{{QStringLiteral("totalCount"), hostile}}}}});
        verifyUnavailable(campaigns.index(0, CampaignListModel::ItemCount));

        const WaitTime wait = WaitTime::fromNode(
            {{QStringLiteral("recent"), hostile}, {QStringLiteral("yesterday"), 95}});
        QVERIFY(!wait.recent.isAvailable());
        QVERIFY(!wait.recent.reason().isEmpty());
        QCOMPARE(wait.yesterday.value(), qint64(95));
        const AgentStatus agent =
            AgentStatus::fromNode({{QStringLiteral("mostRecentCallId"), hostile}});
        QVERIFY(!agent.mostRecentCallId.isAvailable());
    }

    void negativeWaitIsUnavailable()
    {
        const WaitTime wait = WaitTime::fromNode({{QStringLiteral("recent"), -30}});
        QVERIFY(!wait.recent.isAvailable());
        QVERIFY(!wait.yesterday.isAvailable()); // absent: Kraken sent no value
    }

    // A call window time that is not one: the table says "Unavailable" with the reason, the
    // CSV leaves the cell empty and its Notes column says which time and why.
    void campaignTimesAreRealOrUnavailable_data() { addHostileDateTimes(); }
    void campaignTimesAreRealOrUnavailable()
    {
        QFETCH(QByteArray, json);
        const QJsonObject node{
            {QStringLiteral("id"), QStringLiteral("100100001")},
            {QStringLiteral("callWindowStart"), fromJsonText(json)},
            {QStringLiteral("callWindowEnd"), QStringLiteral("2026-01-05T17:00:00+10:00")}};
        CampaignItemModel items;
        QAbstractItemModelTester tester(&items,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        items.appendNodes(QJsonArray{node});
        verifyUnavailable(items.index(0, CampaignItemModel::CallWindow));

        const QStringList header = CampaignExporter::header();
        const QStringList cells = CampaignExporter::record(CampaignItem::fromNode(node));
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells.at(5), QString());
        QCOMPARE(cells.at(6), QStringLiteral("2026-01-05T17:00:00+10:00"));
        QVERIFY2(cells.last().startsWith(QLatin1String("Call window start unavailable: Kraken")),
                 qPrintable(cells.last()));
        QCOMPARE(CampaignText::dateTime(CampaignItem::fromNode(node).callWindowStart),
                 unavailableText());
    }

    // Conversations: an event or a live chat whose time is not one says "Unavailable".
    void conversationTimesAreRealOrUnavailable_data() { addHostileDateTimes(); }
    void conversationTimesAreRealOrUnavailable()
    {
        QFETCH(QByteArray, json);
        const QJsonValue hostile = fromJsonText(json);
        ConversationTimelineModel timeline;
        QAbstractItemModelTester timelineTester(
            &timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.appendNodes(QJsonArray{
            QJsonObject{{QStringLiteral("__typename"), QStringLiteral("InkNewMessage")},
                        {QStringLiteral("occurredAt"), hostile},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("__typename"), QStringLiteral("InkSMS")},
                                     {QStringLiteral("occurredAt"), hostile},
                                     {QStringLiteral("displayContent"), QStringLiteral("Hi")}}}}});
        QCOMPARE(timeline.rowCount(), 1);
        verifyUnavailable(timeline.index(0, ConversationTimelineModel::TimeColumn));

        LiveChatQueueModel chats;
        QAbstractItemModelTester chatsTester(
            &chats, QAbstractItemModelTester::FailureReportingMode::QtTest);
        chats.appendNodes(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                                 {QStringLiteral("lastMessageAt"), hostile}}});
        verifyUnavailable(chats.index(0, LiveChatQueueModel::LastMessageColumn));
        QVERIFY(!chats.index(0, 0).data(LiveChatQueueModel::LastMessageAtRole).isValid());
    }

    // Properties: a supply or agreement date that is not one says "Unavailable", and a numeric
    // id that is not exact is no id (not "0").
    void propertyDatesAndIdsAreRealOrUnavailable()
    {
        for (const char *text : {"2026-13-45", "2026-13-45T10:00:00+10:00", "NaN", "2026-02-30"})
            QCOMPARE(PropertyTreeBuilder::shortDate(QString::fromLatin1(text)), unavailableText());
        QCOMPARE(PropertyTreeBuilder::shortDate(QString()), QString());
        const auto rows = PropertyTreeBuilder::build(QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("P-1")},
            {QStringLiteral("meterPoints"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), fromJsonText("1e30")},
                                    {QStringLiteral("identifier"), QStringLiteral("4102918273")},
                                    {QStringLiteral("agreements"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), 7.5}}}}}}}}});
        QCOMPARE(rows.size(), size_t(1));
        const PropertyNode *point = rows.front()->children.front().get();
        QCOMPARE(point->id, QString());
        QCOMPARE(point->children.back()->id, QString());
    }

    // An accumulation read after an unavailable index uses the last index the console could read.
    void meterReadingUseSkipsAnUnavailableIndex()
    {
        MeterReadingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto read = [](const QString &at, const QJsonValue &value) {
            return QJsonObject{{QStringLiteral("__typename"),
                                QStringLiteral("ElectricityAccumulationMeterReadingType")},
                               {QStringLiteral("readAt"), at},
                               {QStringLiteral("value"), value}};
        };
        model.appendNodes(QJsonArray{
            read(QStringLiteral("2025-01-01T00:00:00+10:00"), 100),
            read(QStringLiteral("2025-02-01T00:00:00+10:00"), QStringLiteral("-Infinity")),
            read(QStringLiteral("2025-03-01T00:00:00+10:00"), 250)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, MeterReadingModel::ConsumptionColumn).data().toString(),
                 unavailableText());
        QCOMPARE(model.index(2, 0).data(MeterReadingModel::ConsumptionRole).toDouble(), 150.0);
    }

    // A reading stamped with a time that is not one cannot be placed: it is not charted at a
    // made-up instant (month 13 used to roll into the next year).
    void meterReadingTimeIsRealOrLeftOut_data() { addHostileDateTimes(); }
    void meterReadingTimeIsRealOrLeftOut()
    {
        QFETCH(QByteArray, json);
        MeterReadingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject node = intervalRead(QString(), QStringLiteral("0.125"));
        node.insert(QStringLiteral("endAt"), fromJsonText(json));
        model.appendNodes(QJsonArray{node});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(MeterReading::parseTimestampMs(fromJsonText(json).toString()), qint64(-1));
    }

    void centsAreExactOrUnavailable_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("available");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("owing") << QByteArray("-126455") << true << qint64(-126455);
        QTest::newRow("overdue") << QByteArray("98210") << true << qint64(98210);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("negative zero") << QByteArray("-0") << true << qint64(0);
        QTest::newRow("negative zero float") << QByteArray("-0.0") << true << qint64(0);
        QTest::newRow("whole float") << QByteArray("1999.0") << true << qint64(1999);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << true << qint64(9007199254740992);
        QTest::newRow("BigInt as text") << QByteArray("\"-126455\"") << true << qint64(-126455);
        QTest::newRow("string NaN") << QByteArray("\"NaN\"") << false << qint64(0);
        QTest::newRow("string -Infinity") << QByteArray("\"-Infinity\"") << false << qint64(0);
        QTest::newRow("string Infinity") << QByteArray("\"Infinity\"") << false << qint64(0);
        QTest::newRow("33 digits")
            << QByteArray("-126455000000000000000000000000000") << false << qint64(0);
        QTest::newRow("33 digits as text")
            << QByteArray("\"-126455000000000000000000000000000\"") << false << qint64(0);
        QTest::newRow("2^53+1") << QByteArray("9007199254740993") << false << qint64(0);
        QTest::newRow("1e308") << QByteArray("1e308") << false << qint64(0);
        QTest::newRow("-1e308") << QByteArray("-1e308") << false << qint64(0);
        QTest::newRow("fraction of a cent") << QByteArray("1999.6") << false << qint64(0);
        QTest::newRow("dollars as text") << QByteArray("\"1264.55\"") << false << qint64(0);
        QTest::newRow("empty text") << QByteArray("\"\"") << false << qint64(0);
        QTest::newRow("padded text") << QByteArray("\" 12\"") << false << qint64(0);
        QTest::newRow("true") << QByteArray("true") << false << qint64(0);
        QTest::newRow("object") << QByteArray("{}") << false << qint64(0);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    }
    void centsAreExactOrUnavailable()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, available);
        QFETCH(qint64, cents);
        const Decoded<qint64> decoded = decodeCents(fromJsonText(json));
        QCOMPARE(decoded.isAvailable(), available);
        if (available) {
            QCOMPARE(decoded.value(), cents);
            QVERIFY(decoded.reason().isEmpty());
        } else {
            QVERIFY2(!decoded.reason().isEmpty(), "an unavailable value says why");
        }
    }

    // A value built in code (not parsed) can hold what JSON text cannot.
    void nonFiniteDoublesAreUnavailable()
    {
        for (double value : {qQNaN(), qInf(), -qInf()}) {
            QVERIFY(!decodeCents(QJsonValue(value)).isAvailable());
            QVERIFY(!decodeInteger(QJsonValue(value)).isAvailable());
            QVERIFY(!decodeNumber(QJsonValue(value)).isAvailable());
        }
    }

    void integersAreExactOrUnavailable()
    {
        QCOMPARE(decodeInteger(fromJsonText("42")).value(), 42);
        QVERIFY(decodeInteger(fromJsonText("42")).isAvailable());
        QVERIFY(!decodeInteger(fromJsonText("4.5")).isAvailable());
        QVERIFY(!decodeInteger(fromJsonText("\"NaN\"")).isAvailable());
        QVERIFY(!decodeInteger(fromJsonText("1e33")).isAvailable());
        QVERIFY(!decodeInteger(fromJsonText("null")).isAvailable());
    }

    void numbersAreExactOrUnavailable_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("available");
        QTest::addColumn<double>("number");
        QTest::newRow("float") << QByteArray("12.345") << true << 12.345;
        QTest::newRow("Decimal as text") << QByteArray("\"0.925\"") << true << 0.925;
        QTest::newRow("negative") << QByteArray("\"-3.5\"") << true << -3.5;
        QTest::newRow("exponent") << QByteArray("\"1.5e3\"") << true << 1500.0;
        QTest::newRow("NaN text") << QByteArray("\"NaN\"") << false << 0.0;
        QTest::newRow("-Infinity text") << QByteArray("\"-Infinity\"") << false << 0.0;
        QTest::newRow("33 digits")
            << QByteArray("123456789012345678901234567890123") << false << 0.0;
        QTest::newRow("overflow text") << QByteArray("\"1e400\"") << false << 0.0;
        QTest::newRow("hex text") << QByteArray("\"0x10\"") << false << 0.0;
        QTest::newRow("words") << QByteArray("\"twelve\"") << false << 0.0;
        QTest::newRow("null") << QByteArray("null") << false << 0.0;
    }
    void numbersAreExactOrUnavailable()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, available);
        QFETCH(double, number);
        const Decoded<double> decoded = decodeNumber(fromJsonText(json));
        QCOMPARE(decoded.isAvailable(), available);
        if (available)
            QCOMPARE(decoded.value(), number);
        else
            QVERIFY(!decoded.reason().isEmpty());
    }

    void negativeZeroIsZero()
    {
        const Decoded<double> decoded = decodeNumber(fromJsonText("-0.0"));
        QVERIFY(decoded.isAvailable());
        QCOMPARE(QString::number(decoded.value()), QStringLiteral("0"));
    }

    void datesAreRealOrUnavailable()
    {
        QCOMPARE(decodeDate(fromJsonText("\"2026-02-28\"")).value(), QDate(2026, 2, 28));
        for (const QByteArray &bad :
             {QByteArray("\"2026-02-30\""), QByteArray("\"2026-13-01\""),
              QByteArray("\"tomorrow\""), QByteArray("\"2026-02-28T10:00:00Z\""),
              QByteArray("20260228"), QByteArray("null"), QByteArray("\"\"")}) {
            const Decoded<QDate> decoded = decodeDate(fromJsonText(bad));
            QVERIFY2(!decoded.isAvailable(), bad.constData());
            QVERIFY(!decoded.reason().isEmpty());
        }
    }

    void dateTimesAreRealOrUnavailable()
    {
        const QDateTime expected(QDate(2026, 3, 1), QTime(0, 30), Qt::UTC);
        for (const QByteArray &same :
             {QByteArray("\"2026-03-01T10:30:00+10:00\""), QByteArray("\"2026-03-01T00:30:00Z\""),
              QByteArray("\"2026-03-01T00:30:00.000Z\""),
              QByteArray("\"2026-03-01T00:30:00.000000+00:00\"")}) {
            const Decoded<QDateTime> decoded = decodeDateTime(fromJsonText(same));
            QVERIFY2(decoded.isAvailable(), same.constData());
            QCOMPARE(decoded.value().toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        }
        for (const QByteArray &bad :
             {QByteArray("\"2026-03-01T24:00:00Z\""), QByteArray("\"2026-02-30T10:00:00Z\""),
              QByteArray("\"2026-03-01T10:30:00\""), // no offset: the instant would be a guess
              QByteArray("\"2026-03-01T10:30:00+99:00\""), QByteArray("\"now\""),
              QByteArray("1772325000"), QByteArray("null")}) {
            const Decoded<QDateTime> decoded = decodeDateTime(fromJsonText(bad));
            QVERIFY2(!decoded.isAvailable(), bad.constData());
            QVERIFY(!decoded.reason().isEmpty());
        }
    }

    // The table every account section uses: an untrusted cell reads "Unavailable", with the
    // reason as its tooltip and accessible description; an absent optional field stays empty.
    void tableCellsShowUnavailableWithTheReason()
    {
        RecordTableModel model(
            {{QStringLiteral("Amount"), QStringLiteral("amount"), RecordColumn::Format::Money},
             {QStringLiteral("Posted"), QStringLiteral("postedDate"), RecordColumn::Format::Date}});
        QAbstractItemModelTester tester(&model);
        model.appendRecords(
            QJsonDocument::fromJson(R"([{"amount": -126455, "postedDate": "2026-02-28"},
                                        {"amount": "NaN", "postedDate": "yesterday"},
                                        {"amount": 1e32, "postedDate": null}])")
                .array());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("-$1,264.55"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("28 Feb 2026"));
        QVERIFY(model.index(0, 0).data(Qt::AccessibleDescriptionRole).isNull());
        for (const QModelIndex &index : {model.index(1, 0), model.index(1, 1), model.index(2, 0)}) {
            QCOMPARE(index.data().toString(), QStringLiteral("Unavailable"));
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(index.data(Qt::ToolTipRole), index.data(Qt::AccessibleDescriptionRole));
        }
        QCOMPARE(model.index(2, 1).data().toString(), QString());
    }

    // A Fields-shaped section (label/value rows) keeps the reason too.
    void fieldRowsShowUnavailableWithTheReason()
    {
        RecordTableModel model({{QStringLiteral("Field"), QStringLiteral("label")},
                                {QStringLiteral("Value"), QStringLiteral("value")}});
        QAbstractItemModelTester tester(&model);
        model.appendFields(
            QJsonObject{{QStringLiteral("totalBalanceOwing"), QStringLiteral("-Infinity")}},
            {{QStringLiteral("Total balance owing"), QStringLiteral("totalBalanceOwing"),
              RecordColumn::Format::Money}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Total balance owing"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Unavailable"));
        QVERIFY(!model.index(0, 1).data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonValues)
#include "tst_jsonvalues.moc"
