#include "api/Operation.h"
#include "models/JsonValues.h"
#include "models/PiiText.h"
#include "models/accounts/AccountOverview.h"
#include "models/accounts/AccountSearchModel.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace kac::models;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

AccountSearchRow searchRow(const char *number, const char *name, const char *status,
                           const char *address, qint64 cents, double score)
{
    return {QString::fromLatin1(number),  QString::fromLatin1(name),  QString::fromLatin1(status),
            QString::fromLatin1(address), Decoded<qint64>::of(cents), Decoded<double>::of(score)};
}

} // namespace

class TestConsoleModels : public QObject
{
    Q_OBJECT
private slots:
    void searchModelSortsAndPassesTester()
    {
        AccountSearchModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({searchRow("A-00000002", "Zed", "ACTIVE", "2 Road", -500, 0.5),
                       searchRow("A-00000001", "Amy", "PENDING", "1 Road", 1000, 0.9),
                       searchRow("A-00000003", "Bob", "ACTIVE", "3 Road", 0, 0.7)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AccountSearchModel::ColumnCount));
        QCOMPARE(model.index(0, AccountSearchModel::Balance).data().toString(),
                 QStringLiteral("-$5.00"));
        QPersistentModelIndex amy = model.index(1, AccountSearchModel::Name);
        model.sort(AccountSearchModel::Score, Qt::DescendingOrder);
        QCOMPARE(model.accountNumberAt(0), QStringLiteral("A-00000001"));
        QCOMPARE(model.accountNumberAt(2), QStringLiteral("A-00000002"));
        QCOMPARE(amy.row(), 0);
        QCOMPARE(amy.data().toString(), QStringLiteral("Amy"));
        model.sort(AccountSearchModel::Balance, Qt::AscendingOrder);
        QCOMPARE(model.accountNumberAt(0), QStringLiteral("A-00000002"));
        QCOMPARE(model.index(0, 0).data(AccountSearchModel::AccountNumberRole).toString(),
                 QStringLiteral("A-00000002"));
        // New results keep the chosen order.
        model.setRows({searchRow("A-1", "x", "", "", 5, 0), searchRow("A-2", "y", "", "", -5, 0)});
        QCOMPARE(model.accountNumberAt(0), QStringLiteral("A-2"));
        // A balance Kraken sent as "NaN": "Unavailable" with the reason, sorted below the rest.
        AccountSearchRow untrusted = searchRow("A-3", "z", "", "", 0, 0);
        untrusted.balanceCents = decodeCents(QJsonValue(QStringLiteral("NaN")));
        model.setRows({searchRow("A-1", "x", "", "", -5, 0), untrusted});
        QCOMPARE(model.accountNumberAt(0), QStringLiteral("A-3"));
        const QModelIndex balance = model.index(0, AccountSearchModel::Balance);
        QCOMPARE(balance.data().toString(), QStringLiteral("Unavailable"));
        QVERIFY(!balance.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(balance.data(Qt::AccessibleDescriptionRole), balance.data(Qt::ToolTipRole));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void recordModelAppendsBatchesAndFetchesMore()
    {
        const AccountSectionSpec spec = accountSection(QStringLiteral("transactions"));
        QVERIFY(!spec.columns.isEmpty());
        RecordTableModel model(spec.columns);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy wantMore(&model, &RecordTableModel::fetchMoreRequested);
        QJsonArray page;
        for (int i = 0; i < 100; ++i)
            page.append(QJsonObject{{"__typename", "Charge"},
                                    {"postedDate", "2025-11-12"},
                                    {"title", "Electricity"},
                                    {"amount", 24626 + i},
                                    {"balanceCarriedForward", -48712},
                                    {"isReversed", false}});
        model.appendRecords(page);
        QCOMPARE(inserted.size(), 1); // one batch, one insert
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("12 Nov 2025"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("-$246.26")); // a charge
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("-$487.12"));
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("No"));
        QVERIFY(!model.canFetchMore({}));
        model.setMoreAvailable(true);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(wantMore.size(), 1);
        QVERIFY(!model.canFetchMore({})); // until the next page says there is more
        model.appendRecords(page);
        QCOMPARE(model.rowCount(), 200);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The AccountOverview answer as Kraken (Origin AU) shapes it: life support as
    // hasLifeSupportRecord + records, meter points with identifier + nmiChecksum, and the
    // users from getUsersForAccounts with their special-circumstance records.
    void overviewParsesHeaderFlagsAndContacts()
    {
        const QJsonObject data = json(R"({"account": {
          "number": "A-2B7E41C9", "status": "ACTIVE", "brand": "RED_ENERGY", "balance": -48712,
          "overdueBalance": 31240, "billingName": "Mrs Bronwyn Tregellas", "isInHardship": true,
          "activeHardshipAgreements": [{"id": "60000", "hardshipType": "REDUCED_INCOME", "startDate": "2025-06-01"}],
          "lifeSupport": {"hasLifeSupportRecord": true, "records": [
            {"id": "50000", "lifeSupportStatus": "REGISTERED_MEDICAL_CONFIRMATION", "lifeSupportEquipment": "OXYGEN_CONCENTRATOR"}]},
          "properties": [{"address": "17 Illawarra Road", "meterPoints": [
            {"__typename": "MeterPointType", "identifier": "4102918273", "nmiChecksum": "9", "sensitiveLoad": true, "lnsp": {"displayName": "Ausgrid"}},
            {"__typename": "GasMeterPointType", "identifier": "5238174650", "distributor": {"displayName": "Jemena Gas Networks"}},
            {"__typename": "WaterMeterPointType", "identifier": "W-1001"}]}]},
          "getUsersForAccounts": [{"id": "300000", "title": "Mrs", "givenName": "Bronwyn", "familyName": "Tregellas",
                     "email": "bronwyn.tregellas@bigpond.com", "mobile": "+61491570156",
                     "landline": "+61255501234", "dateOfBirth": "1951-03-14",
                     "specialCircumstances": {"records": [
                       {"id": "0-sc-hardship", "summary": "Financial hardship", "expiryDate": "2026-04-04"}]}}]
        })");
        const AccountOverview overview =
            AccountOverview::fromJson(data.value(QLatin1String("account")).toObject(),
                                      data.value(QLatin1String("getUsersForAccounts")).toArray());
        QCOMPARE(overview.number, QStringLiteral("A-2B7E41C9"));
        QCOMPARE(overview.brand, QStringLiteral("Red Energy"));
        QVERIFY(overview.balanceCents.isAvailable());
        QCOMPARE(overview.balanceCents.value(), -48712);
        QVERIFY(overview.overdueCents.isAvailable());
        QCOMPARE(overview.overdueCents.value(), 31240);
        QVERIFY(overview.hasFlag(QStringLiteral("lifeSupport")));
        QVERIFY(overview.hasFlag(QStringLiteral("hardship")));
        QVERIFY(overview.hasFlag(QStringLiteral("vulnerability")));
        QCOMPARE(overview.flags.first().id, QStringLiteral("lifeSupport"));
        QVERIFY(overview.flags.first().detail.contains(QStringLiteral("Oxygen concentrator")));
        QVERIFY(overview.flags.at(1).detail.contains(QStringLiteral("Reduced income")));
        QVERIFY(overview.flags.at(2).detail.contains(
            QStringLiteral("Financial hardship (until 4 Apr 2026)")));
        QCOMPARE(overview.supplyPoints.size(), 2); // no copy button for the water point
        QCOMPARE(overview.supplyPoints.at(0).kind, QStringLiteral("NMI"));
        QCOMPARE(overview.supplyPoints.at(0).identifier, QStringLiteral("4102918273"));
        QCOMPARE(overview.supplyPoints.at(0).checksum, QStringLiteral("9"));
        QCOMPARE(overview.supplyPoints.at(0).distributor, QStringLiteral("Ausgrid"));
        QCOMPARE(overview.supplyPoints.at(1).kind, QStringLiteral("MIRN"));
        QCOMPARE(overview.supplyPoints.at(1).checksum, QStringLiteral("3")); // computed
        QCOMPARE(overview.supplyPoints.at(1).distributor, QStringLiteral("Jemena Gas Networks"));
        QCOMPARE(overview.contacts.size(), 1);
        QCOMPARE(overview.contacts.first().name, QStringLiteral("Mrs Bronwyn Tregellas"));

