#include "api/ErrorCatalog.h"
#include "models/accounts/AccountSearchModel.h"
#include "models/accounts/AccountSearchService.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "support/WindowActivation.h"
#include "ui/AccountTab.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"
#include "ui/SearchPane.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using kac::models::AccountSearchModel;
using kac::ui::MainWindow;
using State = kac::ui::PaneStateWidget::State;

// The main window on the screen it runs on. CTest runs this program twice, on a 1366×768 and a
// 1920×1080 offscreen screen (tests/support/screens/), and scripts/test.sh again on its own Xvfb:
// the window, its status bar and its docks stay on the screen, Conversations keeps room next
// to the live-chat dock, and the search results' essential columns are not cut.
class TestWindowFit : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;
    kac::api::ErrorCatalog m_errors;

    static QRect available(const QWidget *window) { return window->screen()->availableGeometry(); }

    static QRect onScreen(const QWidget *widget)
    {
        return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    }

    // The window's frame and its status bar lie inside the screen's available geometry.
    static QString offScreen(const MainWindow &window)
    {
        const QRect screen = available(&window);
        if (!screen.contains(window.frameGeometry()))
            return QStringLiteral("window %1 outside %2")
                .arg(QVariant(window.frameGeometry()).toString(), QVariant(screen).toString());
        if (!screen.contains(onScreen(window.statusBar())))
            return QStringLiteral("status bar off screen");
        for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (dock->isVisible() && !screen.contains(onScreen(dock)))
                return QStringLiteral("dock %1 off screen").arg(dock->objectName());
        }
        return {};
    }

    // The essential columns (account number, name) end inside the results' viewport.
    static QString cutColumns(const QTableView *results)
    {
        const QHeaderView *header = results->horizontalHeader();
        for (int column : {int(AccountSearchModel::AccountNumber), int(AccountSearchModel::Name)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            if (right > results->viewport()->width())
                return QStringLiteral("column %1 cut at %2 of %3")
                    .arg(column)
                    .arg(results->viewport()->width())
                    .arg(right);
        }
        return {};
    }

    static bool searchFor(kac::ui::SearchPane *search, const QString &text)
    {
        QTest::keyClicks(search->searchField(), text);
        return QTest::qWaitFor(
            [search] {
                return search->service()->state() ==
                       kac::models::AccountSearchService::State::Loaded;
            },
            15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure()));
        QVERIFY(m_client.signIn(m_sandbox.url()));
        qInfo("screen %dx%d", QGuiApplication::primaryScreen()->size().width(),
              QGuiApplication::primaryScreen()->size().height());
    }

    void windowAndDocksStayOnTheScreen()
    {
        MainWindow window({&m_client.transport, &m_client.session, nullptr, &m_errors});
        QVERIFY(kac::test::showActive(&window));
        QVERIFY2(offScreen(window).isEmpty(), qPrintable(offScreen(window)));

        kac::ui::AccountTab *tab = window.openAccount(QStringLiteral("A-2B7E41C9"));
        QVERIFY(
            QTest::qWaitFor([tab] { return tab->paneState()->state() == State::Content; }, 15000));
        QTabWidget *sections = tab->sections();
        sections->setCurrentIndex(sections->count() - 1); // Conversations
        auto *conversationSearch =
            tab->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        QVERIFY(conversationSearch);

        auto *campaigns = window.findChild<QDockWidget *>(QStringLiteral("campaignsDock"));
        auto *liveChats = window.findChild<QDockWidget *>(QStringLiteral("liveChatsDock"));
        for (QDockWidget *dock : {liveChats, campaigns}) {
            dock->show();
            QTest::qWait(200); // the panes' first answers lay them out again
            QVERIFY2(offScreen(window).isEmpty(),
                     qPrintable(dock->objectName() + QStringLiteral(": ") + offScreen(window)));
            // The account keeps room for its sections (was a 60 px search box).
            QVERIFY2(conversationSearch->width() >= 200,
                     qPrintable(QString::number(conversationSearch->width())));
        }
    }

    void searchResultsKeepTheirEssentialColumns()
    {
        MainWindow window({&m_client.transport, &m_client.session, nullptr, &m_errors});
        QVERIFY(kac::test::showActive(&window));
        QVERIFY(searchFor(window.searchPane(), QStringLiteral("2204"))); // a postcode
        QTableView *results = window.searchPane()->resultsView();
        QVERIFY2(cutColumns(results).isEmpty(), qPrintable(cutColumns(results)));
    }

    void docksLeaveSearchAndConversationsUsable_data()
    {
        QTest::addColumn<QStringList>("docks");
        QTest::newRow("live chats") << QStringList{QStringLiteral("liveChatsDock")};
        QTest::newRow("campaigns") << QStringList{QStringLiteral("campaignsDock")};
        QTest::newRow("both") << QStringList{QStringLiteral("liveChatsDock"),
                                             QStringLiteral("campaignsDock")};
    }

    // With a dock open the search results (were 130 px wide) and the Conversations list (was a
    // 60 px box) keep a usable size, nothing goes off screen and no essential column is cut.
    void docksLeaveSearchAndConversationsUsable()
    {
        QFETCH(QStringList, docks);
        MainWindow window({&m_client.transport, &m_client.session, nullptr, &m_errors});
        QVERIFY(kac::test::showActive(&window));
        QVERIFY(searchFor(window.searchPane(), QStringLiteral("2204")));
        kac::ui::AccountTab *tab = window.openAccount(QStringLiteral("A-2B7E41C9"));
        QVERIFY(
            QTest::qWaitFor([tab] { return tab->paneState()->state() == State::Content; }, 15000));
        tab->sections()->setCurrentIndex(tab->sections()->count() - 1); // Conversations
        auto *timeline = tab->findChild<QTreeView *>(QStringLiteral("conversationTimeline"));
        QVERIFY(timeline);
        QVERIFY(QTest::qWaitFor([timeline] { return timeline->model()->rowCount() > 0; }, 15000));
        for (const QString &name : docks) {
            auto *dock = window.findChild<QDockWidget *>(name);
            QVERIFY(dock);
            dock->toggleViewAction()->trigger();
        }
        QTest::qWait(200); // the panes' first answers lay them out again

        QVERIFY2(offScreen(window).isEmpty(), qPrintable(offScreen(window)));
        QTableView *results = window.searchPane()->resultsView();
        QVERIFY2(results->width() >= 320, qPrintable(QString::number(results->width())));
        QVERIFY2(cutColumns(results).isEmpty(), qPrintable(cutColumns(results)));
        QVERIFY2(timeline->width() >= 320, qPrintable(QString::number(timeline->width())));
        const int rows = timeline->viewport()->height() / qMax(1, timeline->sizeHintForRow(0));
        QVERIFY2(rows >= 6, qPrintable(QStringLiteral("%1 rows").arg(rows)));
        // Every visible control lies inside the window (none pushed off its right edge).
        const QRect inside = QRect(window.mapToGlobal(QPoint(0, 0)), window.size());
        for (const QWidget *w : window.findChildren<QWidget *>()) {
            if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) &&
                !w->visibleRegion().isEmpty())
                QVERIFY2(inside.intersects(onScreen(w)), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_window_fit.moc"
