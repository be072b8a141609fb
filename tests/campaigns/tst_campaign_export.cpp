#include "models/campaigns/CampaignExporter.h"
#include "support/SignedInSandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace kac::models;
using State = CampaignExporter::State;

// Exporting a campaign's items to CSV: every item, atomically; a fault or a cancel leaves no file.
class TestCampaignExport : public QObject
{
    Q_OBJECT
private:
    kac::test::SignedInSandbox m_env;

    static QStringList filesIn(const QTemporaryDir &dir)
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
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

    void exportsEveryItemOfTheBigCampaign()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("VC-1001.csv"));
        CampaignExporter exporter(&m_env.transport);
        QSignalSpy finished(&exporter, &CampaignExporter::finished);
        QSignalSpy progress(&exporter, &CampaignExporter::progress);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(exporter.start(QStringLiteral("VC-1001"), path));
        QCOMPARE(exporter.state(), State::Running);
        QVERIFY(!QFile::exists(path)); // nothing at the path until the end
        QVERIFY(finished.wait(180000));
        qInfo("exported 20,000 items in %lld ms", clock.elapsed());
        QCOMPARE(exporter.state(), State::Finished);
        QCOMPARE(finished.first().at(1).toInt(), 20000);
        QCOMPARE(progress.count(), (20000 + 98) / 99); // pages of 99 (Kraken refuses 100)
        QCOMPARE(progress.last().at(0).toInt(), 20000);
        QCOMPARE(progress.last().at(1).toInt(), 20000);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Item ID,Account ID,Account number,Phone,Status,"
                                 "Call window start (AEST UTC+10:00),"
                                 "Call window end (AEST UTC+10:00),Metadata,Notes\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), 20001); // header + one line per item
        QCOMPARE(bytes.count('\n'), 20001);   // no bare LF anywhere
        const QList<QByteArray> lines = bytes.split('\n');
        // The item's metadata is written as Kraken sent it (JSON, quoted for CSV).
        QVERIFY2(lines.at(1).startsWith("100100001,100004,A-9A63F05B,'+61491570110,UNASSIGNED,"),
                 lines.at(1).constData());
        QVERIFY2(lines.at(1).contains("T09:00:00+10:00,") &&
                     lines.at(1).contains("T17:00:00+10:00,"),
                 lines.at(1).constData());
        // Every call window is written in the zone the header names.
        for (int i = 1; i < lines.size() - 1; ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QVERIFY2(cells.at(5).endsWith("+10:00") && cells.at(6).endsWith("+10:00"),
                     lines.at(i).constData());
        }
        QVERIFY2(lines.at(1).contains(",\"{\"\"accountNumber\"\":\"\"A-9A63F05B\"\","),
                 lines.at(1).constData());
        QVERIFY(lines.at(2).contains(",A-2B7E41C9,"));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("VC-1001.csv")}); // no temp file left
    }

    void transientFaultMidExportIsRetried()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("VC-1003.csv"));
        CampaignExporter exporter(&m_env.transport);
        // Page 5 fails once, the retry succeeds.
        m_env.network.setFault(
            "http-503;times=1",
            kac::test::FaultInjectingNetwork::operation(QStringLiteral("CampaignItems")), 5);
        QSignalSpy finished(&exporter, &CampaignExporter::finished);
        QVERIFY(exporter.start(QStringLiteral("VC-1003"), path));
        QVERIFY(finished.wait(60000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 2400 + 1);
        bool sawFault = false;
        for (const QJsonObject &line : m_env.requests(QStringLiteral("CampaignItems")))
            sawFault |=
                line.value(QLatin1String("outcome")).toString() == QLatin1String("http-503");
        QVERIFY(sawFault);
    }

    void persistentFaultMidExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("VC-1001.csv"));
        CampaignExporter exporter(&m_env.transport);
        m_env.network.setFault(
            "malformed-json",
            kac::test::FaultInjectingNetwork::operation(QStringLiteral("CampaignItems")), 4);
        QSignalSpy failed(&exporter, &CampaignExporter::failed);
        QSignalSpy finished(&exporter, &CampaignExporter::finished);
        QVERIFY(exporter.start(QStringLiteral("VC-1001"), path));
        QVERIFY(failed.wait(60000));
        QCOMPARE(exporter.state(), State::Failed);
        QCOMPARE(exporter.written(), 3 * 99); // three pages of 99 before page 4 broke
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("stopped after 297 of 20,000 items")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("no file was saved")), qPrintable(message));
        QCOMPARE(exporter.error().kind, kac::api::ApiError::Kind::MalformedResponse);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY2(filesIn(dir).isEmpty(), qPrintable(filesIn(dir).join(u',')));
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("VC-1001.csv"));
        CampaignExporter exporter(&m_env.transport);
        QSignalSpy cancelled(&exporter, &CampaignExporter::cancelled);
        QSignalSpy finished(&exporter, &CampaignExporter::finished);
        QVERIFY(exporter.start(QStringLiteral("VC-1001"), path));
        QTRY_VERIFY_WITH_TIMEOUT(exporter.written() >= 300, 30000);
        exporter.cancel();
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(exporter.state(), State::Cancelled);
        QTest::qWait(500); // a page in flight must not revive it
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY2(filesIn(dir).isEmpty(), qPrintable(filesIn(dir).join(u',')));
    }

    void unknownCampaignFailsWithItsCode()
    {
        QTemporaryDir dir;
        CampaignExporter exporter(&m_env.transport);
        QSignalSpy failed(&exporter, &CampaignExporter::failed);
        QVERIFY(exporter.start(QStringLiteral("VC-9999"), dir.filePath(QStringLiteral("x.csv"))));
        QVERIFY(failed.wait(10000));
        QCOMPARE(exporter.error().errorCode, QStringLiteral("KT-CT-11501"));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("KT-CT-11501")));
        QVERIFY(filesIn(dir).isEmpty());
    }

    void unwritablePathFailsAtOnce()
    {
        CampaignExporter exporter(&m_env.transport);
        QSignalSpy failed(&exporter, &CampaignExporter::failed);
        QVERIFY(!exporter.start(QStringLiteral("VC-1001"),
                                QStringLiteral("/nonexistent-dir/VC-1001.csv")));
        QCOMPARE(exporter.state(), State::Failed);
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaignExport)
#include "tst_campaign_export.moc"
