// The decoders every pane reads Kraken's numbers, amounts and dates with: the exact value the
// JSON holds, or unavailable with a reason, never a plausible substitute such as 0.
#include "models/JsonValues.h"
#include "models/RecordTableModel.h"

#include <QAbstractItemModelTester>
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

} // namespace

class TestJsonValues : public QObject
{
    Q_OBJECT
private slots:
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
