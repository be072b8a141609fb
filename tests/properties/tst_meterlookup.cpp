// NMI / MIRN lookups against a real sandbox: typos never reach the server, valid identifiers
// find their property and account, and nmiDiscovery finds an NMI from an address sent as the
// reference's NMIDiscoveryAddressInput (the values the console can put in its enums are checked
// against the Origin AU schema in ../shared).
#include "models/properties/MeterLookupService.h"
#include "models/properties/NmiDiscoveryAddress.h"
#include "support/SignedInSandbox.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace kac;
using models::MeterIdentifiers;
using models::MeterLookupService;
using models::NmiDiscoveryAddress;

namespace {

NmiDiscoveryAddress arohasAddress()
{
    NmiDiscoveryAddress address;
    address.unit = QStringLiteral("4");
    address.houseNumber = QStringLiteral("26");
    address.street = QStringLiteral("Sylvan Road");
    address.suburb = QStringLiteral("Toowong");
    address.state = QStringLiteral("QLD");
    address.postcode = QStringLiteral("4066");
    return address;
}

// The values of one enum of the Origin AU reference schema (empty when it is not there).
QStringList referenceEnum(const QString &sdl, const QString &name)
{
    const QRegularExpression block(QStringLiteral("\\benum %1 \\{([^}]*)\\}").arg(name));
    const auto match = block.match(sdl);
    QStringList values;
    if (!match.hasMatch())
        return values;
    // Drop the descriptions (block and one-line strings) and directives, keep the names.
    QString body = match.captured(1);
    body.remove(QRegularExpression(
        QStringLiteral("\"\"\"[\\s\\S]*?\"\"\"|\"[^\"\\n]*\"|@\\w+(\\([^)]*\\))?")));
    for (const QString &word :
         body.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        values << word;
    return values;
}

} // namespace

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
    void incompleteAddressIsRejectedWithoutARequest_data();
    void incompleteAddressIsRejectedWithoutARequest();
    void addressInputFields_data();
    void addressInputFields();
    void enumValuesExistInTheReference();

private:
    test::SignedInSandbox m_env;
};

void TestMeterLookup::initTestCase()
{
    qRegisterMetaType<MeterLookupService::Result>();
    qRegisterMetaType<MeterIdentifiers::Check>();
    const QString why = m_env.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
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
    QTest::newRow("NMI with check digit") << "31146055281"
                                          << "A-7D20A6F3"
                                          << "4/26 Sylvan Road, Toowong QLD 4066"
                                          << "NmiLookup";
    QTest::newRow("NMI without") << "4102918273"
                                 << "A-2B7E41C9"
                                 << "17 Illawarra Road, Marrickville NSW 2204"
                                 << "NmiLookup";
    QTest::newRow("NMI spaced") << "7001 2903 84 4"
                                << "A-9A63F05B"
                                << "12/30 Lonsdale Street, Braddon ACT 2612"
                                << "NmiLookup";
    QTest::newRow("MIRN") << "55102738493"
                          << "A-8E4B92D1"
                          << "9 Osmond Terrace, Norwood SA 5067"
                          << "MirnLookup";
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
    QCOMPARE(result.accountNumber, accountNumber); // mirnCheck / nmiCheck { account { number } }
    QCOMPARE(result.address, address);
    QCOMPARE(result.krakenStatus, QStringLiteral("ON_SUPPLY"));
    // The NMI's check digit is Kraken's nmiChecksum, the MIRN's computed; both match the typed one.
    const QString compact = MeterIdentifiers::compact(typed);
    if (compact.size() == 11)
        QCOMPARE(result.checkDigit, compact.right(1));
    if (operation == QLatin1String("NmiLookup"))
        QCOMPARE(result.meterPointStatus, QStringLiteral("ON_SUPPLY")); // the NMI's supplyStatus
    const auto requests = m_env.requests(operation);
    QCOMPARE(requests.size(), before + 1);
    // The 10-character identifier is sent, without the check digit.
    const QJsonObject variables = requests.last().value(QLatin1String("variables")).toObject();
    QCOMPARE(variables
                 .value(operation == QLatin1String("NmiLookup") ? QLatin1String("nmi")
                                                                : QLatin1String("mirn"))
                 .toString(),
             result.identifier);
    QCOMPARE(result.identifier.size(), 10);
}

