// The properties pane offscreen against a real sandbox: the tree, a meter's readings and their
// chart, the quarantined switch, NMI lookup opening the account, and the pane's states.
#include "api/ErrorCatalog.h"
#include "models/PagedLoader.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "models/properties/PropertyTreeModel.h"
#include "support/SignedInSandbox.h"
#include "ui/PaneStateWidget.h"
#include "ui/properties/MeterLookupWidget.h"
#include "ui/properties/PropertiesPane.h"
#include "ui/properties/ReadingsChart.h"
#include "ui/properties/ReadingsView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QValueAxis>

using namespace kac;
using models::MeterReadingModel;
using ui::PaneStateWidget;

class TestPropertiesPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void treeThenReadingsWithChart();
    void accumulationReadsAreMarked();
    void theChosenMeterLoadsWhenTheTabOpens();
    void wholeRangeChartIsReadableAndTheTableWideEnough();
    void lookupOpensTheAccount();
    void typoIsRejectedWithoutARequest();
    void errorStateShowsCodeAndRetries();
    void emptyState();

private:
    ui::ConsoleContext context() { return {&m_env.transport, &m_env.session, nullptr, &m_errors}; }
    test::SignedInSandbox m_env;
    api::ErrorCatalog m_errors;
};

void TestPropertiesPane::initTestCase()
{
    const QString why = m_env.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestPropertiesPane::treeThenReadingsWithChart()
{
    ui::PropertiesPane pane(context(), QStringLiteral("A-7D20A6F3"));
    pane.resize(1200, 700);
    pane.show();
    pane.setShown(true); // loads on first show
    QTRY_COMPARE_WITH_TIMEOUT(pane.treeState()->state(), PaneStateWidget::State::Content, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pane.supplyPointState()->state(), PaneStateWidget::State::Content,
                              20000);

    auto *tree = pane.service()->properties();
    const QModelIndex meter = tree->indexOfMeter(QStringLiteral("800004"));
    QVERIFY(meter.isValid());
    pane.tree()->setCurrentIndex(meter);
    pane.tree()->setFocus();
    emit pane.tree()->activated(meter); // what Enter / double-click does
    QCOMPARE(pane.tabs()->currentWidget(), pane.readingsView());

    ui::ReadingsView *view = pane.readingsView();
    QCOMPARE(view->currentMeterId(), QStringLiteral("800004"));
    MeterReadingModel *readings = pane.service()->readings();
    models::PagedLoader *loader = pane.service()->readingsLoader();
    QTRY_VERIFY_WITH_TIMEOUT(readings->rowCount() >= models::PropertyService::MaxPageSize &&
                                 !loader->isLoading(),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(view->paneState()->state(), PaneStateWidget::State::Content, 5000);

    // A month, quarantined included, charted whole.
    view->fromEdit()->setDate(QDate(2025, 1, 1));
    view->toEdit()->setDate(QDate(2025, 1, 31));
    view->rangeSwitch()->setChecked(true);       // reloads
    view->quarantinedSwitch()->setChecked(true); // reloads
    QTest::mouseClick(view->loadAllButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loader->isComplete(), 60000);
    QCOMPARE(readings->rowCount(), 31 * 48);
    QTRY_VERIFY(!view->chart()->isRebuildPending());
    QCOMPARE(view->chart()->readingSeries()->count(),
             readings->rowCount()); // one point per reading
    int quarantined = 0;
    int estimated = 0;
    for (const auto &r : readings->readings()) {
        quarantined += r.quarantined;
        estimated += !r.quarantined && r.estimated;
    }
    QCOMPARE(view->chart()->quarantinedSeries()->count(), quarantined);
    QCOMPARE(view->chart()->estimatedSeries()->count(), estimated);
    QCOMPARE(view->chart()->accumulationSeries()->count(), 0); // interval reads: the bare line
    QCOMPARE(view->table()->model()->index(0, MeterReadingModel::ReadTypeColumn).data().toString(),
             QStringLiteral("Interval · 30 min"));
    QCOMPARE(view->table()->model()->index(0, MeterReadingModel::UnitColumn).data().toString(),
             QStringLiteral("kWh"));
    const QPointF first = view->chart()->readingSeries()->at(0);
    QCOMPARE(qint64(first.x()), readings->readingAt(0).readAtMs);

    // The switch off: quarantined reads are gone from the table and the chart.
    view->quarantinedSwitch()->setChecked(false);
    QTest::mouseClick(view->loadAllButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loader->isComplete(), 60000);
    QTRY_VERIFY(!view->chart()->isRebuildPending());
    QCOMPARE(view->chart()->readingSeries()->count(), readings->rowCount());
    QCOMPARE(view->chart()->quarantinedSeries()->count(), 0);
    QCOMPARE(readings->rowCount(), 31 * 48 - quarantined);
    const auto requests = m_env.requests(QStringLiteral("ElectricityMeterReadings"));
    QCOMPARE(requests.last()
                 .value(QLatin1String("variables"))
                 .toObject()
                 .value(QLatin1String("includeQuarantined"))
                 .toBool(),
             false);
    QCOMPARE(requests.last()
                 .value(QLatin1String("variables"))
                 .toObject()
                 .value(QLatin1String("startAt"))
                 .toString(),
             QStringLiteral("2025-01-01"));

    // Kraken's estimate goes on its own line.
    view->fromEdit()->setDate(QDate(2025, 11, 16));
    view->toEdit()->setDate(QDate(2025, 11, 30));
    QTest::mouseClick(view->estimateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pane.service()->estimatesLoader()->isComplete(), 20000);
    QTRY_COMPARE(view->chart()->estimateSeries()->count(), 15);
}

void TestPropertiesPane::accumulationReadsAreMarked()
{
    // Bronwyn's basic meter: quarterly accumulation reads. Each charted point is the use since
    // the previous read, marked as an accumulation read; the first read has nothing before it.
    ui::PropertiesPane pane(context(), QStringLiteral("A-2B7E41C9"));
    pane.resize(1200, 700);
    pane.show();
    pane.setShown(true);
    QTRY_COMPARE_WITH_TIMEOUT(pane.treeState()->state(), PaneStateWidget::State::Content, 20000);
    const QModelIndex meter = pane.service()->properties()->indexOfMeter(QStringLiteral("800000"));
    QVERIFY(meter.isValid());
    emit pane.tree()->activated(meter);
    ui::ReadingsView *view = pane.readingsView();
    QCOMPARE(view->currentMeterId(), QStringLiteral("800000"));
    QVERIFY(view->meterBox()->currentText().contains(QStringLiteral("Quarterly")));
    view->quarantinedSwitch()->setChecked(true); // reloads
    MeterReadingModel *readings = pane.service()->readings();
    models::PagedLoader *loader = pane.service()->readingsLoader();
    QTRY_VERIFY_WITH_TIMEOUT(loader->isComplete(), 20000);
    QTRY_VERIFY(!view->chart()->isRebuildPending());
    QVERIFY(readings->rowCount() >= 8);
    QCOMPARE(view->chart()->readingSeries()->count(), readings->rowCount() - 1);
    QCOMPARE(view->chart()->accumulationSeries()->count(), readings->rowCount() - 1);
    QCOMPARE(view->chart()->accumulationSeries()->at(0).y(), readings->readingAt(1).consumption);
    QCOMPARE(view->table()->model()->index(1, MeterReadingModel::ReadTypeColumn).data().toString(),
             QStringLiteral("Accumulation"));
    QCOMPARE(
        view->table()->model()->index(0, MeterReadingModel::ConsumptionColumn).data().toString(),
        QStringLiteral("—"));

    // A gas meter: Kraken lists electricity meter readings only; the view says so.
    const int index = view->meterBox()->findData(QStringLiteral("800001"));
    QVERIFY(index >= 0);
    view->meterBox()->setCurrentIndex(index);
    emit view->meterBox()->activated(index);
    QCOMPARE(view->paneState()->state(), PaneStateWidget::State::Empty);
    QVERIFY(view->meterBox()->currentText().contains(QStringLiteral("Bi-monthly")));
}

void TestPropertiesPane::theChosenMeterLoadsWhenTheTabOpens()
{
    // The meter box already shows a meter: opening the tab shows its readings, no Show needed.
    ui::PropertiesPane pane(context(), QStringLiteral("A-7D20A6F3"));
    pane.resize(1366, 700);
    pane.show();
    pane.setShown(true);
    QTRY_COMPARE_WITH_TIMEOUT(pane.treeState()->state(), PaneStateWidget::State::Content, 20000);
    ui::ReadingsView *view = pane.readingsView();
    QVERIFY(!view->currentMeterId().isEmpty());
    const int before = m_env.requests(QStringLiteral("ElectricityMeterReadings")).size();
    pane.tabs()->setCurrentWidget(view);
    QVERIFY(!view->paneState()->emptyText().contains(QStringLiteral("Choose a meter")));
    QTRY_COMPARE_WITH_TIMEOUT(view->paneState()->state(), PaneStateWidget::State::Content, 20000);
    QVERIFY(pane.service()->readings()->rowCount() > 0);
    const auto requests = m_env.requests(QStringLiteral("ElectricityMeterReadings"));
    QCOMPARE(requests.size(), before + 1); // one first page, for the meter shown
    QCOMPARE(requests.last()
                 .value(QLatin1String("variables"))
                 .toObject()
                 .value(QLatin1String("meterId"))
                 .toVariant()
                 .toString(),
             view->currentMeterId());
}

void TestPropertiesPane::wholeRangeChartIsReadableAndTheTableWideEnough()
{
    // Two years of half-hourly reads (35,040) charted whole on a 1366 px screen: weekly totals
    // with the unit on the axis and date labels that do not repeat; the table keeps every read.
    ui::PropertiesPane pane(context(), QStringLiteral("A-7D20A6F3"));
    pane.resize(1366, 700);
    pane.show();
    pane.setShown(true);
    QTRY_COMPARE_WITH_TIMEOUT(pane.treeState()->state(), PaneStateWidget::State::Content, 20000);
    emit pane.tree()->activated(
        pane.service()->properties()->indexOfMeter(QStringLiteral("800004")));
    ui::ReadingsView *view = pane.readingsView();
    MeterReadingModel *readings = pane.service()->readings();
    models::PagedLoader *loader = pane.service()->readingsLoader();
    QTRY_VERIFY_WITH_TIMEOUT(readings->rowCount() > 0 && !loader->isLoading(), 20000);
    QTest::mouseClick(view->loadAllButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loader->isComplete(), 120000);
    QTRY_VERIFY(!view->chart()->isRebuildPending());
    QVERIFY(readings->rowCount() > 34000); // 35,040 less the quarantined ones left out
    QCOMPARE(view->table()->model()->rowCount(), readings->rowCount()); // one row per reading

    ui::ReadingsChart *chart = view->chart();
    QCOMPARE(chart->bucket(), ui::ReadingBucket::Week);
    const int points = chart->readingSeries()->count();
    QVERIFY2(points >= 104 && points <= 106, qPrintable(QString::number(points)));
    double charted = 0;
    for (int i = 0; i < points; ++i)
        charted += chart->readingSeries()->at(i).y();
    double read = 0;
    for (const auto &r : readings->readings())
        read += r.consumption;
    QVERIFY(qAbs(charted - read) < 0.01 * read); // totals, not samples
    QVERIFY(chart->valueAxis()->titleText().contains(QStringLiteral("kWh per week")));
    QVERIFY(chart->readingSeries()->pen().color() != QColor(Qt::black));
    const QDateTimeAxis *axis = chart->timeAxis();
    QSet<QString> labels;
    const qint64 from = axis->min().toMSecsSinceEpoch();
    const qint64 to = axis->max().toMSecsSinceEpoch();
    for (int tick = 0; tick < axis->tickCount(); ++tick)
        labels << QDateTime::fromMSecsSinceEpoch(from +
                                                 (to - from) * tick / (axis->tickCount() - 1))
                      .toString(axis->format());
    QCOMPARE(labels.size(), axis->tickCount());

    // The table: the time, the read type and both numbers read in full; cut text has a tooltip.
    QTableView *table = view->table();
    QVERIFY(table->isVisible());
    int needed = table->verticalHeader()->width();
    const QFontMetrics metrics = table->fontMetrics();
    for (int column = 0; column <= MeterReadingModel::ConsumptionColumn; ++column) {
        const QModelIndex cell = table->model()->index(0, column);
        const int width = table->columnWidth(column);
        QVERIFY2(width >= metrics.horizontalAdvance(cell.data().toString()),
                 qPrintable(QStringLiteral("column %1: %2 px").arg(column).arg(width)));
        QVERIFY(width >= metrics.horizontalAdvance(
                             table->model()->headerData(column, Qt::Horizontal).toString()));
        QCOMPARE(cell.data(Qt::ToolTipRole), cell.data());
        needed += width;
    }
    QVERIFY2(table->width() >= needed,
             qPrintable(QStringLiteral("%1 px of %2").arg(table->width()).arg(needed)));
}

void TestPropertiesPane::lookupOpensTheAccount()
{
    ui::PropertiesPane pane(context(), QStringLiteral("A-2B7E41C9"));
    QSignalSpy open(&pane, &ui::PropertiesPane::openAccountRequested);
    pane.show();
    pane.setShown(true);
    pane.tabs()->setCurrentWidget(pane.lookup());
    ui::MeterLookupWidget *lookup = pane.lookup();
    QTest::keyClicks(lookup->identifierEdit(), QStringLiteral("3114 6055 28 1"));
    QTest::keyClick(lookup->identifierEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(lookup->openAccountButton()->isVisibleTo(lookup), 20000);
    QVERIFY(lookup->resultLabel()->text().contains(
        QStringLiteral("4/26 Sylvan Road, Toowong QLD 4066")));
    QVERIFY(lookup->resultLabel()->text().contains(
        QStringLiteral("NMI 3114605528 (1)"))); // with its checksum
    QTest::mouseClick(lookup->openAccountButton(), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("A-7D20A6F3"));
    // The link in the answer does the same.
    emit lookup->resultLabel()->linkActivated(QStringLiteral("account:A-7D20A6F3"));
    QCOMPARE(open.size(), 2);

    // NMI discovery fills the lookup.
    auto fields = lookup->addressFields();
    fields.unit->setText(QStringLiteral("4"));
    fields.number->setText(QStringLiteral("26"));
    fields.street->setText(QStringLiteral("Sylvan Road"));
    fields.suburb->setText(QStringLiteral("Toowong"));
    fields.state->setCurrentText(QStringLiteral("QLD"));
    fields.postcode->setText(QStringLiteral("4066"));
    QTest::mouseClick(lookup->discoverButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        lookup->discoveryLabel()->text().contains(QStringLiteral("3114605528")), 20000);
    QVERIFY(lookup->discoveryLabel()->text().contains(QStringLiteral("check digit 1")));

    // An address without a state is not sent: the label says what is missing.
    const int before = m_env.requests(QStringLiteral("NmiDiscovery")).size();
    fields.state->setCurrentIndex(0);
    QTest::mouseClick(lookup->discoverButton(), Qt::LeftButton);
    QCOMPARE(lookup->discoveryLabel()->text(), QStringLiteral("Choose the state."));
    QVERIFY(lookup->discoverButton()->isEnabled());
    QTest::qWait(200);
    QCOMPARE(m_env.requests(QStringLiteral("NmiDiscovery")).size(), before);
}

void TestPropertiesPane::typoIsRejectedWithoutARequest()
{
    ui::MeterLookupWidget lookup(&m_env.transport, &m_errors);
    lookup.show();
    QTest::qWait(100);
    const int before = m_env.sandbox.requestLog().size();
    QTest::keyClicks(lookup.identifierEdit(), QStringLiteral("31146055282")); // last digit wrong
    QVERIFY(lookup.hintLabel()->text().contains(QStringLiteral("check digit")));
    QTest::keyClick(lookup.identifierEdit(), Qt::Key_Return);
    QTest::mouseClick(lookup.lookupButton(), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(m_env.sandbox.requestLog().size(), before);
    QVERIFY(!lookup.openAccountButton()->isVisibleTo(&lookup));
    QVERIFY(!lookup.hintLabel()->text().isEmpty());
}

void TestPropertiesPane::errorStateShowsCodeAndRetries()
{
    ui::PropertiesPane pane(context(), QStringLiteral("A-00000000"));
    pane.show();
    pane.setShown(true);
    QTRY_COMPARE_WITH_TIMEOUT(pane.treeState()->state(), PaneStateWidget::State::Error, 20000);
    QCOMPARE(pane.treeState()->errorCode(), QStringLiteral("KT-CT-4177"));
    QCOMPARE(pane.treeState()->errorMessage(),
             m_errors.messageForCode(QStringLiteral("KT-CT-4177")));
    const int before = m_env.requests(QStringLiteral("AccountProperties")).size();
    QTest::mouseClick(pane.treeState()->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_env.requests(QStringLiteral("AccountProperties")).size(),
                              before + 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pane.treeState()->state(), PaneStateWidget::State::Error, 20000);
}

void TestPropertiesPane::emptyState()
{
    ui::PropertiesPane pane(context(), QStringLiteral("A-4E2A9C07"));
    pane.show();
    pane.setShown(true);
    QTRY_COMPARE_WITH_TIMEOUT(pane.treeState()->state(), PaneStateWidget::State::Empty, 20000);
    QVERIFY(!pane.treeState()->emptyText().isEmpty());
}

QTEST_MAIN(TestPropertiesPane)
#include "tst_propertiespane.moc"
