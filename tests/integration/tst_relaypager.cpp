#include "api/RelayPager.h"
#include "api/Transport.h"
#include "models/PagedLoader.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/RecordTableModel.h"
#include "support/SignedInSandbox.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kac::api;
using kac::models::LoadState;
using kac::models::PagedLoader;

namespace {

const QString Transactions = QStringLiteral("AccountTransactions");
const QStringList TransactionsPath = {QStringLiteral("account"), QStringLiteral("transactions")};
const QString BigLedger = QStringLiteral("A-5C19D3E8");   // 12,480 transactions
const QString SmallLedger = QStringLiteral("A-9A63F05B"); // a few dozen

// A model that only holds rows, watched by QAbstractItemModelTester throughout.
struct Rows
{
    kac::models::RecordTableModel model{
        kac::models::accountSection(QStringLiteral("transactions")).columns};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

// The generic Relay pager through a real connection in the sandbox.
class TestRelayPager : public QObject
{
    Q_OBJECT
private:
    kac::test::SignedInSandbox m_env;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        const QString failure =
            m_env.start({QStringLiteral("--allow-faults")}, kac::test::SignedInSandbox::Via::Token);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void pagesThroughAConnection()
    {
        RelayPager pager(&m_env.transport, Operation::load(QStringLiteral("AccountTransactions")),
                         {{QStringLiteral("accountNumber"), QStringLiteral("A-9A63F05B")}},
                         {QStringLiteral("account"), QStringLiteral("transactions")}, 25);
        QSignalSpy pages(&pager, &RelayPager::pageLoaded);
        QSignalSpy loading(&pager, &RelayPager::loadingChanged);
        QVERIFY(pager.canFetchMore());
        pager.fetchNext();
        QVERIFY(pager.isLoading());
        QVERIFY(!pager.canFetchMore());
        pager.fetchNext(); // ignored while loading
        QVERIFY(pages.wait(10000));
        QVERIFY(!pager.isLoading());
        const QJsonArray first = pages.first().at(0).toJsonArray();
        const int total = pages.first().at(2).toInt();
        QCOMPARE(first.size(), qMin(25, total));
        QSet<QString> ids;
        for (const QJsonValue &node : first)
            ids << node["id"].toString();

        if (total > 25) {
            QVERIFY(pages.first().at(1).toBool());
            pager.fetchNext();
            QVERIFY(pages.wait(10000));
            for (const QJsonValue &node : pages.last().at(0).toJsonArray())
                QVERIFY2(!ids.contains(node["id"].toString()), "second page repeats the first");
            QCOMPARE(pager.loadedCount(), qMin(50, total));
        }
        QCOMPARE(loading.first().first().toBool(), true);
        QCOMPARE(loading.last().first().toBool(), false);
    }

    // Kraken refuses `first` of 100 or more (the sandbox too): a larger page size asks for 99.
    void pageSizeStaysBelowKrakensLimit()
    {
        RelayPager pager(&m_env.transport, Operation::load(QStringLiteral("AccountTransactions")),
                         {{QStringLiteral("accountNumber"), QStringLiteral("A-5C19D3E8")}},
                         {QStringLiteral("account"), QStringLiteral("transactions")}, 500);
        QSignalSpy pages(&pager, &RelayPager::pageLoaded);
        QSignalSpy failed(&pager, &RelayPager::failed);
        pager.fetchNext();
        QVERIFY(QTest::qWaitFor([&] { return !pages.isEmpty() || !failed.isEmpty(); }, 10000));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty()
                                ? QString()
                                : failed.first().first().value<ApiError>().technicalDetail));
        QCOMPARE(pages.first().at(0).toJsonArray().size(), RelayPager::kMaxPageSize);
        const QJsonObject sent = m_env.sandbox.requestLog().constLast();
        QCOMPARE(sent.value(QLatin1String("variables"))[QLatin1String("first")].toInt(),
                 RelayPager::kMaxPageSize);
    }

    void failureClearsLoading()
    {
        RelayPager pager(&m_env.transport, Operation::load(QStringLiteral("AccountTransactions")),
                         {{QStringLiteral("accountNumber"), QStringLiteral("A-00000000")}},
                         {QStringLiteral("account"), QStringLiteral("transactions")}, 25);
        QSignalSpy failed(&pager, &RelayPager::failed);
        pager.fetchNext();
        QVERIFY(failed.wait(10000));
        QVERIFY(!pager.isLoading());
        QCOMPARE(failed.first().first().value<ApiError>().errorCode, QStringLiteral("KT-CT-4177"));
    }