        const AccountOverview plain =
            AccountOverview::fromJson(json(R"({"number": "A-1", "balance": 100,
              "lifeSupport": {"hasLifeSupportRecord": false, "records": []}})"));
        QVERIFY(plain.flags.isEmpty());
    }

    // The NMI's sensitive-load mark alone is enough for the life-support banner.
    void lifeSupportShowsFromTheMeterPointAlone()
    {
        const AccountOverview overview = AccountOverview::fromJson(json(R"({"number": "A-2",
          "lifeSupport": null,
          "properties": [{"meterPoints": [{"identifier": "4102918273", "nmiChecksum": "9", "sensitiveLoad": true}]}]})"));
        QVERIFY(overview.hasFlag(QStringLiteral("lifeSupport")));
        QVERIFY(overview.flags.first().detail.contains(QStringLiteral("Registered life support")));
    }

    // Every column of a section reads a field its operation selects (a renamed field would
    // otherwise show as an empty column, not an error).
    void sectionColumnsReadSelectedFields()
    {
        for (const AccountSectionSpec &spec : accountSections()) {
            const QString document = kac::api::Operation::load(spec.operationName).document;
            QVERIFY2(!document.isEmpty(), qPrintable(spec.operationName));
            for (const RecordColumn &column : spec.columns) {
                if (column.path == QLatin1String("__typename"))
                    continue;
                for (const QString &key : column.path.split(QLatin1Char('.'))) {
                    const QRegularExpression field(QStringLiteral("\\b%1\\b").arg(key));
                    QVERIFY2(field.match(document).hasMatch(),
                             qPrintable(spec.operationName + QLatin1Char(' ') + column.path));
                }
            }
        }
    }

    void piiIsMaskedUntilRevealed()
    {
        QCOMPARE(maskEmail(QStringLiteral("bronwyn.tregellas@bigpond.com")),
                 QStringLiteral("b•••@bigpond.com"));
        QCOMPARE(maskPhone(QStringLiteral("+61491570156")), QStringLiteral("•••• ••• 156"));
        QCOMPARE(displayPhone(QStringLiteral("+61491570156")), QStringLiteral("0491 570 156"));
        QCOMPARE(displayPhone(QStringLiteral("+61255501234")), QStringLiteral("(02) 5550 1234"));
        QCOMPARE(maskPhone(QStringLiteral("+61255501234")), QStringLiteral("(••) •••• •234"));
        QVERIFY(!maskDate(QStringLiteral("1951-03-14")).contains(QLatin1Char('1')));
        QCOMPARE(displayDate(QStringLiteral("1951-03-14")), QStringLiteral("14 Mar 1951"));
    }

    void everySectionIsDescribed()
    {
        const QList<AccountSectionSpec> sections = accountSections();
        QVERIFY(sections.size() >= 11);
        for (const AccountSectionSpec &spec : sections) {
            QVERIFY2(!spec.operationName.isEmpty() && !spec.columns.isEmpty() &&
                         !spec.emptyText.isEmpty() && spec.pageSize <= 100,
                     qPrintable(spec.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
