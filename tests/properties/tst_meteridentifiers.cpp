// NMI / MIRN check digits: the fixed data's identifiers, typos, and agreement with the
// sandbox's own rule (sandbox/data/identifiers.js), which generated the data.
#include "models/properties/MeterIdentifiers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using kac::models::MeterIdentifiers;
using Verdict = MeterIdentifiers::Verdict;

class TestMeterIdentifiers : public QObject
{
    Q_OBJECT
private slots:
    void fixedNmis_data();
    void fixedNmis();
    void fixedMirns_data();
    void fixedMirns();
    void typos_data();
    void typos();
    void spacesAndCaseAreIgnored();
    void eitherPicksTheKind();
    void agreesWithTheSandbox();
};

void TestMeterIdentifiers::fixedNmis_data()
{
    QTest::addColumn<QString>("nmi");
    QTest::addColumn<int>("checkDigit");
    // sandbox/FIXTURES.md
    QTest::newRow("Bronwyn") << "4102918273" << 9;
    QTest::newRow("Dimitri") << "6001774102" << 8;
    QTest::newRow("Aroha") << "3114605528" << 1;
    QTest::newRow("Siobhan") << "2002381946" << 2;
    QTest::newRow("Rajesh") << "7001290384" << 4;
    QTest::newRow("Hollie") << "6203501847" << 6;
    QTest::newRow("Ngaire") << "8000617293" << 5;
    // AEMO's worked examples use letters too: the rule runs over ASCII codes.
    QTest::newRow("letters") << "QAAAVZZZZZ" << 3;
}

void TestMeterIdentifiers::fixedNmis()
{
    QFETCH(QString, nmi);
    QFETCH(int, checkDigit);
    QCOMPARE(MeterIdentifiers::nmiCheckDigit(nmi), checkDigit);
    QVERIFY(MeterIdentifiers::checkNmi(nmi).isValid());
    const auto check = MeterIdentifiers::checkNmi(nmi + QString::number(checkDigit));
    QVERIFY(check.isValid());
    QCOMPARE(check.identifier, nmi);
}

void TestMeterIdentifiers::fixedMirns_data()
{
    QTest::addColumn<QString>("mirn");
    QTest::addColumn<int>("checkDigit");
    QTest::newRow("Bronwyn") << "5238174650" << 3;
    QTest::newRow("Dimitri") << "5330918264" << 9;
    QTest::newRow("Siobhan") << "5510273849" << 3;
    QTest::newRow("Rajesh") << "5261038472" << 0;
}

void TestMeterIdentifiers::fixedMirns()
{
    QFETCH(QString, mirn);
    QFETCH(int, checkDigit);
    QCOMPARE(MeterIdentifiers::mirnCheckDigit(mirn), checkDigit);
    const auto check = MeterIdentifiers::checkMirn(mirn + QString::number(checkDigit));
    QVERIFY(check.isValid());
    QCOMPARE(check.identifier, mirn);
}

void TestMeterIdentifiers::typos_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("gas");
    QTest::addColumn<int>("verdict");
    QTest::newRow("wrong check digit") << "31146055282" << false << int(Verdict::WrongCheckDigit);
    QTest::newRow("swapped digits") << "31146505281" << false << int(Verdict::WrongCheckDigit);
    QTest::newRow("one digit off") << "41029182839" << false << int(Verdict::WrongCheckDigit);
    QTest::newRow("letter O") << "31146O55281" << false << int(Verdict::BadCharacters);
    QTest::newRow("letter I") << "I102918273" << false << int(Verdict::BadCharacters);
    QTest::newRow("too short") << "311460552" << false << int(Verdict::WrongLength);
    QTest::newRow("too long") << "311460552811" << false << int(Verdict::WrongLength);
    QTest::newRow("punctuation") << "3114605528!" << false << int(Verdict::BadCharacters);
    QTest::newRow("empty") << "  " << false << int(Verdict::Empty);
    QTest::newRow("MIRN wrong check") << "52381746504" << true << int(Verdict::WrongCheckDigit);
    QTest::newRow("MIRN swapped") << "52381476503" << true << int(Verdict::WrongCheckDigit);
    QTest::newRow("MIRN letter") << "5238174A50" << true << int(Verdict::BadCharacters);
}