void TestMeterLookup::unknownNmiIsNotFound()
{
    MeterLookupService service(&m_env.transport);
    QSignalSpy finished(&service, &MeterLookupService::lookupFinished);
    const QString nmi = QStringLiteral("NCCC000123");
    QVERIFY(
        service.lookupNmi(nmi + QString::number(MeterIdentifiers::nmiCheckDigit(nmi))).isValid());
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
    QCOMPARE(finished.first().first().value<MeterLookupService::Result>().accountNumber,
             QStringLiteral("A-7D20A6F3"));
}

void TestMeterLookup::discoveryFindsTheNmi()
{
    MeterLookupService service(&m_env.transport);
    QSignalSpy found(&service, &MeterLookupService::discoveryFinished);
    QVERIFY(service.discoverNmi(arohasAddress()));
    QVERIFY(found.wait(20000));
    QCOMPARE(found.first().first().toString(), QStringLiteral("31146055281"));
    const auto requests = m_env.requests(QStringLiteral("NmiDiscovery"));
    const QJsonObject input = requests.last()
                                  .value(QLatin1String("variables"))
                                  .toObject()
                                  .value(QLatin1String("input"))
                                  .toObject();
    const QJsonObject expected{
        {QStringLiteral("flatUnitType"), QStringLiteral("UNIT")},
        {QStringLiteral("flatUnitNumber"), QStringLiteral("4")},
        {QStringLiteral("houseNumber"), QStringLiteral("26")},
        {QStringLiteral("streetName"), QStringLiteral("Sylvan")},
        {QStringLiteral("streetType"), QStringLiteral("ROAD")},
        {QStringLiteral("suburbLocality"), QStringLiteral("Toowong")},
        {QStringLiteral("stateTerritory"), QStringLiteral("QUEENSLAND")},
        {QStringLiteral("postcode"), QStringLiteral("4066")},
        {QStringLiteral("jurisdictionCode"), QStringLiteral("QUEENSLAND")},
    };
    QCOMPARE(input, expected);
}

void TestMeterLookup::discoveryWithoutAMatch()
{
    MeterLookupService service(&m_env.transport);
    QSignalSpy noMatch(&service, &MeterLookupService::discoveryNoMatch);
    NmiDiscoveryAddress address = arohasAddress();
    address.houseNumber = QStringLiteral("999");
    address.street = QStringLiteral("Nowhere St");
    QVERIFY(service.discoverNmi(address));
    QVERIFY(noMatch.wait(20000));
    // AEMO answered with a failure status (FailureStatusCodeInAEMOResponseErrorType).
    QVERIFY2(noMatch.first().first().toString().startsWith(
                 QStringLiteral("AEMO found no NMI at that address")),
             qPrintable(noMatch.first().first().toString()));
}

void TestMeterLookup::incompleteAddressIsRejectedWithoutARequest_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("house and lot") << "lot"
                                   << "12"
                                   << "not both";
    QTest::newRow("neither") << "house"
                             << ""
                             << "house number";
    QTest::newRow("bad house number") << "house"
                                      << "26-28"
                                      << "digits";
    QTest::newRow("no street") << "street"
                               << " "
                               << "street name";
    QTest::newRow("no state") << "state"
                              << ""
                              << "state";
    QTest::newRow("unknown state") << "state"
                                   << "Queenslnd"
                                   << "state";
    QTest::newRow("short postcode") << "postcode"
                                    << "406"
                                    << "four digits";
}

void TestMeterLookup::incompleteAddressIsRejectedWithoutARequest()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    NmiDiscoveryAddress address = arohasAddress();
    if (field == QLatin1String("lot"))
        address.lotNumber = value;
    else if (field == QLatin1String("house"))
        address.houseNumber = value;
    else if (field == QLatin1String("street"))
        address.street = value;
    else if (field == QLatin1String("state"))
        address.state = value;
    else
        address.postcode = value;
    MeterLookupService service(&m_env.transport);
    QSignalSpy rejected(&service, &MeterLookupService::discoveryRejected);
    const int logBefore = m_env.sandbox.requestLog().size();
    QVERIFY(!service.discoverNmi(address));
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.first().first().toString().contains(reason),
             qPrintable(rejected.first().first().toString()));
    QVERIFY(!service.isBusy());
    QTest::qWait(200);
    QCOMPARE(m_env.sandbox.requestLog().size(), logBefore);
}

