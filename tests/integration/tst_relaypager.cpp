#include "api/RelayPager.h"
#include "api/Transport.h"
#include "support/SignedInSandbox.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kac::api;

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
};

QTEST_GUILESS_MAIN(TestRelayPager)
#include "tst_relaypager.moc"
