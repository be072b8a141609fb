// The account tab's transactions pane and tab title against the real sandbox, with real
// widgets: Kraken's posted-date order across pages, sorting (Posted on the server, the other
// columns among the loaded rows), signed amounts, the From/To filter Kraken applies, Ctrl+End
// keeping the date in view, and a business tab named by its trading name.
#include "models/accounts/AccountService.h"
#include "models/accounts/RecordTableModel.h"
#include "models/accounts/SectionLoader.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "ui/AccountTab.h"
#include "ui/DateRangeBar.h"
#include "ui/SectionPane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using kac::models::AccountService;
using kac::models::RecordTableModel;
using kac::models::SectionLoader;
using kac::ui::SectionPane;

namespace {

enum Column
{
    Posted,
    Type,
    Title,
    Amount,
    BalanceAfter
};

} // namespace

class TestAccountPanes : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;

    static bool waitForSection(SectionLoader *loader)
    {
        return QTest::qWaitFor([&] { return !loader->isLoading(); }, 20000);
    }

    QJsonObject lastVariables(const QString &operation) const
    {
        QJsonObject last;
        for (const QJsonObject &line : m_sandbox.requestLog()) {
            if (line.value(QLatin1String("operationName")).toString() == operation)
                last = line.value(QLatin1String("variables")).toObject();
        }
        return last;
    }

    // The Dimitri's bakehouse transactions (12,480) in a pane on screen, first page loaded.
    struct Transactions
    {
        explicit Transactions(kac::api::Transport *transport)
            : service(transport, QStringLiteral("A-5C19D3E8"))
            , pane(service.section(QStringLiteral("transactions")), nullptr)
            , sourceTester(pane.loader()->model(),
                           QAbstractItemModelTester::FailureReportingMode::QtTest)
            , viewTester(pane.view()->model(),
                         QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            pane.resize(1000, 600);
            pane.show();
            pane.setShown(true);
        }
        QAbstractItemModel *rows() const { return pane.view()->model(); }
        QString cell(int row, int column) const
        {
            return rows()->index(row, column).data().toString();
        }
        QString posted(int row) const // ISO, for comparing
        {
            return rows()->index(row, Posted).data(RecordTableModel::SortRole).toString();
        }
        AccountService service;
        SectionPane pane;
        QAbstractItemModelTester sourceTester;
        QAbstractItemModelTester viewTester;
    };

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure()));
        QVERIFY(m_client.signIn(m_sandbox.url()));
    }

    void postedIsNewestFirstAcrossPages()
    {
        Transactions t(&m_client.transport);
        SectionLoader *loader = t.pane.loader();
        QVERIFY(waitForSection(loader));
        for (int page = 1; page < 8 && loader->canFetchMore(); ++page) {
            t.rows()->fetchMore({}); // what scrolling to the bottom does
            QVERIFY(waitForSection(loader));
        }
        QVERIFY(t.rows()->rowCount() > 700);
        for (int row = 1; row < t.rows()->rowCount(); ++row)
            QVERIFY2(t.posted(row) <= t.posted(row - 1),
                     qPrintable(QStringLiteral("row %1 (%2) after row %3 (%4)")
                                    .arg(row)
                                    .arg(t.posted(row))
                                    .arg(row - 1)
                                    .arg(t.posted(row - 1))));
    }

    void amountsShowWhetherTheyChargeOrCredit()
    {
        Transactions t(&m_client.transport);
        QVERIFY(waitForSection(t.pane.loader()));
        QSet<QString> types;
        for (int row = 0; row < t.rows()->rowCount(); ++row) {
            const QString type = t.cell(row, Type);
            const QString amount = t.cell(row, Amount);
            types << type;
            if (type == QLatin1String("Charge") || type == QLatin1String("Refund"))
                QVERIFY2(amount.startsWith(QLatin1String("-$")), qPrintable(type + amount));
            else
                QVERIFY2(amount.startsWith(QLatin1String("+$")), qPrintable(type + amount));
            // The sign is the balance's: the balance before plus this amount is the one after.
            if (row + 1 < t.rows()->rowCount()) {
                const qint64 after = t.rows()
                                         ->index(row, BalanceAfter)
                                         .data(RecordTableModel::SortRole)
                                         .toLongLong();
                const qint64 before = t.rows()
                                          ->index(row + 1, BalanceAfter)
                                          .data(RecordTableModel::SortRole)
                                          .toLongLong();
                const qint64 signedAmount =
                    t.rows()->index(row, Amount).data(RecordTableModel::SortRole).toLongLong();
                QCOMPARE(before + signedAmount, after);
            }
            QCOMPARE(t.rows()->index(row, Amount).data(Qt::TextAlignmentRole).toInt() &
                         Qt::AlignRight,
                     int(Qt::AlignRight));
        }
        QVERIFY(types.contains(QStringLiteral("Charge")));
        QVERIFY(types.contains(QStringLiteral("Payment")));
    }

    void postedHeaderSortsEveryPageOnTheServer()
    {
        Transactions t(&m_client.transport);
        SectionLoader *loader = t.pane.loader();
        QVERIFY(waitForSection(loader));
        const int total = loader->totalCount();
        QHeaderView *header = t.pane.view()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(Posted));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder); // as Kraken sends them
        const QString newest = t.posted(0);

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(Posted) + 10, 5));
        QTRY_COMPARE(lastVariables(QStringLiteral("AccountTransactions"))
                         .value(QLatin1String("orderBy"))
                         .toString(),
                     QStringLiteral("POSTED_DATE_ASC"));
        QVERIFY(waitForSection(loader));
        QTRY_VERIFY(t.rows()->rowCount() > 0);
        QCOMPARE(loader->totalCount(), total);
        QVERIFY2(t.posted(0) < newest, qPrintable(t.posted(0)));
        for (int row = 1; row < t.rows()->rowCount(); ++row)
            QVERIFY(t.posted(row) >= t.posted(row - 1));
        QCOMPARE(t.posted(0), QStringLiteral("2017-11-12")); // the account's first (the oldest)

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(Posted) + 10, 5));
        QTRY_COMPARE(lastVariables(QStringLiteral("AccountTransactions"))
                         .value(QLatin1String("orderBy"))
                         .toString(),
                     QStringLiteral("POSTED_DATE_DESC"));
        QVERIFY(waitForSection(loader));
        QTRY_VERIFY(t.rows()->rowCount() > 0);
        QCOMPARE(t.posted(0), newest);
    }

    void otherHeadersSortTheLoadedRowsAndSaySo()
    {
        Transactions t(&m_client.transport);
        SectionLoader *loader = t.pane.loader();
        QVERIFY(waitForSection(loader));
        const int loaded = t.rows()->rowCount();
        QSignalSpy reset(loader->model(), &QAbstractItemModel::modelReset);
        QHeaderView *header = t.pane.view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(Amount) + 10, 5));
        QCOMPARE(header->sortIndicatorSection(), int(Amount));
        auto sortedByAmount = [&t] {
            for (int row = 1; row < t.rows()->rowCount(); ++row) {
                if (t.rows()->index(row, Amount).data(RecordTableModel::SortRole).toLongLong() <
                    t.rows()->index(row - 1, Amount).data(RecordTableModel::SortRole).toLongLong())
                    return false;
            }
            return true;
        };
        QVERIFY(sortedByAmount());
        QVERIFY2(t.pane.footer()->text().contains(QLatin1String("sorted by Amount among the rows "
                                                                "loaded so far")),
                 qPrintable(t.pane.footer()->text()));
        // Sorted here: Kraken is not asked to start over (it cannot order by amount).
        QVERIFY(waitForSection(loader));
        QCOMPARE(reset.size(), 0);
        QVERIFY(!lastVariables(QStringLiteral("AccountTransactions"))
                     .contains(QLatin1String("orderBy")));
        // The next page joins the sort.
        const int before = t.rows()->rowCount();
        QVERIFY(before >= loaded);
        t.rows()->fetchMore({});
        QVERIFY(waitForSection(loader));
        QVERIFY(t.rows()->rowCount() > before);
        QVERIFY(sortedByAmount());
    }

    void dateFilterAsksKrakenForThatRange()
    {
        Transactions t(&m_client.transport);
        SectionLoader *loader = t.pane.loader();
        QVERIFY(waitForSection(loader));
        const int all = loader->totalCount();
        kac::ui::DateRangeBar *filter = t.pane.dateFilter();
        QVERIFY(filter);
        QVERIFY(filter->isVisible());
        filter->rangeSwitch()->setChecked(true);
        filter->fromEdit()->setDate(QDate(2025, 3, 1));
        filter->toEdit()->setDate(QDate(2025, 3, 31));
        QTest::mouseClick(filter->showButton(), Qt::LeftButton);
        QTRY_COMPARE(lastVariables(QStringLiteral("AccountTransactions"))
                         .value(QLatin1String("fromDate"))
                         .toString(),
                     QStringLiteral("2025-03-01"));
        // The agent's last day is included: Kraken's toDate is the day after.
        QCOMPARE(lastVariables(QStringLiteral("AccountTransactions"))
                     .value(QLatin1String("toDate"))
                     .toString(),
                 QStringLiteral("2025-04-01"));
        QVERIFY(waitForSection(loader));
        QTRY_VERIFY(loader->totalCount() > 0);
        QVERIFY(loader->totalCount() < all);
        while (loader->canFetchMore()) {
            t.rows()->fetchMore({});
            QVERIFY(waitForSection(loader));
        }
        QCOMPARE(t.rows()->rowCount(), loader->totalCount());
        QCOMPARE(t.posted(0), QStringLiteral("2025-03-31"));
        QCOMPARE(t.posted(t.rows()->rowCount() - 1), QStringLiteral("2025-03-01"));

        // Off again: everything.
        filter->rangeSwitch()->setChecked(false);
        QVERIFY(waitForSection(loader));
        QTRY_COMPARE(loader->totalCount(), all);
        QVERIFY(!lastVariables(QStringLiteral("AccountTransactions"))
                     .contains(QLatin1String("fromDate")));
    }

    void ctrlEndKeepsTheDateInView()
    {
        Transactions t(&m_client.transport);
        t.pane.resize(420, 400); // narrower than the columns: the table scrolls sideways
        QVERIFY(waitForSection(t.pane.loader()));
        QTableView *view = t.pane.view();
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);
        view->setFocus();
        view->setCurrentIndex(t.rows()->index(0, Posted));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), t.rows()->rowCount() - 1);
        QCOMPARE(view->currentIndex().column(), int(Posted));
        QCOMPARE(view->horizontalScrollBar()->value(), 0);
        QVERIFY(view->visualRect(view->currentIndex()).intersects(view->viewport()->rect()));
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->horizontalScrollBar()->value(), 0);
    }

    void tabTitlesNameTheCustomerSensibly_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("title");
        QTest::newRow("business") << "A-5C19D3E8"
                                  << "A-5C19D3E8 Kalogeropoulos Bakehouse";
        QTest::newRow("person") << "A-2B7E41C9"
                                << "A-2B7E41C9 Tregellas";
    }

    void tabTitlesNameTheCustomerSensibly()
    {
        QFETCH(QString, number);
        QFETCH(QString, title);
        kac::ui::AccountTab tab({&m_client.transport, &m_client.session, nullptr, nullptr}, number);
        QSignalSpy titled(&tab, &kac::ui::AccountTab::titleChanged);
        tab.start();
        QVERIFY(titled.wait(15000));
        QCOMPARE(titled.last().first().toString(), title);
        QCOMPARE(tab.tabTitle(), title);
    }
};

QTEST_MAIN(TestAccountPanes)
#include "tst_account_panes.moc"
