#include "api/ErrorCatalog.h"
#include "models/PagedLoader.h"
#include "models/campaigns/CallCentreMonitor.h"
#include "models/campaigns/CampaignExporter.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "support/SignedInSandbox.h"
#include "ui/PaneStateWidget.h"
#include "ui/campaigns/CallCentreStatusWidget.h"
#include "ui/campaigns/CallLookupPanel.h"
#include "ui/campaigns/CallTagsPanel.h"
#include "ui/campaigns/CampaignListPanel.h"
#include "ui/campaigns/CampaignView.h"
#include "ui/campaigns/CampaignsPane.h"
#include "ui/campaigns/ExportDialog.h"
#include "ui/campaigns/OutcomeChart.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace kac::ui;
using kac::models::PagedLoader;
using PaneState = PaneStateWidget::State;

// The campaigns area as an agent sees it, offscreen, against the real sandbox.
class TestCampaignsUi : public QObject
{
    Q_OBJECT
private:
    kac::test::SignedInSandbox m_env;
    kac::api::ErrorCatalog m_catalog;
    std::unique_ptr<CampaignsPane> m_pane;

    ConsoleContext context() { return {&m_env.transport, nullptr, nullptr, &m_catalog}; }
    CampaignListPanel *list() const { return m_pane->campaignsPanel(); }
    int requestCount(const QString &operation) const { return m_env.requests(operation).size(); }
    QString lastVariable(const QString &operation, const QString &key) const
    {
        const QList<QJsonObject> lines = m_env.requests(operation);
        return lines.isEmpty() ? QString()
                               : lines.last()
                                     .value(QLatin1String("variables"))
                                     .toObject()
                                     .value(key)
                                     .toString();
    }

    static QPushButton *retryButton(PaneStateWidget *pane)
    {
        for (QPushButton *button : pane->findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("Retry")))
                return button;
        }
        return nullptr;
    }

    void selectCampaign(const QString &id)
    {
        QTableView *view = list()->listView();
        const QModelIndexList found = view->model()->match(
            view->model()->index(0, 0), kac::models::CampaignListModel::CampaignIdRole, id, 1,
            Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(id));
        view->setCurrentIndex({}); // so choosing the same row again still opens it
        view->setCurrentIndex(found.first());
        QTRY_COMPARE_WITH_TIMEOUT(list()->campaignView()->headerState()->state(),
                                  PaneState::Content, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list()->campaignView()->itemsState()->state(), PaneState::Content,
                                  10000);
    }

