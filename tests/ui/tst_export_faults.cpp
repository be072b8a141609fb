// The campaign CSV export dialog under sandbox faults (rows: fault).
#include "PaneFaultsSupport.h"
#include "models/campaigns/CampaignExporter.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "ui/campaigns/CampaignListPanel.h"
#include "ui/campaigns/CampaignView.h"
#include "ui/campaigns/CampaignsPane.h"
#include "ui/campaigns/ExportDialog.h"

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace kac;
using namespace kac::test;

class ExportFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.failure())); }
    void exportUnderFault_data();
    void exportUnderFault();
    void cleanup() { QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure())); }

private:
    FaultingSandbox m_env;
};

void ExportFaultsTest::exportUnderFault_data()
{
    QTest::addColumn<int>("fault");
    for (int f = 0; f < Faults.size(); ++f)
        QTest::addRow("%s", Faults.at(f).name) << f;
}

// The CSV export is a dialog, not a pane: it must end stopped (not busy), say why with the
// code, save nothing, and export again from the same dialog once the fault is gone. Partial
// data is a failure here: a CSV with blank cells would be wrong, not incomplete.
void ExportFaultsTest::exportUnderFault()
{
    QFETCH(int, fault);
    const FaultCase &f = Faults.at(fault);
    using Exporter = models::CampaignExporter;
    QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));

    Console console(m_env.context());
    auto *pane = console.showDock<ui::CampaignsPane>(QStringLiteral("campaignsDock"));
    QVERIFY(pane);
    ui::CampaignListPanel *list = pane->campaignsPanel();
    QVERIFY(waitForState(list->listState(), {State::Content}));
    // VC-1002: 1,200 items, so the export that works is quick.
    const models::CampaignListModel *campaigns = pane->campaignService()->campaigns();
    int row = 0;
    while (row < campaigns->rowCount() && campaigns->campaignIdAt(row) != QLatin1String("VC-1002"))
        ++row;
    QVERIFY(row < campaigns->rowCount());
    list->listView()->setCurrentIndex(list->listView()->model()->index(row, 0));
    QVERIFY(waitForState(list->campaignView()->headerState(), {State::Content}));
    QTest::mouseClick(list->campaignView()->exportButton(), Qt::LeftButton);
    ui::ExportDialog *dialog = list->campaignView()->lastExportDialog();
    QVERIFY(dialog);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("items.csv"));
    dialog->setFilePath(path);

    QVERIFY2(m_env.applyFault(f, QStringLiteral("CampaignItems")), qPrintable(m_env.failure()));
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY2(
        QTest::qWaitFor([&] { return dialog->exporter()->state() != Exporter::State::Running; },
                        SettleLimitMs),
        "the export did not stop");
    qInfo("%s", qPrintable(dialog->statusText()));
    QVERIFY2(dialog->progressBar()->maximum() > 0, "the progress bar is still busy");
    QVERIFY(dialog->exportButton()->isEnabled());

    if (f.expect == Expect::Recovered) {
        QCOMPARE(dialog->exporter()->state(), Exporter::State::Finished);
        QVERIFY(QFile::exists(path));
        return;
    }
    QCOMPARE(dialog->exporter()->state(), Exporter::State::Failed);
    QVERIFY2(dialog->statusText().contains(QLatin1String("no file was saved")),
             qPrintable(dialog->statusText()));
    if (f.code.startsWith(QLatin1String("KT-CT-")))
        QVERIFY2(dialog->statusText().contains(f.code), qPrintable(dialog->statusText()));
    QVERIFY(!QFile::exists(path));

    QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton); // the dialog's own "retry"
    QVERIFY2(
        QTest::qWaitFor([&] { return dialog->exporter()->state() == Exporter::State::Finished; },
                        SettleLimitMs),
        qPrintable(dialog->statusText()));
    QVERIFY(QFile::exists(path));
}

QTEST_MAIN(ExportFaultsTest)
#include "tst_export_faults.moc"
