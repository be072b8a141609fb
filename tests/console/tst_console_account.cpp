#include "api/RelayPager.h"
#include "models/AgentWords.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SectionLoader.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "ui/AccountHeaderWidget.h"
#include "ui/AccountTab.h"
#include "ui/PaneStateWidget.h"
#include "ui/SectionPane.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using kac::models::AccountService;
using kac::models::SectionLoader;
using kac::ui::AccountTab;
using kac::ui::PaneStateWidget;

// An account tab against the real sandbox: the header in one round trip with the fixed
// accounts' values and flags, sections loaded lazily, transactions paged to the end, and
// errors that recover with Retry.
class TestConsoleAccount : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;

    kac::ui::ConsoleContext context()
    {
        return {&m_client.transport, &m_client.session, nullptr, nullptr};
    }

    static bool waitForAccount(AccountTab &tab)
    {
        return QTest::qWaitFor(
            [&] {
                const auto state = tab.service()->state();
                return state == AccountService::State::Loaded ||
                       state == AccountService::State::Failed;
            },
            15000);
    }

    static bool waitForSection(SectionLoader *loader)
    {
        return QTest::qWaitFor([&] { return !loader->isLoading(); }, 15000);
    }

    int logged(const QString &operation, const QString &accountNumber) const
    {
        int count = 0;
        for (const QJsonObject &line : m_sandbox.requestLog()) {
            if (line.value(QLatin1String("operationName")).toString() == operation &&
                line.value(QLatin1String("variables"))
                        .toObject()
                        .value(QLatin1String("accountNumber"))
                        .toString() == accountNumber)
                ++count;
        }
        return count;
    }