void TestMeterLookup::addressInputFields_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("house");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QJsonObject>(
        "expected"); // the fields besides postcode, state and jurisdiction
    QTest::newRow("abbreviated type, suffix") << ""
                                              << "26a"
                                              << ""
                                              << "Sylvan Rd."
                                              << "qld"
                                              << QJsonObject{{"houseNumber", "26"},
                                                             {"houseNumberSuffix", "A"},
                                                             {"streetName", "Sylvan"},
                                                             {"streetType", "ROAD"}};
    QTest::newRow("unknown type stays in the name")
        << ""
        << "9"
        << ""
        << "The Kingsway"
        << "NSW" << QJsonObject{{"houseNumber", "9"}, {"streetName", "The Kingsway"}};
    QTest::newRow("lot, full state name")
        << ""
        << ""
        << "12"
        << "Old Coach  Road"
        << "New South Wales"
        << QJsonObject{{"lotNumber", "12"}, {"streetName", "Old Coach"}, {"streetType", "ROAD"}};
    QTest::newRow("shop") << "Shop 4b"
                          << "402"
                          << ""
                          << "Sydney Road"
                          << "VIC"
                          << QJsonObject{{"flatUnitType", "SHOP"},
                                         {"flatUnitNumber", "4B"},
                                         {"houseNumber", "402"},
                                         {"streetName", "Sydney"},
                                         {"streetType", "ROAD"}};
}

void TestMeterLookup::addressInputFields()
{
    QFETCH(QString, unit);
    QFETCH(QString, house);
    QFETCH(QString, lot);
    QFETCH(QString, street);
    QFETCH(QString, state);
    QFETCH(QJsonObject, expected);
    NmiDiscoveryAddress address;
    address.unit = unit;
    address.houseNumber = house;
    address.lotNumber = lot;
    address.street = street;
    address.state = state;
    address.postcode = QStringLiteral("2000");
    const auto built = address.toInput();
    QVERIFY2(built.ok(), qPrintable(built.problem));
    QJsonObject input = built.input;
    const QString choice = NmiDiscoveryAddress::stateChoice(state);
    QVERIFY(!choice.isEmpty());
    QCOMPARE(input.take(QStringLiteral("stateTerritory")).toString(), choice);
    QCOMPARE(input.take(QStringLiteral("jurisdictionCode")).toString(), choice);
    QCOMPARE(input.take(QStringLiteral("postcode")).toString(), QStringLiteral("2000"));
    QCOMPARE(input, expected);
}

void TestMeterLookup::enumValuesExistInTheReference()
{
    // Every enum value the address builder can send is one Kraken (Origin AU) has: a value it
    // lacks would fail the whole request before it ran.
    const QString path =
        QDir(qEnvironmentVariable("KAC_SANDBOX_DIR"))
            .filePath(QStringLiteral("../../shared/kraken-schemas/origin-au-2026-07-27.graphql"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qInfo("The Origin AU reference schema is not at %s: its enums are not checked here "
              "(graphql_variables_valid still checks what the tests sent).",
              qPrintable(path));
        return;
    }
    const QString sdl = QString::fromUtf8(file.readAll());
    const QStringList streetTypes = referenceEnum(sdl, QStringLiteral("StreetType"));
    const QStringList flatTypes = referenceEnum(sdl, QStringLiteral("FlatOrUnitType"));
    const QStringList states = referenceEnum(sdl, QStringLiteral("StateChoices"));
    const QStringList jurisdictions = referenceEnum(sdl, QStringLiteral("JurisdictionChoices"));
    QVERIFY(streetTypes.contains(QStringLiteral("ROAD")) &&
            flatTypes.contains(QStringLiteral("UNIT")));
    for (const QString &value : NmiDiscoveryAddress::streetTypes())
        QVERIFY2(streetTypes.contains(value), qPrintable(value));
    for (const QString &value : NmiDiscoveryAddress::flatUnitTypes())
        QVERIFY2(flatTypes.contains(value), qPrintable(value));
    for (const char *state : {"ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"}) {
        const QString choice = NmiDiscoveryAddress::stateChoice(QLatin1String(state));
        QVERIFY2(states.contains(choice) && jurisdictions.contains(choice), state);
    }
}

QTEST_GUILESS_MAIN(TestMeterLookup)
#include "tst_meterlookup.moc"
