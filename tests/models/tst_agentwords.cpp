#include "models/AgentWords.h"
#include "models/DisplayTime.h"
#include "models/PiiText.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/RecordTableModel.h"
#include "models/conversations/ConversationTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kac::models;

// Agent words: Kraken's enum values, dates and times, and customer PII, each written one way
// for every pane (models/AgentWords, models/DisplayTime, models/PiiText).
class TestAgentWords : public QObject
{
    Q_OBJECT
private slots:
    void enumValuesReadAsPlainEnglish_data()
    {
        QTest::addColumn<QString>("kraken");
        QTest::addColumn<QString>("agent");
        QTest::newRow("ON_SUPPLY") << "ON_SUPPLY"
                                   << "On supply";
        QTest::newRow("DIRECT_DEBIT") << "DIRECT_DEBIT"
                                      << "Direct debit";
        QTest::newRow("unknown enum") << "SOME_NEW_VALUE"
                                      << "Some new value";
        QTest::newRow("one word") << "ACTIVE"
                                  << "Active";
        QTest::newRow("initialism") << "SMS"
                                    << "SMS";
        QTest::newRow("BPAY") << "BPAY"
                              << "BPAY";
        QTest::newRow("state") << "ACT"
                               << "ACT";
        QTest::newRow("words already") << "Red Energy"
                                       << "Red Energy";
        QTest::newRow("empty") << ""
                               << "";
    }
    void enumValuesReadAsPlainEnglish()
    {
        QFETCH(QString, kraken);
        QFETCH(QString, agent);
        QCOMPARE(AgentWords::enumText(kraken), agent);
    }

    void fieldNamesReadAsWords()
    {
        QCOMPARE(AgentWords::fieldText(QStringLiteral("overdueBalance")),
                 QStringLiteral("Overdue balance"));
        QCOMPARE(AgentWords::fieldText(QStringLiteral("state")), QStringLiteral("State"));
        QCOMPARE(AgentWords::fieldText(QStringLiteral("last_call_result")),
                 QStringLiteral("Last call result"));
    }

    // The partial-data notice says what is missing, not where in the answer it was.
    void missingFieldsReadAsWhatIsMissing()
    {
        QCOMPARE(AgentWords::missingText({QStringLiteral("account"), QStringLiteral("notes")}),
                 QStringLiteral("Notes could not be loaded"));
        QCOMPARE(AgentWords::missingText({QStringLiteral("account"), QStringLiteral("transactions"),
                                          QStringLiteral("edges"), QStringLiteral("3"),
                                          QStringLiteral("node"), QStringLiteral("")}),
                 QStringLiteral("Transactions could not be loaded"));
        QCOMPARE(
            AgentWords::missingText({QStringLiteral("account"), QStringLiteral("overdueBalance")}),
            QStringLiteral("Overdue balance could not be loaded"));
        QVERIFY(AgentWords::missingText({}).isEmpty());
        QVERIFY(AgentWords::missingText({QStringLiteral("edges"), QStringLiteral("0")}).isEmpty());
    }

    void brandsAreTitleCased()
    {
        QCOMPARE(AgentWords::enumText(QStringLiteral("RED_ENERGY"), true),
                 QStringLiteral("Red Energy"));
    }

    void oneDateFormat()
    {
        QCOMPARE(DisplayTime::date(QDate(2026, 12, 3)), QStringLiteral("3 Dec 2026"));
        QCOMPARE(DisplayTime::isoDate(QStringLiteral("2026-12-03")), QStringLiteral("3 Dec 2026"));
        // A date-time's day is the Australian one: 14:30 UTC on the 2nd is the 3rd in Sydney.
        QCOMPARE(DisplayTime::isoDate(QStringLiteral("2026-12-02T14:30:00Z")),
                 QStringLiteral("3 Dec 2026"));
        QCOMPARE(DisplayTime::isoDate(QStringLiteral("not a date")), QStringLiteral("not a date"));
        QCOMPARE(DisplayTime::isoDate(QString()), QString());
    }