private slots:
    // A fault one test sets never reaches the next.
    void cleanup() { m_client.network.clearFault(); }

    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-faults")}),
                 qPrintable(m_sandbox.failure()));
        QVERIFY(m_client.signIn(m_sandbox.url()));
    }

    void headerMatchesTheFixedAccounts_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("balance");
        QTest::addColumn<QString>("overdue");
        QTest::addColumn<QStringList>("banners");
        QTest::newRow("Bronwyn") << "A-2B7E41C9"
                                 << "ACTIVE"
                                 << "Mrs Bronwyn Tregellas"
                                 << "$487.12 owing"
                                 << "$312.40"
                                 << QStringList{"Life support", "Hardship", "Vulnerable customer"};
        QTest::newRow("Dimitri") << "A-5C19D3E8"
                                 << "ACTIVE"
                                 << "Kalogeropoulos Bakehouse Pty Ltd"
                                 << "$1,523.80 in credit"
                                 << "$0.00" << QStringList{};
        QTest::newRow("Rajesh") << "A-9A63F05B"
                                << "ACTIVE"
                                << "Mr Rajesh Venkataraman"
                                << "$1,264.55 owing"
                                << "$982.10" << QStringList{};
        QTest::newRow("Hollie") << "A-3C8F17A4"
                                << "PENDING"
                                << "Miss Hollie Pemberton"
                                << "$0.00"
                                << "$0.00" << QStringList{};
        QTest::newRow("Ngaire") << "A-4E2A9C07"
                                << "WITHDRAWN"
                                << "Dr Ngaire Blackwood"
                                << "$0.00"
                                << "$0.00" << QStringList{};
    }

    void headerMatchesTheFixedAccounts()
    {
        QFETCH(QString, number);
        QFETCH(QString, status);
        QFETCH(QString, customer);
        QFETCH(QString, balance);
        QFETCH(QString, overdue);
        QFETCH(QStringList, banners);
        AccountTab tab(context(), number);
        tab.resize(1100, 700);
        tab.show();
        QSignalSpy painted(&tab, &AccountTab::headerPainted);
        const int before = logged(QStringLiteral("AccountOverview"), number);
        tab.start();
        QVERIFY(waitForAccount(tab));
        QCOMPARE(tab.service()->state(), AccountService::State::Loaded);
        QVERIFY(painted.wait(5000) || !painted.isEmpty());
        kac::ui::AccountHeaderWidget *header = tab.header();
        QCOMPARE(header->fieldText(QStringLiteral("accountNumber")), number);
        QCOMPARE(header->fieldText(QStringLiteral("accountStatus")),
                 kac::models::AgentWords::enumText(status));
        QCOMPARE(header->fieldText(QStringLiteral("accountBrand")), QStringLiteral("Red Energy"));
        QCOMPARE(header->fieldText(QStringLiteral("customerName")), customer);
        QCOMPARE(header->fieldText(QStringLiteral("balance")), balance);
        QCOMPARE(header->fieldText(QStringLiteral("overdueBalance")), overdue);
        QCOMPARE(header->bannerTitles(), banners);
        if (number == QLatin1String("A-2B7E41C9")) {
            // Supply points from meterPoints: the NMI with Kraken's nmiChecksum, the MIRN with
            // its computed check digit; the contact from getUsersForAccounts.
            QCOMPARE(header->fieldText(QStringLiteral("nmi")),
                     QStringLiteral("NMI 4102918273 (9)"));
            QCOMPARE(header->fieldText(QStringLiteral("mirn")),
                     QStringLiteral("MIRN 5238174650 (3)"));
            QCOMPARE(tab.service()->overview().contacts.size(), 1);
            QCOMPARE(tab.service()->overview().contacts.first().email,
                     QStringLiteral("bronwyn.tregellas@bigpond.com"));
        }
        // The first screen (header + account users) took one round trip, and no section
        // beyond it was fetched.
        QTRY_COMPARE(logged(QStringLiteral("AccountOverview"), number) - before, 1);
        QCOMPARE(tab.service()->overviewAttempts(), 1);
        QCOMPARE(logged(QStringLiteral("AccountTransactions"), number), 0);
    }

    void sectionsLoadWhenOpenedAndShowTheirStates()
    {
        AccountTab tab(context(), QStringLiteral("A-3C8F17A4"));
        tab.show();
        tab.start();
        QVERIFY(waitForAccount(tab));
        kac::ui::SectionPane *transactions = tab.sectionPane(QStringLiteral("transactions"));
        QVERIFY(transactions);
        QCOMPARE(transactions->loader()->state(), SectionLoader::State::Idle);
        tab.sections()->setCurrentWidget(transactions);
        QVERIFY(waitForSection(transactions->loader()));
        // Hollie is moving in: no transactions yet, and the pane says so.
        QCOMPARE(transactions->loader()->state(), SectionLoader::State::Empty);
        QCOMPARE(transactions->paneState()->state(), PaneStateWidget::State::Empty);
        QCOMPARE(transactions->paneState()->emptyText(), QStringLiteral("No transactions yet."));
    }

    void everySectionLoadsIntoAValidModel()
    {
        AccountTab tab(context(), QStringLiteral("A-2B7E41C9"));
        tab.show();
        tab.start();
        QVERIFY(waitForAccount(tab));
        const QHash<QString, QString> keyColumns = {
            {QStringLiteral("payments"), QStringLiteral("Method")},
            {QStringLiteral("paymentPlans"), QStringLiteral("Next payment")},
            {QStringLiteral("notes"), QStringLiteral("Note")},
            {QStringLiteral("campaigns"), QStringLiteral("Campaign")},
            {QStringLiteral("consents"), QStringLiteral("Consent")},
        };
        int checked = 0;
        for (int i = 1; i < tab.sections()->count(); ++i) {
            auto *pane = qobject_cast<kac::ui::SectionPane *>(tab.sections()->widget(i));
            if (!pane)
                continue; // properties and conversations have their own tests
            ++checked;
            QAbstractItemModelTester tester(pane->loader()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            tab.sections()->setCurrentIndex(i);
            QVERIFY(waitForSection(pane->loader()));
            QVERIFY2(pane->loader()->state() == SectionLoader::State::Loaded,
                     qPrintable(pane->loader()->spec().id + QLatin1String(": ") +
                                pane->loader()->error().summary()));
            QVERIFY(pane->loader()->model()->rowCount() > 0);
            // The column that says what each row is reads a field Kraken answers.
            const QString keyColumn = keyColumns.value(pane->loader()->spec().id);
            if (!keyColumn.isEmpty()) {
                QAbstractItemModel *model = pane->loader()->model();
                int column = -1;
                for (int c = 0; c < model->columnCount(); ++c) {
                    if (model->headerData(c, Qt::Horizontal).toString() == keyColumn)
                        column = c;
                }
                QVERIFY2(column >= 0, qPrintable(keyColumn));
                QVERIFY2(!model->index(0, column).data().toString().isEmpty(),
                         qPrintable(pane->loader()->spec().id + QLatin1Char(' ') + keyColumn));
            }
        }
        QCOMPARE(checked, int(kac::models::accountSections().size()));
    }

    void transactionsPageThroughToTheEnd()
    {
        AccountService service(&m_client.transport, QStringLiteral("A-5C19D3E8"));
        SectionLoader *loader = service.section(QStringLiteral("transactions"));
        QAbstractItemModelTester tester(loader->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(loader->model(), &QAbstractItemModel::rowsInserted);
        loader->load();
        QVERIFY(waitForSection(loader));
        QCOMPARE(loader->totalCount(), 12480);
        int pages = 1;
        while (loader->model()->canFetchMore({})) {
            loader->model()->fetchMore({}); // what the view does when scrolled to the bottom
            QVERIFY(waitForSection(loader));
            QCOMPARE(loader->state(), SectionLoader::State::Loaded);
            ++pages;
        }
        QCOMPARE(loader->model()->rowCount(), 12480);
        // Pages of 99, Kraken's most (first must be below 100).
        QCOMPARE(pages, (12480 + kac::api::RelayPager::kMaxPageSize - 1) /
                            kac::api::RelayPager::kMaxPageSize);
        QCOMPARE(inserted.size(), pages); // one batch insert per page
        QVERIFY(!loader->canFetchMore());
    }

    void aFailedAccountShowsTheErrorAndRecoversWithRetry()
    {
        AccountTab tab(context(), QStringLiteral("A-2B7E41C9"));
        // Set before show(): a shown tab loads by itself.
        m_client.network.setFault("malformed-json; times=1");
        tab.show();
        tab.start();
        QVERIFY(waitForAccount(tab));
        QCOMPARE(tab.service()->state(), AccountService::State::Failed);
        QCOMPARE(tab.paneState()->state(), PaneStateWidget::State::Error);
        QVERIFY(!tab.paneState()->errorMessage().isEmpty());
        tab.paneState()->retryButton()->click();
        QVERIFY(waitForAccount(tab));
        QCOMPARE(tab.service()->state(), AccountService::State::Loaded);
        QCOMPARE(tab.paneState()->state(), PaneStateWidget::State::Content);
        QCOMPARE(tab.header()->fieldText(QStringLiteral("accountNumber")),
                 QStringLiteral("A-2B7E41C9"));
    }

    void aNonExistentAccountShowsKrakensCode()
    {
        AccountTab tab(context(), QStringLiteral("A-00000000"));
        tab.show();
        tab.start();
        QVERIFY(waitForAccount(tab));
        QCOMPARE(tab.service()->state(), AccountService::State::Failed);
        QCOMPARE(tab.paneState()->errorCode(), QStringLiteral("KT-CT-4177"));
        QVERIFY(tab.paneState()->retryButton()->isVisibleTo(tab.paneState()));
    }

    void aFailedSectionRecoversWithRetry()
    {
        AccountService service(&m_client.transport, QStringLiteral("A-9A63F05B"));
        m_client.network.setFault("malformed-json;times=1"); // its own fault counter
        SectionLoader *notes = service.section(QStringLiteral("notes"));
        kac::ui::SectionPane pane(notes, nullptr);
        pane.show();
        pane.setShown(true);
        QVERIFY(waitForSection(notes));
        QCOMPARE(notes->state(), SectionLoader::State::Failed);
        QCOMPARE(pane.paneState()->state(), PaneStateWidget::State::Error);
        pane.paneState()->retryButton()->click();
        QVERIFY(waitForSection(notes));
        QCOMPARE(notes->state(), SectionLoader::State::Loaded);
        QCOMPARE(pane.paneState()->state(), PaneStateWidget::State::Content);
    }

    void piiIsMaskedUntilRevealedAndCopiedAsSecret()
    {
        AccountTab tab(context(), QStringLiteral("A-2B7E41C9"));
        tab.show();
        tab.start();
        QVERIFY(waitForAccount(tab));
        auto *email = tab.findChild<QLabel *>(QStringLiteral("contact0_email"));
        QVERIFY(email);
        QCOMPARE(email->text(), QStringLiteral("b•••@bigpond.com"));
        auto *dob = tab.findChild<QLabel *>(QStringLiteral("contact0_dateOfBirth"));
        QVERIFY(!dob->text().contains(QStringLiteral("1951")));
        tab.findChild<QAbstractButton *>(QStringLiteral("contact0_email_reveal"))->click();
        QCOMPARE(email->text(), QStringLiteral("bronwyn.tregellas@bigpond.com"));
        tab.findChild<QAbstractButton *>(QStringLiteral("contact0_dateOfBirth_reveal"))->click();
        QCOMPARE(dob->text(), QStringLiteral("14 Mar 1951"));

        tab.findChild<QAbstractButton *>(QStringLiteral("contact0_email_copy"))->click();
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(copied->text(), QStringLiteral("bronwyn.tregellas@bigpond.com"));
        QCOMPARE(copied->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));

        tab.findChild<QAbstractButton *>(QStringLiteral("copyAccountNumber"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("A-2B7E41C9"));
        tab.findChild<QAbstractButton *>(QStringLiteral("copyNMI"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("4102918273"));
    }
};

QTEST_MAIN(TestConsoleAccount)
#include "tst_console_account.moc"
