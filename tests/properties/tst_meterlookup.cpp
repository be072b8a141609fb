// NMI / MIRN lookups against a real sandbox: typos never reach the server, valid identifiers
// find their property and account, and nmiDiscovery finds an NMI from an address.
#include "PropertiesTestSupport.h"

#include "models/properties/MeterLookupService.h"

using namespace kac;
using models::MeterIdentifiers;
using models::MeterLookupService;

class TestMeterLookup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typosAreRejectedWithoutARequest_data();
    void typosAreRejectedWithoutARequest();
    void nmiFindsItsAccount_data();
    void nmiFindsItsAccount();
    void unknownNmiIsNotFound();
    void newerLookupWins();
    void discoveryFindsTheNmi();
    void discoveryWithoutAMatch();

private:
    test::SignedInSandbox m_env;
};

void TestMeterLookup::initTestCase()
{
    qRegisterMetaType<MeterLookupService::Result>();
    qRegisterMetaType<MeterIdentifiers::Check>();
    QString why;
    QVERIFY2(m_env.start(&why), qPrintable(why));
}

void TestMeterLookup::typosAreRejectedWithoutARequest_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("NMI check digit") << "31146055282";
    QTest::newRow("NMI transposed") << "31146505281";
    QTest::newRow("NMI letter O") << "31146O5528";
    QTest::newRow("NMI short") << "311460552";
    QTest::newRow("MIRN check digit") << "55102738494";
    QTest::newRow("MIRN transposed") << "55102783493";
}

void TestMeterLookup::typosAreRejectedWithoutARequest()
{
    QFETCH(QString, typed);
    MeterLookupService service(&m_env.transport);
    QSignalSpy rejected(&service, &MeterLookupService::rejected);
    QSignalSpy started(&service, &MeterLookupService::lookupStarted);
    const int logBefore = m_env.sandbox.requestLog().size();
    const auto check = service.lookup(typed);
    QVERIFY(!check.isValid());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(started.size(), 0);
    QVERIFY(!service.isBusy());
    QTest::qWait(200); // nothing is in flight that could still arrive
    QCOMPARE(m_env.sandbox.requestLog().size(), logBefore);
}

void TestMeterLookup::nmiFindsItsAccount_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("accountNumber");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("operation");
    QTest::newRow("NMI with check digit") << "31146055281" << "A-7D20A6F3" << "4/26 Sylvan Road, Toowong QLD 4066" << "NmiLookup";
    QTest::newRow("NMI without") << "4102918273" << "A-2B7E41C9" << "17 Illawarra Road, Marrickville NSW 2204" << "NmiLookup";
    QTest::newRow("NMI spaced") << "7001 2903 84 4" << "A-9A63F05B" << "12/30 Lonsdale Street, Braddon ACT 2612" << "NmiLookup";
    QTest::newRow("MIRN") << "55102738493" << "A-8E4B92D1" << "9 Osmond Terrace, Norwood SA 5067" << "MirnLookup";
}

void TestMeterLookup::nmiFindsItsAccount()
{
    QFETCH(QString, typed);
    QFETCH(QString, accountNumber);
    QFETCH(QString, address);
    QFETCH(QString, operation);
    MeterLookupService service(&m_env.transport);
    QSignalSpy finished(&service, &MeterLookupService::lookupFinished);
    const int before = m_env.requests(operation).size();
    QVERIFY(service.lookup(typed).isValid());
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<MeterLookupService::Result>();
    QVERIFY(result.found());
    QCOMPARE(result.accountNumber, accountNumber);
    QCOMPARE(result.address, address);
    if (operation == QLatin1String("NmiLookup")) // MIRNCheckKrakenStatus has no ON_SUPPLY
        QCOMPARE(result.krakenStatus, QStringLiteral("ON_SUPPLY"));
    const auto requests = m_env.requests(operation);
    QCOMPARE(requests.size(), before + 1);
    // The 10-character identifier is sent, without the check digit.
    const QJsonObject variables = requests.last().value(QLatin1String("variables")).toObject();
    QCOMPARE(variables.value(operation == QLatin1String("NmiLookup") ? QLatin1String("nmi") : QLatin1String("mirn"))
                 .toString(),
             result.identifier);
    QCOMPARE(result.identifier.size(), 10);
}

void TestMeterLookup::unknownNmiIsNotFound()
{
    MeterLookupService service(&m_env.transport);
    QSignalSpy finished(&service, &MeterLookupService::lookupFinished);
    const QString nmi = QStringLiteral("NCCC000123");
    QVERIFY(service.lookupNmi(nmi + QString::number(MeterIdentifiers::nmiCheckDigit(nmi))).isValid());
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<MeterLookupService::Result>();
    QVERIFY(!result.found());
    QVERIFY(result.address.isEmpty()); // placeholder property data is not shown as a match
}

void TestMeterLookup::newerLookupWins()
{
    MeterLookupService service(&m_env.transport);
    QSignalSpy finished(&service, &MeterLookupService::lookupFinished);
    service.lookup(QStringLiteral("4102918273"));
    service.lookup(QStringLiteral("3114605528"));
    QVERIFY(finished.wait(20000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<MeterLookupService::Result>().accountNumber, QStringLiteral("A-7D20A6F3"));
}

void TestMeterLookup::discoveryFindsTheNmi()
{
    MeterLookupService service(&m_env.transport);
    QSignalSpy found(&service, &MeterLookupService::discoveryFinished);
    MeterLookupService::Address address;
    address.unitNumber = QStringLiteral("4");
    address.streetNumber = QStringLiteral("26");
    address.streetName = QStringLiteral("Sylvan Road");
    address.suburb = QStringLiteral("Toowong");
    address.state = QStringLiteral("QLD");
    address.postcode = QStringLiteral("4066");
    service.discoverNmi(address);
    QVERIFY(found.wait(20000));
    QCOMPARE(found.first().first().toString(), QStringLiteral("31146055281"));
    const auto requests = m_env.requests(QStringLiteral("NmiDiscovery"));
    QCOMPARE(requests.last().value(QLatin1String("variables")).toObject().value(QLatin1String("input")).toObject()
                 .value(QLatin1String("postcode")).toString(),
             QStringLiteral("4066"));
}

void TestMeterLookup::discoveryWithoutAMatch()
{
    MeterLookupService service(&m_env.transport);
    QSignalSpy noMatch(&service, &MeterLookupService::discoveryNoMatch);
    MeterLookupService::Address address;
    address.streetNumber = QStringLiteral("999");
    address.streetName = QStringLiteral("Nowhere Street");
    address.postcode = QStringLiteral("4066");
    service.discoverNmi(address);
    QVERIFY(noMatch.wait(20000));
    QVERIFY(!noMatch.first().first().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestMeterLookup)
#include "tst_meterlookup.moc"