void TestMeterIdentifiers::typos()
{
    QFETCH(QString, typed);
    QFETCH(bool, gas);
    QFETCH(int, verdict);
    const auto check = gas ? MeterIdentifiers::checkMirn(typed) : MeterIdentifiers::checkNmi(typed);
    QCOMPARE(int(check.verdict), verdict);
    QVERIFY(!check.isValid());
    QVERIFY(check.identifier.isEmpty());
    QVERIFY(!check.message().isEmpty());
}

void TestMeterIdentifiers::spacesAndCaseAreIgnored()
{
    QVERIFY(MeterIdentifiers::checkNmi(QStringLiteral(" 3114 6055 28 1 ")).isValid());
    QVERIFY(MeterIdentifiers::checkNmi(QStringLiteral("qaaavzzzzz3")).isValid());
    QCOMPARE(MeterIdentifiers::checkNmi(QStringLiteral("qaaavzzzzz")).identifier,
             QStringLiteral("QAAAVZZZZZ"));
}

void TestMeterIdentifiers::eitherPicksTheKind()
{
    QCOMPARE(MeterIdentifiers::checkEither(QStringLiteral("55102738493")).kind,
             MeterIdentifiers::Kind::Mirn);
    QVERIFY(MeterIdentifiers::checkEither(QStringLiteral("55102738493")).isValid());
    QCOMPARE(MeterIdentifiers::checkEither(QStringLiteral("31146055281")).kind,
             MeterIdentifiers::Kind::Nmi);
    QCOMPARE(MeterIdentifiers::checkEither(QStringLiteral("NCCC000123")).kind,
             MeterIdentifiers::Kind::Nmi);
}

void TestMeterIdentifiers::agreesWithTheSandbox()
{
    // 300 random identifiers through both implementations.
    const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789");
    QStringList nmis;
    QStringList mirns;
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 300; ++i) {
        QString nmi;
        QString mirn;
        for (int c = 0; c < 10; ++c) {
            nmi += alphabet.at(rng->bounded(int(alphabet.size())));
            mirn += QChar(u'0' + rng->bounded(10));
        }
        nmis << nmi;
        mirns << mirn;
    }
    const QString sandboxDir = qEnvironmentVariable("KAC_SANDBOX_DIR");
    QVERIFY2(!sandboxDir.isEmpty(), "KAC_SANDBOX_DIR is not set");
    const QString script =
        QStringLiteral("const id = require(process.argv[1] + '/data/identifiers.js');"
                       "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
                       "process.stdout.write(JSON.stringify({nmi: input.nmi.map(id.nmiChecksum), "
                       "mirn: input.mirn.map(id.mirnChecksum)}));");
    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral("-e"), script, sandboxDir});
    QVERIFY2(node.waitForStarted(10000), "node is not available");
    node.write(
        QJsonDocument(QJsonObject{{QStringLiteral("nmi"), QJsonArray::fromStringList(nmis)},
                                  {QStringLiteral("mirn"), QJsonArray::fromStringList(mirns)}})
            .toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    QVERIFY(node.waitForFinished(20000));
    const QJsonObject answer = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    const QJsonArray nmiDigits = answer.value(QLatin1String("nmi")).toArray();
    const QJsonArray mirnDigits = answer.value(QLatin1String("mirn")).toArray();
    QCOMPARE(nmiDigits.size(), nmis.size());
    QCOMPARE(mirnDigits.size(), mirns.size());
    for (int i = 0; i < nmis.size(); ++i) {
        QCOMPARE(MeterIdentifiers::nmiCheckDigit(nmis.at(i)), nmiDigits.at(i).toInt());
        QCOMPARE(MeterIdentifiers::mirnCheckDigit(mirns.at(i)), mirnDigits.at(i).toInt());
    }
}

QTEST_GUILESS_MAIN(TestMeterIdentifiers)
#include "tst_meteridentifiers.moc"