    // The one paging stack (models/PagedLoader) filling a model that only holds rows.
    // A later page that fails keeps the rows shown, says why (pageError) and stops the view
    // from asking again until retry(), which asks for that page; the loading flag clears.
    void loaderKeepsRowsWhenALaterPageFails()
    {
        Rows rows;
        PagedLoader loader(&m_env.transport, &rows.model, Transactions, TransactionsPath, 25);
        QSignalSpy pageFailed(&loader, &PagedLoader::pageFailed);
        loader.start({{QStringLiteral("accountNumber"), BigLedger}});
        QTRY_VERIFY_WITH_TIMEOUT(loader.state() == LoadState::Loaded, 10000);
        QCOMPARE(rows.model.rowCount(), 25);
        QVERIFY(rows.model.canFetchMore({}));

        QVERIFY(m_env.sandbox.setFault(QStringLiteral("http-503;op=AccountTransactions")));
        rows.model.fetchMore({}); // the view scrolled to the end
        QVERIFY(loader.isLoading());
        QVERIFY(pageFailed.wait(10000));
        QVERIFY(m_env.sandbox.setFault({}));
        QVERIFY(!loader.isLoading());
        QVERIFY(!rows.model.isLoading());
        QCOMPARE(loader.state(), LoadState::Loaded); // the rows stay
        QCOMPARE(rows.model.rowCount(), 25);
        QVERIFY(!loader.pageError().isNone());
        QVERIFY(loader.error().isNone());
        QVERIFY(!rows.model.canFetchMore({})); // no hammering a failing server
        QVERIFY(!loader.canFetchMore());

        loader.retry(); // the page that failed, under the rows shown
        QCOMPARE(loader.state(), LoadState::Loaded);
        QTRY_COMPARE_WITH_TIMEOUT(rows.model.rowCount(), 50, 10000);
        QVERIFY(loader.pageError().isNone());
        QVERIFY(!loader.isLoading());
    }

    // Out of sight mid-page: the page is dropped without an error and asked for again later;
    // a first page dropped leaves the loader Idle with nothing in the model.
    void loaderSuspendsMidPage()
    {
        Rows rows;
        PagedLoader loader(&m_env.transport, &rows.model, Transactions, TransactionsPath, 25);
        QSignalSpy pages(&loader, &PagedLoader::pageLoaded);
        loader.start({{QStringLiteral("accountNumber"), BigLedger}});
        loader.suspend(); // the first page
        QCOMPARE(loader.state(), LoadState::Idle);
        QVERIFY(!loader.isLoading());
        QVERIFY(!rows.model.isLoading());

        loader.start({{QStringLiteral("accountNumber"), BigLedger}});
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.size(), 1); // the dropped first page never arrived
        rows.model.fetchMore({});
        QVERIFY(loader.isLoading());
        loader.suspend(); // a later page
        QVERIFY(!loader.isLoading());
        QVERIFY(!rows.model.isLoading());
        QCOMPARE(loader.state(), LoadState::Loaded);
        QVERIFY(loader.pageError().isNone()); // out of sight is not a failure
        QCOMPARE(rows.model.rowCount(), 25);
        QVERIFY(rows.model.canFetchMore({})); // shown again: the view asks for it again
        rows.model.fetchMore({});
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(rows.model.rowCount(), 50);
    }

    // New variables (a new filter) drop a page still on its way for the old ones: it can never
    // land in the model.
    void loaderDropsAStalePageOnNewVariables()
    {
        Rows rows;
        PagedLoader loader(&m_env.transport, &rows.model, Transactions, TransactionsPath, 25);
        QSignalSpy pages(&loader, &PagedLoader::pageLoaded);
        loader.start({{QStringLiteral("accountNumber"), BigLedger}});
        QVERIFY(pages.wait(10000));
        const int bigTotal = loader.totalCount();
        rows.model.fetchMore({}); // BigLedger's second page is on its way...
        QVERIFY(loader.isLoading());
        loader.start(
            {{QStringLiteral("accountNumber"), SmallLedger}}); // ...when the filter changes
        QCOMPARE(loader.state(), LoadState::Loading);
        QCOMPARE(rows.model.rowCount(), 0);
        QVERIFY(pages.wait(10000));
        const int smallTotal = loader.totalCount();
        QVERIFY(smallTotal != bigTotal);
        QCOMPARE(rows.model.rowCount(), qMin(25, smallTotal));
        // One more round trip on the same transport: the dropped page still does not come.
        QVERIFY(smallTotal > 25);
        rows.model.fetchMore({});
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.size(), 3);
        QCOMPARE(loader.totalCount(), smallTotal);
        QCOMPARE(rows.model.rowCount(), qMin(50, smallTotal));
    }

    // fetchAll() keeps asking until the last page: every row once, complete, not loading.
    void loaderFetchesAllToTheEnd()
    {
        Rows rows;
        PagedLoader loader(&m_env.transport, &rows.model, Transactions, TransactionsPath, 10);
        QSignalSpy all(&loader, &PagedLoader::allLoaded);
        QSignalSpy appended(&loader, &PagedLoader::pageAppended);
        loader.start({{QStringLiteral("accountNumber"), SmallLedger}});
        QVERIFY(!loader.fetchesAll());
        loader.fetchAll(); // nothing asked while the first page is on its way
        QVERIFY(loader.fetchesAll());
        QVERIFY(all.wait(20000));
        const int total = loader.totalCount();
        QVERIFY2(total > 20, "the account should need several pages");
        QCOMPARE(rows.model.rowCount(), total);
        QCOMPARE(appended.size(), (total + 9) / 10);
        QCOMPARE(appended.last().at(2).toBool(), true); // the last page says so
        QVERIFY(loader.isComplete());
        QVERIFY(!loader.isLoading());
        QVERIFY(!loader.canFetchMore());
        QVERIFY(!rows.model.canFetchMore({}));
        QCOMPARE(loader.state(), LoadState::Loaded);
    }
};

QTEST_GUILESS_MAIN(TestRelayPager)
#include "tst_relaypager.moc"