    // "3 Dec 2026, 2:05 pm AEDT": the Australian zone named, daylight saving included.
    void oneDateTimeFormatInAustralianZones_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Sydney summer") << "2026-12-03T03:05:00Z"
                                       << "NSW"
                                       << "3 Dec 2026, 2:05 pm AEDT";
        QTest::newRow("Sydney winter") << "2026-06-03T03:05:00Z"
                                       << "ACT"
                                       << "3 June 2026, 1:05 pm AEST"; // en-AU: "June" in full
        QTest::newRow("Brisbane no DST") << "2026-12-03T03:05:00Z"
                                         << "QLD"
                                         << "3 Dec 2026, 1:05 pm AEST";
        QTest::newRow("Adelaide") << "2026-12-03T03:05:00+00:00"
                                  << "SA"
                                  << "3 Dec 2026, 1:35 pm ACDT";
        QTest::newRow("Perth") << "2026-12-03T13:05:00+10:00"
                               << "WA"
                               << "3 Dec 2026, 11:05 am AWST";
        QTest::newRow("Melbourne midnight") << "2026-12-02T13:00:00Z"
                                            << "VIC"
                                            << "3 Dec 2026, 12:00 am AEDT";
    }
    void oneDateTimeFormatInAustralianZones()
    {
        QFETCH(QString, iso);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        QCOMPARE(DisplayTime::isoDateTime(iso, DisplayTime::zoneForState(state)), expected);
    }

    void agentZoneIsAustralian()
    {
        QVERIFY(DisplayTime::agentZone().id().startsWith("Australia/"));
        QCOMPARE(DisplayTime::zoneForState(QStringLiteral("nowhere")), DisplayTime::agentZone());
    }

    void contactHandlesAreMaskedByWhatTheyAre_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("shown");
        const QString dots(3, QChar(0x2022));
        QTest::newRow("email") << "siobhan.mulcahy@outlook.com"
                               << QStringLiteral("s%1@outlook.com").arg(dots);
        QTest::newRow("e164 mobile") << "+61491570159" << maskPhone(QStringLiteral("+61491570159"));
        QTest::newRow("local mobile")
            << "0491 570 159" << maskPhone(QStringLiteral("+61491570159"));
        QTest::newRow("a name stays") << "Red Energy"
                                      << "Red Energy";
        QTest::newRow("a short code stays") << "13 33 00x"
                                            << "13 33 00x";
    }
    void contactHandlesAreMaskedByWhatTheyAre()
    {
        QFETCH(QString, handle);
        QFETCH(QString, shown);
        QCOMPARE(maskContactHandle(handle), shown);
        QVERIFY(!maskContactHandle(handle).contains(QLatin1String("491570159")));
    }

    void datesOfBirthUseTheOneFormat()
    {
        QCOMPARE(displayDate(QStringLiteral("1951-03-14")), QStringLiteral("14 Mar 1951"));
        QVERIFY(!maskDate(QStringLiteral("1951-03-14")).contains(QLatin1String("1951")));
    }

    // Billing details: the email masked like on Account users, enum values in words, dates in
    // the one format.
    void billingDetailsMaskTheEmailAndSpeakPlainly()
    {
        const AccountSectionSpec spec = accountSection(QStringLiteral("billing"));
        RecordTableModel model(spec.columns);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRecords(QJsonArray{QJsonObject{
            {QStringLiteral("billingName"), QStringLiteral("Bronwyn Tregellas")},
            {QStringLiteral("billingEmail"), QStringLiteral("bronwyn.tregellas@bigpond.com")},
            {QStringLiteral("commsDeliveryPreference"), QStringLiteral("PAPERLESS_BILLING")},
            {QStringLiteral("createdAt"), QStringLiteral("2019-06-03T09:12:44+10:00")}}});
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(0, column).data().toString();
        const QString all = cells.join(QLatin1Char('|'));
        QVERIFY2(!all.contains(QLatin1String("bronwyn.tregellas@")), qPrintable(all));
        QVERIFY2(all.contains(maskEmail(QStringLiteral("bronwyn.tregellas@bigpond.com"))),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Paperless billing")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("3 June 2019, 9:12 am AEST")), qPrintable(all));
    }

    // The message list: the customer's mobile and email are masked in the From column and in
    // what a screen reader hears; the row's search text keeps them (finding by number works).
    void timelineMasksTheCustomersHandles()
    {
        ConversationTimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendNodes(QJsonArray{
            QJsonObject{{QStringLiteral("occurredAt"), QStringLiteral("2026-12-03T03:05:00Z")},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("__typename"), QStringLiteral("InkSMS")},
                                     {QStringLiteral("direction"), QStringLiteral("INBOUND")},
                                     {QStringLiteral("fromHandle"), QStringLiteral("+61491570159")},
                                     {QStringLiteral("displayContent"), QStringLiteral("Hi")}}}},
            QJsonObject{{QStringLiteral("occurredAt"), QStringLiteral("2026-12-03T04:05:00Z")},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("__typename"), QStringLiteral("InkEmail")},
                                     {QStringLiteral("direction"), QStringLiteral("INBOUND")},
                                     {QStringLiteral("fromHandle"),
                                      QStringLiteral("siobhan.mulcahy@outlook.com")},
                                     {QStringLiteral("subject"), QStringLiteral("Bill")}}}}});
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            for (int role : {int(Qt::DisplayRole), int(Qt::AccessibleTextRole)}) {
                const QString text =
                    model.index(row, ConversationTimelineModel::SenderColumn).data(role).toString();
                QVERIFY2(!text.contains(QLatin1String("491570159")) &&
                             !text.contains(QLatin1String("siobhan.mulcahy")),
                         qPrintable(text));
            }
        }
        QCOMPARE(model.index(0, ConversationTimelineModel::SenderColumn).data().toString(),
                 maskPhone(QStringLiteral("+61491570159")));
        QVERIFY(model.index(0, ConversationTimelineModel::TimeColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("3 Dec 2026, ")));
    }
};

QTEST_GUILESS_MAIN(TestAgentWords)
#include "tst_agentwords.moc"
