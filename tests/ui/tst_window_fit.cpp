#include "api/ErrorCatalog.h"
#include "models/AccountSearchModel.h"
#include "models/AccountSearchService.h"
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

using kac::models::AccountSearchModel;
using kac::ui::MainWindow;
using State = kac::ui::PaneStateWidget::State;

// The main window on the screen it runs on. CTest runs this program twice, on a 1366×768 and a
// 1920×1080 offscreen screen (tests/support/screens/), and scripts/test.sh again under xvfb-run:
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
        kac::ui::SearchPane *search = window.searchPane();
        QTest::keyClicks(search->searchField(), QStringLiteral("2204")); // a postcode
        QVERIFY(QTest::qWaitFor(
            [search] {
                return search->service()->state() ==
                       kac::models::AccountSearchService::State::Loaded;
            },
            15000));
        QTableView *results = search->resultsView();
        QHeaderView *header = results->horizontalHeader();
        for (int column : {int(AccountSearchModel::AccountNumber), int(AccountSearchModel::Name)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= results->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 cut at %2 of %3")
                                    .arg(column)
                                    .arg(results->viewport()->width())
                                    .arg(right)));
        }
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_window_fit.moc"
