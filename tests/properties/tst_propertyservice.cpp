// The property tree and supply points of fixed accounts against a real sandbox, in the Origin
// AU reference's shapes: meter points with identifier + nmiChecksum, Meter implementations,
// registers, agreements, supply points with their devices.
#include "api/ErrorCatalog.h"
#include "models/properties/PropertyNode.h"
#include "models/properties/PropertyService.h"
#include "models/properties/PropertyTreeModel.h"
#include "models/properties/SupplyPointModel.h"
#include "support/SignedInSandbox.h"

#include <QAbstractItemModelTester>

using namespace kac;
using models::LoadState;
using models::PropertyNode;
using models::PropertyTreeModel;

namespace {

QModelIndex childOfKind(const QAbstractItemModel &model, const QModelIndex &parent,
                        PropertyNode::Kind kind, int nth = 0)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(PropertyTreeModel::KindRole).toInt() == int(kind) && nth-- == 0)
            return index;
    }
    return {};
}

bool waitForState(models::PropertyService &service, bool supplyPoints = false)
{
    return QTest::qWaitFor(
        [&] {
            const LoadState s =
                supplyPoints ? service.supplyPointsState() : service.propertiesState();
            return s != LoadState::Loading && s != LoadState::Idle;
        },
        20000);
}

} // namespace

class TestPropertyService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void electricityAndGasMeterPoints();
    void halfHourlyMeterWithSolarRegister();
    void movedOutAccountIsEmpty();
    void supplyPoints();
    void oneSupplyPoint();
    void unknownAccountFailsWithKrakenCode();

private:
    test::SignedInSandbox m_env;
};