private slots:
    void initTestCase()
    {
        const QString failure =
            m_env.start({QStringLiteral("--allow-faults")}, kac::test::SignedInSandbox::Via::Token);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_pane = std::make_unique<CampaignsPane>(context());
        m_pane->resize(1200, 800);
        list()->setNameDebounceMs(0);
        m_pane->show();
        m_pane->setShown(true); // as the main window's dock does
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void listShowsLoadingThenRows()
    {
        QTRY_COMPARE_WITH_TIMEOUT(list()->listState()->state(), PaneState::Content, 10000);
        QVERIFY(list()->listView()->model()->rowCount() >= 20);
        // The view asks for the next page itself while it has room (fetchMore).
        QTRY_COMPARE_WITH_TIMEOUT(list()->listView()->model()->rowCount(), 24, 10000);
    }

    // A quarter-width dock (300 px): the filters stack and the campaign goes below the list,
    // so every filter with its label, the list and the campaign's view fit, none cut.
    void narrowDockStacksFiltersAndCampaign()
    {
        CampaignsPane narrow(context());
        narrow.resize(300, 700);
        narrow.show();
        narrow.setShown(true);
        QVERIFY(QTest::qWaitForWindowExposed(&narrow));
        CampaignListPanel *panel = narrow.campaignsPanel();
        // The campaigns tab fits 300 px (another tab of the pane may still ask for more).
        QVERIFY2(panel->minimumSizeHint().width() <= 300,
                 qPrintable(QString::number(panel->minimumSizeHint().width())));
        QList<QWidget *> essential = {panel->statusFilter(), panel->typeFilter(),
                                      panel->nameFilter(), panel->listState(),
                                      panel->campaignView()};
        QList<QLabel *> labels; // "Status:", "Type:", "Name:", whole
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (essential.mid(0, 3).contains(label->buddy()))
                labels << label;
        }
        QCOMPARE(labels.size(), 3);
        for (QWidget *widget : std::as_const(essential)) {
            const QRect area(widget->mapTo(panel, QPoint(0, 0)), widget->size());
            const QString name = widget->accessibleName().isEmpty()
                                     ? QString::fromLatin1(widget->metaObject()->className())
                                     : widget->accessibleName();
            QVERIFY2(widget->isVisible(), qPrintable(name));
            QVERIFY2(panel->rect().contains(area), qPrintable(name));
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), qPrintable(name));
        }
        for (QLabel *label : std::as_const(labels)) {
            QVERIFY2(
                panel->rect().contains(QRect(label->mapTo(panel, QPoint(0, 0)), label->size())),
                qPrintable(label->text()));
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        // Stacked: the campaign's view is below the list, not squeezed beside it.
        QVERIFY(panel->campaignView()->mapTo(panel, QPoint(0, 0)).y() >=
                panel->listState()->mapTo(panel, QPoint(0, 0)).y() + panel->listState()->height());
        // Wide again: side by side.
        narrow.resize(1200, 700);
        QTRY_VERIFY(panel->campaignView()->mapTo(panel, QPoint(0, 0)).x() >=
                    panel->listState()->width());
    }

    void beforeAChoiceOnlyThePromptShows()
    {
        CampaignsPane fresh(context());
        fresh.resize(1200, 800);
        fresh.show();
        fresh.setShown(true);
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        CampaignView *view = fresh.campaignsPanel()->campaignView();
        QCOMPARE(view->headerState()->state(), PaneState::Empty);
        QVERIFY(view->headerState()->emptyText().contains(QLatin1String("Choose a campaign")));
        QVERIFY(view->headerState()->isVisible());
        // One state at a time: no "has no items" under the prompt, and no empty chart.
        QVERIFY(!view->itemsState()->isVisible());
        QVERIFY(!view->outcomeChart()->isVisible());
        for (const QLabel *label : view->findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY2(!label->text().contains(QLatin1String("no items")),
                         qPrintable(label->text()));
        }
    }

    void filtersChangeTheRequestAndTheRows()
    {
        list()->statusFilter()->setCurrentIndex(list()->statusFilter()->findData("INACTIVE"));
        QTRY_COMPARE_WITH_TIMEOUT(lastVariable("VoiceCampaigns", "status"),
                                  QStringLiteral("INACTIVE"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list()->listView()->model()->rowCount(), 9, 10000);
        QTest::keyClicks(list()->nameFilter(), "winter");
        QTRY_COMPARE_WITH_TIMEOUT(list()->listView()->model()->rowCount(), 2, 10000);
        QCOMPARE(lastVariable("VoiceCampaigns", "name"), QStringLiteral("winter"));
        list()->typeFilter()->setCurrentIndex(list()->typeFilter()->findData("PREVIEW"));
        QTRY_COMPARE_WITH_TIMEOUT(list()->listState()->state(), PaneState::Empty, 10000);
        QVERIFY(!list()->listState()->emptyText().isEmpty());
        // Back to everything.
        list()->nameFilter()->clear();
        list()->typeFilter()->setCurrentIndex(0);
        list()->statusFilter()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(list()->listView()->model()->rowCount(), 24, 10000);
    }

    void errorShowsWhatWentWrongAndRetryRecovers()
    {
        auto *service = m_pane->campaignService();
        m_env.network.setFault("malformed-json");
        service->reloadCampaigns();
        QTRY_COMPARE_WITH_TIMEOUT(list()->listState()->state(), PaneState::Error, 10000);
        m_env.network.clearFault();
        QCOMPARE(list()->listState()->errorCode(), QStringLiteral("MalformedResponse"));
        QVERIFY(!list()->listState()->errorMessage().isEmpty());
        QVERIFY(!service->campaigns()->isLoading());
        QPushButton *retry = retryButton(list()->listState());
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list()->listState()->state(), PaneState::Content, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list()->listView()->model()->rowCount(), 24, 10000);
    }

    void krakenErrorShowsItsCode()
    {
        auto *service = m_pane->campaignService();
        service->openCampaign(QStringLiteral("VC-9999"));
        CampaignView *view = list()->campaignView();
        QTRY_COMPARE_WITH_TIMEOUT(view->headerState()->state(), PaneState::Error, 10000);
        QCOMPARE(view->headerState()->errorCode(), QStringLiteral("KT-CT-11501"));
        QTRY_COMPARE_WITH_TIMEOUT(view->itemsState()->state(), PaneState::Error, 10000);
        QCOMPARE(view->itemsState()->errorCode(), QStringLiteral("KT-CT-11501"));
        QVERIFY(retryButton(view->headerState()));
    }

    void campaignViewShowsHeaderItemsAndChart()
    {
        selectCampaign(QStringLiteral("VC-1001"));
        CampaignView *view = list()->campaignView();
        const QString header = view->headerText();
        QVERIFY2(header.contains(QLatin1String("Collections -- 30+ days overdue")),
                 qPrintable(header));
        QVERIFY2(header.contains(QLatin1String("Duplicate prevention: on")), qPrintable(header));
        QVERIFY2(header.contains(QLatin1String("Outbound number: +61")), qPrintable(header));
        QVERIFY2(header.contains(QLatin1String("Tags:")), qPrintable(header));
        QCOMPARE(view->itemsView()->model()->rowCount(), 99);
        QTRY_VERIFY(view->outcomeChart()->caption().contains(QLatin1String("first 99 of 20,000")));
        int charted = 0;
        for (int count : view->outcomeChart()->shownCounts())
            charted += count;
        QCOMPARE(charted, 99);
    }

    void openingAnItemAsksForItsAccount()
    {
        selectCampaign(QStringLiteral("VC-1001"));
        QSignalSpy open(m_pane.get(), &CampaignsPane::openAccountRequested);
        QTableView *items = list()->campaignView()->itemsView();
        items->setFocus();
        items->setCurrentIndex(items->model()->index(1, kac::models::CampaignItemModel::Account));
        QTest::keyClick(items, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("A-2B7E41C9"));
        const QRect cell = items->visualRect(items->model()->index(0, 0));
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(items->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.last().first().toString(), QStringLiteral("A-9A63F05B"));
    }

    void summariseAllCoversEveryItem()
    {
        selectCampaign(QStringLiteral("VC-1006"));
        OutcomeChart *chart = list()->campaignView()->outcomeChart();
        emit chart->summariseAllRequested();
        QTRY_VERIFY_WITH_TIMEOUT(chart->caption().contains(QLatin1String("all 310")), 20000);
        QTRY_COMPARE(list()->listView()
                             ->model()
                             ->index(5, kac::models::CampaignListModel::Progress)
                             .data(kac::models::CampaignListModel::ProgressRole)
                             .toDouble() >= 0,
                     true);
    }

    void exportDialogWritesTheFileWithProgress()
    {
        selectCampaign(QStringLiteral("VC-1002"));
        QTemporaryDir dir;
        QTest::mouseClick(list()->campaignView()->exportButton(), Qt::LeftButton);
        ExportDialog *dialog = list()->campaignView()->lastExportDialog();
        QVERIFY(dialog);
        const QString path = dir.filePath(QStringLiteral("moves.csv"));
        dialog->setFilePath(path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->exporter()->state(),
                                  kac::models::CampaignExporter::State::Finished, 30000);
        QCOMPARE(dialog->progressBar()->value(), 1200);
        QCOMPARE(dialog->progressBar()->maximum(), 1200);
        QVERIFY2(dialog->statusText().contains(QLatin1String("Saved 1,200 items")),
                 qPrintable(dialog->statusText()));
        QVERIFY(QFile::exists(path));
        dialog->reject();
    }

    void exportDialogCancelLeavesNoFile()
    {
        selectCampaign(QStringLiteral("VC-1001"));
        QTemporaryDir dir;
        QTest::mouseClick(list()->campaignView()->exportButton(), Qt::LeftButton);
        ExportDialog *dialog = list()->campaignView()->lastExportDialog();
        dialog->setFilePath(dir.filePath(QStringLiteral("big.csv")));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() >= 200, 20000);
        QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QCOMPARE(dialog->exporter()->state(), kac::models::CampaignExporter::State::Cancelled);
        QVERIFY(dialog->statusText().contains(QLatin1String("cancelled")));
        QTest::qWait(300);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton); // now "Close"
        QTRY_VERIFY(!list()->campaignView()->lastExportDialog());
    }

    void callTagsShowTheirState()
    {
        m_pane->tabs()->setCurrentWidget(m_pane->callTagsPanel());
        CallTagsPanel *tags = m_pane->callTagsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(tags->tagsState()->state(), PaneState::Content, 10000);
        QCOMPARE(tags->tagsView()->model()->rowCount(), 30);
        tags->stateFilter()->setCurrentIndex(2); // inactive only
        QTRY_COMPARE_WITH_TIMEOUT(tags->tagsView()->model()->rowCount(), 4, 10000);
        QCOMPARE(tags->tagsView()->model()->index(0, 1).data().toString(),
                 QStringLiteral("Inactive"));
        QTest::keyClicks(tags->idField(), "26");
        QTest::keyClick(tags->idField(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(
            tags->lookupResult()->text().contains(QStringLiteral("Wrong number — inactive")),
            qPrintable(tags->lookupResult()->text()), 10000);
    }

    void callShowsAccountAndMetadata()
    {
        m_pane->tabs()->setCurrentWidget(m_pane->callPanel());
        CallLookupPanel *calls = m_pane->callPanel();
        QSignalSpy open(m_pane.get(), &CampaignsPane::openAccountRequested);
        QTest::keyClicks(calls->idField(), "880001");
        QTest::keyClick(calls->idField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(calls->callState()->state(), PaneState::Content, 10000);
        QVERIFY2(calls->summary()->text().startsWith(QLatin1String("Inbound call 880001")),
                 qPrintable(calls->summary()->text()));
        QVERIFY(calls->summary()->text().contains(QLatin1String("Billing enquiry")));
        // Agent, times and queue are the telephony's metadata, shown as recorded.
        QCOMPARE(calls->metadataTable()->rowCount(), 6);
        QCOMPARE(calls->metadataTable()->item(2, 1)->text(), QStringLiteral("jordan.ashby"));
        QTest::mouseClick(calls->openAccountButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("A-2B7E41C9"));
        calls->openCall(QStringLiteral("1"));
        QTRY_COMPARE_WITH_TIMEOUT(calls->callState()->state(), PaneState::Error, 10000);
        QCOMPARE(calls->callState()->errorCode(), QStringLiteral("KT-CT-11802"));
    }

    void statusRefreshesWhileShownAndPausesWhenHidden()
    {
        CallCentreStatusWidget *status = m_pane->statusWidget();
        kac::models::CallCentreMonitor *monitor = m_pane->monitor();
        QVERIFY(!monitor->isPolling()); // its tab has not been shown
        QTest::keyClicks(status->agentField(), "tom.whelan");
        QTest::keyClick(status->agentField(), Qt::Key_Return);
        const int before = requestCount("AgentCallCenterStatus");
        m_pane->tabs()->setCurrentWidget(status);
        QVERIFY(monitor->isPolling());
        monitor->setIntervalMs(1000); // the spin box's minimum is 5 s; tests go faster
        QTRY_VERIFY_WITH_TIMEOUT(
            status->agentStatusLabel()->text().startsWith(QLatin1String("Wrap-up")), 10000);
        QVERIFY(status->waitTimeLabel()->text().contains(QLatin1String("yesterday")));
        QTRY_VERIFY_WITH_TIMEOUT(requestCount("AgentCallCenterStatus") - before >= 3, 10000);

        // Another tab hides it: polling stops.
        m_pane->tabs()->setCurrentWidget(m_pane->callPanel());
        QVERIFY(!monitor->isPolling());
        QTest::qWait(300);
        int stopped = requestCount("AgentCallCenterStatus");
        QTest::qWait(2500);
        QCOMPARE(requestCount("AgentCallCenterStatus"), stopped);

        // Shown again: refreshes at once and resumes; hiding the window pauses it too.
        m_pane->tabs()->setCurrentWidget(status);
        QVERIFY(monitor->isPolling());
        QTRY_VERIFY_WITH_TIMEOUT(requestCount("AgentCallCenterStatus") > stopped, 5000);
        m_pane->hide();
        QVERIFY(!monitor->isPolling());
        QTest::qWait(300);
        stopped = requestCount("AgentCallCenterStatus");
        QTest::qWait(2500);
        QCOMPARE(requestCount("AgentCallCenterStatus"), stopped);
        m_pane->show();
        QVERIFY(monitor->isPolling());
    }
};

QTEST_MAIN(TestCampaignsUi)
#include "tst_campaigns_ui.moc"
