#include "models/AgentWords.h"
#include "models/PagedLoader.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "support/SignedInSandbox.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>

using namespace kac::models;
using State = PagedLoader::State;

// The campaigns list and one campaign's items against the real sandbox: filters reach the
// request variables and change the rows; items page to the end; errors clear loading.
class TestCampaignService : public QObject
{
    Q_OBJECT
private:
    kac::test::SignedInSandbox m_env;

    QJsonObject lastListVariables() const
    {
        const QList<QJsonObject> lines = m_env.requests(QStringLiteral("VoiceCampaigns"));
        return lines.isEmpty() ? QJsonObject()
                               : lines.last().value(QLatin1String("variables")).toObject();
    }

    static QSet<QString> column(const QAbstractItemModel *model, int column)
    {
        QSet<QString> values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

private slots:
    // A fault one test sets never reaches the next.
    void cleanup() { m_env.network.clearFault(); }

    void initTestCase()
    {
        const QString failure =
            m_env.start({QStringLiteral("--allow-faults")}, kac::test::SignedInSandbox::Via::Token);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void listPagesThroughAllCampaigns()
    {
        CampaignService service(&m_env.transport);
        QAbstractItemModelTester tester(service.campaigns(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.setFilter({});
        QCOMPARE(service.campaignLoader()->state(), State::Loading);
        QVERIFY(service.campaigns()->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(service.campaignLoader()->state(), State::Loaded, 10000);
        QVERIFY(!service.campaigns()->isLoading());
        QCOMPARE(service.campaignLoader()->totalCount(), 24);
        QCOMPARE(service.campaigns()->rowCount(), 20);
        QVERIFY(service.campaigns()->canFetchMore({}));
        service.campaigns()->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(service.campaigns()->rowCount(), 24, 10000);
        QVERIFY(!service.campaigns()->canFetchMore({}));
        QCOMPARE(service.campaigns()->campaignIdAt(0), QStringLiteral("VC-1001"));
        const QModelIndex items = service.campaigns()->index(0, CampaignListModel::ItemCount);
        QCOMPARE(items.data().toString(), QLocale().toString(20000));
        QCOMPARE(service.campaigns()->index(0, CampaignListModel::Type).data().toString(),
                 QStringLiteral("Preview"));
        QCOMPARE(service.campaigns()->index(0, CampaignListModel::Progress).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(!lastListVariables().contains(QLatin1String("status")));
    }

    void filtersChangeVariablesAndRows_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("status") << "ACTIVE"
                                << ""
                                << "" << 15;
        QTest::newRow("inactive") << "INACTIVE"
                                  << ""
                                  << "" << 9;
        QTest::newRow("type") << ""
                              << "PREDICTIVE"
                              << "" << 13;
        QTest::newRow("name") << ""
                              << ""
                              << "collections" << 6;
        QTest::newRow("all three") << "ACTIVE"
                                   << "PREVIEW"
                                   << "Collections" << 4;
        QTest::newRow("nothing matches") << "INACTIVE"
                                         << "PREVIEW"
                                         << "solar" << 0;
    }

    void filtersChangeVariablesAndRows()
    {
        QFETCH(QString, status);
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(int, expectedRows);
        CampaignService service(&m_env.transport);
        QAbstractItemModelTester tester(service.campaigns(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.setFilter({status, type, name});
        QTRY_VERIFY_WITH_TIMEOUT(service.campaignLoader()->state() == State::Loaded ||
                                     service.campaignLoader()->state() == State::Empty,
                                 10000);
        QCOMPARE(service.campaigns()->rowCount(), expectedRows);
        QCOMPARE(service.campaignLoader()->state(), expectedRows ? State::Loaded : State::Empty);

        const QJsonObject variables = lastListVariables();
        QCOMPARE(variables.value(QLatin1String("status")).toString(), status);
        QCOMPARE(variables.value(QLatin1String("campaignType")).toString(), type);
        QCOMPARE(variables.value(QLatin1String("name")).toString(), name);
        QCOMPARE(variables.value(QLatin1String("first")).toInt(), 20);

        if (!status.isEmpty() && expectedRows)
            QCOMPARE(column(service.campaigns(), CampaignListModel::Status),
                     QSet<QString>{AgentWords::enumText(status)});
        if (!type.isEmpty() && expectedRows)
            QCOMPARE(column(service.campaigns(), CampaignListModel::Type),
                     QSet<QString>{AgentWords::enumText(type)});
        for (const QString &rowName : column(service.campaigns(), CampaignListModel::Name))
            QVERIFY2(rowName.contains(name, Qt::CaseInsensitive), qPrintable(rowName));
    }

    void aNewFilterDropsTheOldAnswer()
    {
        CampaignService service(&m_env.transport);
        service.setFilter({QStringLiteral("ACTIVE"), {}, {}});
        service.setFilter({QStringLiteral("INACTIVE"), {}, {}}); // before the first answers
        QTRY_COMPARE_WITH_TIMEOUT(service.campaignLoader()->state(), State::Loaded, 10000);
        QTest::qWait(200); // a late ACTIVE page would land here
        QCOMPARE(column(service.campaigns(), CampaignListModel::Status),
                 QSet<QString>{QStringLiteral("Inactive")});
    }

    // Every status and type the filter boxes offer, through the real service: the variables it
    // sends are Kraken's enum values (the sandbox validates them against the reference's
    // CampaignStatus and TypeOfVoiceCampaign) and the rows match them.
    void everyFilterOptionIsAKrakenEnumValue()
    {
        const QSet<QString> statuses{QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE")};
        const QSet<QString> types{QStringLiteral("PREVIEW"), QStringLiteral("PREDICTIVE")};
        QCOMPARE(CampaignFilter::statusOptions().first().first, QString()); // "any" first
        QCOMPARE(CampaignFilter::typeOptions().first().first, QString());
        for (const CampaignFilter::Option &status : CampaignFilter::statusOptions()) {
            for (const CampaignFilter::Option &type : CampaignFilter::typeOptions()) {
                CampaignService service(&m_env.transport);
                service.setFilter({status.first, type.first, {}});
                QTRY_VERIFY_WITH_TIMEOUT(service.campaignLoader()->state() == State::Loaded ||
                                             service.campaignLoader()->state() == State::Empty,
                                         10000);
                const QJsonObject variables = lastListVariables();
                QCOMPARE(variables.contains(QLatin1String("status")), !status.first.isEmpty());
                QCOMPARE(variables.contains(QLatin1String("campaignType")), !type.first.isEmpty());
                if (!status.first.isEmpty())
                    QVERIFY(statuses.contains(variables.value(QLatin1String("status")).toString()));
                if (!type.first.isEmpty())
                    QVERIFY(
                        types.contains(variables.value(QLatin1String("campaignType")).toString()));
                QVERIFY2(service.campaignLoader()->state() == State::Loaded,
                         qPrintable(status.first + QLatin1Char('/') + type.first));
                QVERIFY(!status.second.isEmpty() && !type.second.isEmpty());
            }
        }
    }

    void campaignHeaderAndFirstItems()
    {
        CampaignService service(&m_env.transport);
        QAbstractItemModelTester tester(service.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.openCampaign(QStringLiteral("VC-1001"));
        QTRY_COMPARE_WITH_TIMEOUT(service.detailState(), CampaignService::DetailState::Loaded,
                                  10000);
        const CampaignDetail &campaign = service.campaign();
        QCOMPARE(campaign.name, QStringLiteral("Collections -- 30+ days overdue"));
        QCOMPARE(campaign.campaignType, QStringLiteral("PREVIEW"));
        QCOMPARE(campaign.status, QStringLiteral("ACTIVE"));
        QVERIFY(!campaign.description.isEmpty());
        QVERIFY(campaign.outboundNumber.startsWith(QLatin1String("+61")));
        QVERIFY(campaign.preventDuplicates);
        QCOMPARE(campaign.tags.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(service.itemLoader()->state(), State::Loaded, 10000);
        QCOMPARE(service.itemLoader()->totalCount(), 20000);
        QCOMPARE(service.items()->rowCount(), 99);
        // The account number comes from the item's metadata; accountId is AccountType.id.
        QCOMPARE(service.items()->accountNumberAt(0), QStringLiteral("A-9A63F05B"));
        QCOMPARE(service.items()->accountNumberAt(1), QStringLiteral("A-2B7E41C9"));
        const CampaignItem &first = service.items()->itemAt(0);
        QVERIFY(!first.accountId.isEmpty());
        QCOMPARE(first.status, QStringLiteral("UNASSIGNED"));
        QVERIFY(first.isPending());
        QVERIFY(first.details.contains(QLatin1String("Overdue balance: ")));
        QVERIFY(!first.details.contains(QLatin1String("A-9A63F05B")));
        QCOMPARE(service.items()->index(0, CampaignItemModel::Account).data().toString(),
                 QStringLiteral("A-9A63F05B"));
        QCOMPARE(service.items()->index(0, CampaignItemModel::Status).data().toString(),
                 QStringLiteral("Unassigned"));
        QVERIFY(service.items()
                    ->index(0, CampaignItemModel::CallWindow)
                    .data()
                    .toString()
                    .contains(QStringLiteral(" – ")));
        // Phones are masked until revealed.
        const QString masked =
            service.items()->index(0, CampaignItemModel::Phone).data().toString();
        QVERIFY2(!masked.contains(QLatin1String("570 110")), qPrintable(masked));
        service.items()->setPhonesRevealed(true);
        QCOMPARE(service.items()->index(0, CampaignItemModel::Phone).data().toString(),
                 QStringLiteral("0491 570 110"));
    }

    void itemsPageToTheEndAndMatchTotalCount()
    {
        CampaignService service(&m_env.transport);
        QAbstractItemModelTester tester(service.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(service.campaignLoader()->state(), State::Loaded, 10000);
        service.openCampaign(QStringLiteral("VC-1002"));
        QTRY_COMPARE_WITH_TIMEOUT(service.itemLoader()->state(), State::Loaded, 10000);
        const int total = service.itemLoader()->totalCount();
        QCOMPARE(total, 1200);
        QSignalSpy progress(&service, &CampaignService::progressKnown);
        while (service.items()->canFetchMore({})) { // what a view scrolled to the bottom does
            service.items()->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!service.items()->isLoading(), 10000);
            QCOMPARE(service.itemLoader()->state(), State::Loaded);
        }
        QCOMPARE(service.items()->rowCount(), total);
        QSet<QString> ids;
        for (int row = 0; row < total; ++row)
            ids << service.items()->itemAt(row).id;
        QCOMPARE(ids.size(), total);
        int summarised = 0;
        for (int count : service.items()->outcomeCounts())
            summarised += count;
        QCOMPARE(summarised, total);
        QCOMPARE(progress.count(), 1);
        const double expected = double(total - service.items()->pendingCount()) / total;
        QCOMPARE(progress.first().at(1).toDouble(), expected);
        const QModelIndexList found = service.campaigns()->match(
            service.campaigns()->index(0, 0), CampaignListModel::CampaignIdRole,
            QStringLiteral("VC-1002"), 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().data(CampaignListModel::ProgressRole).toDouble(), expected);
    }

    void loadAllItemsSummarisesEverything()
    {
        CampaignService service(&m_env.transport);
        service.openCampaign(QStringLiteral("VC-1006")); // 310 items: 4 pages
        QTRY_COMPARE_WITH_TIMEOUT(service.itemLoader()->state(), State::Loaded, 10000);
        service.loadAllItems();
        QTRY_COMPARE_WITH_TIMEOUT(service.items()->rowCount(), 310, 20000);
        QTRY_VERIFY(!service.isLoadingAllItems());
    }

    void unknownCampaignFailsWithItsCode()
    {
        CampaignService service(&m_env.transport);
        service.openCampaign(QStringLiteral("VC-9999"));
        QTRY_COMPARE_WITH_TIMEOUT(service.detailState(), CampaignService::DetailState::Failed,
                                  10000);
        QCOMPARE(service.detailError().errorCode, QStringLiteral("KT-CT-11501"));
        QTRY_COMPARE_WITH_TIMEOUT(service.itemLoader()->state(), State::Failed, 10000);
        QVERIFY(!service.items()->isLoading());
    }

    void failedPageClearsLoadingAndRetries()
    {
        CampaignService service(&m_env.transport);
        QAbstractItemModelTester tester(service.campaigns(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_env.network.setFault("malformed-json");
        service.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(service.campaignLoader()->state(), State::Failed, 15000);
        QVERIFY(!service.campaigns()->isLoading());
        QCOMPARE(service.campaignLoader()->error().kind,
                 kac::api::ApiError::Kind::MalformedResponse);
        m_env.network.clearFault();
        service.campaignLoader()->retry();
        QTRY_COMPARE_WITH_TIMEOUT(service.campaignLoader()->state(), State::Loaded, 10000);
        QCOMPARE(service.campaigns()->rowCount(), 20);
    }
};

QTEST_GUILESS_MAIN(TestCampaignService)
#include "tst_campaign_service.moc"