void TestPropertyService::initTestCase()
{
    const QString why = m_env.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestPropertyService::electricityAndGasMeterPoints()
{
    models::PropertyService service(&m_env.transport);
    QAbstractItemModelTester tester(service.properties(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.loadProperties(QStringLiteral("A-2B7E41C9"));
    QCOMPARE(service.propertiesState(), LoadState::Loading);
    QVERIFY(waitForState(service));
    QCOMPARE(service.propertiesState(), LoadState::Loaded);

    const PropertyTreeModel &model = *service.properties();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex property = model.index(0, 0);
    QCOMPARE(property.data().toString(),
             QStringLiteral("17 Illawarra Road, Marrickville NSW 2204"));
    QVERIFY(model.index(0, PropertyTreeModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("NSW · 2204")));

    const QModelIndex occupancy = childOfKind(model, property, PropertyNode::Kind::Occupancy);
    QVERIFY(occupancy.isValid());
    QCOMPARE(occupancy.data(PropertyTreeModel::AccountNumberRole).toString(),
             QStringLiteral("A-2B7E41C9"));

    const QModelIndex nmi = childOfKind(model, property, PropertyNode::Kind::MeterPoint, 0);
    const QModelIndex mirn = childOfKind(model, property, PropertyNode::Kind::MeterPoint, 1);
    QVERIFY(nmi.isValid() && mirn.isValid());
    QCOMPARE(nmi.data(PropertyTreeModel::MarketIdentifierRole).toString(),
             QStringLiteral("4102918273"));
    QCOMPARE(nmi.data(PropertyTreeModel::FuelRole).toString(), QStringLiteral("ELECTRICITY"));
    // The NMI's checksum is Kraken's nmiChecksum; the MIRN's check digit is computed.
    QVERIFY(nmi.data().toString().contains(QStringLiteral("NMI 4102918273 (9)")));
    QVERIFY(nmi.data(PropertyTreeModel::SensitiveLoadRole).toBool()); // Bronwyn is on life support
    QCOMPARE(nmi.siblingAtColumn(PropertyTreeModel::StatusColumn).data().toString(),
             QStringLiteral("On supply")); // Kraken's ON_SUPPLY in agent words
    const QString nmiFacts = nmi.siblingAtColumn(PropertyTreeModel::DetailColumn).data().toString();
    QVERIFY2(nmiFacts.contains(QStringLiteral("Ausgrid")),
             qPrintable(nmiFacts)); // lnsp.displayName
    QVERIFY2(nmiFacts.startsWith(QStringLiteral("SENSITIVE LOAD")), qPrintable(nmiFacts));
    QCOMPARE(mirn.data(PropertyTreeModel::MarketIdentifierRole).toString(),
             QStringLiteral("5238174650"));
    QCOMPARE(mirn.data(PropertyTreeModel::FuelRole).toString(), QStringLiteral("GAS"));
    QVERIFY(mirn.data().toString().contains(QStringLiteral("MIRN 5238174650 (3)")));
    QVERIFY(!mirn.data(PropertyTreeModel::SensitiveLoadRole).toBool());
    QVERIFY(
        mirn.siblingAtColumn(PropertyTreeModel::DetailColumn)
            .data()
            .toString()
            .contains(QStringLiteral("Jemena Gas Networks"))); // the gas meter point's distributor

    const QModelIndex supply = childOfKind(model, nmi, PropertyNode::Kind::SupplyDetails);
    QCOMPARE(supply.siblingAtColumn(PropertyTreeModel::StatusColumn).data().toString(),
             QStringLiteral("On supply"));
    QVERIFY(supply.siblingAtColumn(PropertyTreeModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("supply start")));
    const QModelIndex agreement = childOfKind(model, nmi, PropertyNode::Kind::Agreement);
    QCOMPARE(agreement.data().toString(),
             QStringLiteral("Agreement: Living Energy Saver (RE-LES-ELEC)"));
    // AusAgreementInterface.isActive is a String: "true" reads as active.
    QCOMPARE(agreement.siblingAtColumn(PropertyTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));

    const QModelIndex elecMeter = childOfKind(model, nmi, PropertyNode::Kind::Meter);
    QCOMPARE(elecMeter.data(PropertyTreeModel::MeterSerialRole).toString(),
             QStringLiteral("LG0218374"));
    QCOMPARE(elecMeter.data(PropertyTreeModel::MeterIdRole).toString(), QStringLiteral("800000"));
    QCOMPARE(elecMeter.data(PropertyTreeModel::ReadingFrequencyRole).toString(),
             QStringLiteral("A_3"));
    QCOMPARE(elecMeter.siblingAtColumn(PropertyTreeModel::DetailColumn).data().toString(),
             QStringLiteral("Basic (accumulation meter) · manually read · quarterly"));
    QCOMPARE(elecMeter.siblingAtColumn(PropertyTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Current"));
    QCOMPARE(model.rowCount(elecMeter), 2); // general usage and controlled load
    QCOMPARE(model.index(0, 0, elecMeter).data().toString(), QStringLiteral("Register 11"));
    QCOMPARE(model.index(0, PropertyTreeModel::DetailColumn, elecMeter).data().toString(),
             QStringLiteral("kWh · ALLDAY"));
    QVERIFY(model.index(1, PropertyTreeModel::DetailColumn, elecMeter)
                .data()
                .toString()
                .contains(QStringLiteral("controlled load: Yes - off-peak hot water")));
    const QModelIndex gasMeter = childOfKind(model, mirn, PropertyNode::Kind::Meter);
    QCOMPARE(gasMeter.data(PropertyTreeModel::MeterSerialRole).toString(),
             QStringLiteral("GM7740182"));
    QCOMPARE(gasMeter.siblingAtColumn(PropertyTreeModel::DetailColumn).data().toString(),
             QStringLiteral("gas · bi-monthly"));
    QCOMPARE(gasMeter.siblingAtColumn(PropertyTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Turned on"));
    QCOMPARE(model.rowCount(gasMeter), 0); // Kraken's GasMeterType has no registers

    const auto meters = model.meters();
    QCOMPARE(meters.size(), 2);
    QCOMPARE(meters.at(0).meterId, QStringLiteral("800000"));
    QCOMPARE(meters.at(0).primaryRegisterId, QStringLiteral("800000-11"));
    QCOMPARE(meters.at(0).primaryRegisterUnit, QStringLiteral("kWh"));
    QCOMPARE(meters.at(1).fuel, QStringLiteral("GAS"));
    QCOMPARE(meters.at(1).readingFrequency, QStringLiteral("BI_MONTHLY"));
    QCOMPARE(model.indexOfMeter(QStringLiteral("800001")), gasMeter);

    // The one variable the operation takes.
    const QJsonObject variables = m_env.requests(QStringLiteral("AccountProperties"))
                                      .last()
                                      .value(QLatin1String("variables"))
                                      .toObject();
    QCOMPARE(variables,
             (QJsonObject{{QStringLiteral("accountNumber"), QStringLiteral("A-2B7E41C9")}}));
}

void TestPropertyService::halfHourlyMeterWithSolarRegister()
{
    models::PropertyService service(&m_env.transport);
    QAbstractItemModelTester tester(service.properties(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.loadProperties(QStringLiteral("A-7D20A6F3"));
    QVERIFY(waitForState(service));
    QCOMPARE(service.propertiesState(), LoadState::Loaded);
    const PropertyTreeModel &model = *service.properties();
    QCOMPARE(model.index(0, 0).data().toString(),
             QStringLiteral("4/26 Sylvan Road, Toowong QLD 4066"));
    const auto meters = model.meters();
    QCOMPARE(meters.size(), 1); // electricity only
    QCOMPARE(meters.at(0).meterId, QStringLiteral("800004"));
    QCOMPARE(meters.at(0).serialNumber, QStringLiteral("EM3061857"));
    QCOMPARE(meters.at(0).readingFrequency,
             QStringLiteral("D")); // MeterReadTypeFrequency: daily or weekly
    QCOMPARE(meters.at(0).marketIdentifier, QStringLiteral("3114605528"));
    const QModelIndex meter = model.indexOfMeter(QStringLiteral("800004"));
    QCOMPARE(meter.siblingAtColumn(PropertyTreeModel::DetailColumn).data().toString(),
             QStringLiteral("Comms 4 (interval meter) · smart · remotely read · daily or weekly"));
    QVERIFY(model.index(0, 0)
                .siblingAtColumn(PropertyTreeModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Unit 4"))); // the property's label
    QCOMPARE(model.rowCount(meter), 2);
    QVERIFY(model.index(1, PropertyTreeModel::DetailColumn, meter)
                .data()
                .toString()
                .contains(QStringLiteral("export")));
    QVERIFY(model.index(1, 0, meter).data().toString().contains(QStringLiteral("B1")));

    // Loading another account replaces the rows (the tester checks the reset).
    service.loadProperties(QStringLiteral("A-9A63F05B"));
    QVERIFY(waitForState(service));
    QCOMPARE(model.meters().size(), 2);
    QCOMPARE(model.meters().at(0).serialNumber, QStringLiteral("ED7730021"));
}

void TestPropertyService::movedOutAccountIsEmpty()
{
    // A-4E2A9C07 moved out: no current properties (Kraken lists the old one under
    // previousProperties).
    models::PropertyService service(&m_env.transport);
    QAbstractItemModelTester tester(service.properties(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.loadProperties(QStringLiteral("A-4E2A9C07"));
    QVERIFY(waitForState(service));
    QCOMPARE(service.propertiesState(), LoadState::Empty);
    QCOMPARE(service.properties()->rowCount(), 0);
}

void TestPropertyService::supplyPoints()
{
    models::PropertyService service(&m_env.transport);
    QAbstractItemModelTester tester(service.supplyPoints(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.loadSupplyPoints(QStringLiteral("A-2B7E41C9"));
    QVERIFY(waitForState(service, true));
    QCOMPARE(service.supplyPointsState(), LoadState::Loaded);
    const auto &points = service.supplyPoints()->supplyPoints();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).marketName, QStringLiteral("AU_ELECTRICITY"));
    QCOMPARE(points.at(0).externalIdentifier, QStringLiteral("4102918273"));
    QCOMPARE(points.at(1).marketName, QStringLiteral("AU_GAS"));
    QCOMPARE(points.at(1).externalIdentifier, QStringLiteral("5238174650"));
    QCOMPARE(points.at(1).address, QStringLiteral("17 Illawarra Road, Marrickville NSW 2204"));

    service.loadSupplyPoints(QStringLiteral("A-7D20A6F3"));
    QVERIFY(waitForState(service, true));
    QCOMPARE(service.supplyPoints()->rowCount(), 1);
    // Pages below Kraken's limit of 100.
    for (const QJsonObject &line : m_env.requests(QStringLiteral("AccountSupplyPoints")))
        QCOMPARE(
            line.value(QLatin1String("variables")).toObject().value(QLatin1String("first")).toInt(),
            99);
}

void TestPropertyService::oneSupplyPoint()
{
    models::PropertyService service(&m_env.transport);
    QSignalSpy loaded(&service, &models::PropertyService::supplyPointLoaded);
    QSignalSpy failed(&service, &models::PropertyService::supplyPointFailed);
    service.loadSupplyPoint(QStringLiteral("3114605528"), QStringLiteral("AU_ELECTRICITY"));
    QVERIFY(loaded.wait(20000));
    const QJsonObject point = loaded.first().first().toJsonObject();
    QCOMPARE(point.value(QLatin1String("externalIdentifier")).toString(),
             QStringLiteral("3114605528"));
    // Kraken's Device: its identifier (the meter's serial) and DeviceRegister identifiers.
    const auto devices = models::SupplyPointModel::devicesOf(point);
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.first().identifier, QStringLiteral("EM3061857"));
    QCOMPARE(devices.first().registers, (QStringList{QStringLiteral("E1"), QStringLiteral("B1")}));

    service.loadSupplyPoint(QStringLiteral("3114605528"), QStringLiteral("AU_GAS"));
    QVERIFY(failed.wait(20000));
    const auto error = failed.first().first().value<api::ApiError>();
    QCOMPARE(error.errorCode, QStringLiteral("KT-CT-4719"));
}

void TestPropertyService::unknownAccountFailsWithKrakenCode()
{
    models::PropertyService service(&m_env.transport);
    QAbstractItemModelTester tester(service.properties(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.loadProperties(QStringLiteral("A-00000000"));
    QVERIFY(waitForState(service));
    QCOMPARE(service.propertiesState(), LoadState::Failed);
    const api::ApiError error = service.propertiesLoad()->error();
    QVERIFY2(error.errorCode.startsWith(QStringLiteral("KT-CT-")), qPrintable(error.summary()));
    QVERIFY(!api::ErrorCatalog().messageFor(error).isEmpty());
    QCOMPARE(service.properties()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPropertyService)
#include "tst_propertyservice.moc"
