#include "ui/properties/ReadingsView.h"

#include "models/PagedLoader.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "models/properties/PropertyTreeBuilder.h"
#include "ui/AccessibleNames.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/properties/ReadingMarksProxy.h"
#include "ui/properties/ReadingsChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kac::ui {

using models::MeterReadingModel;
using models::PagedLoader;
using models::PropertyService;
using models::PropertyTreeModel;

ReadingsView::ReadingsView(PropertyService *service, const QString &accountNumber,
                           const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_accountNumber(accountNumber)
    , m_meter(new QComboBox)
    , m_useRange(new QCheckBox(tr("&Only from")))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_includeQuarantined(new QCheckBox(tr("Include &quarantined")))
    , m_apply(new QPushButton(tr("&Show")))
    , m_loadAll(new QPushButton(tr("Chart &whole range")))
    , m_estimate(new QPushButton(tr("Kraken &estimate")))
    , m_caption(new QLabel)
    , m_state(new PaneStateWidget)
    , m_chart(new ReadingsChart)
    , m_table(new QTableView)
    , m_proxy(new ReadingMarksProxy(this))
{
    m_meter->setAccessibleName(tr("Meter"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("Readings from"));
    m_to->setAccessibleName(tr("Readings to"));
    m_useRange->setToolTip(tr("Without a range every reading is listed, oldest first"));
    m_estimate->setToolTip(tr("Kraken's estimated reads for the dates chosen"));
    connect(m_useRange, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useRange, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useRange, &QCheckBox::toggled, this, &ReadingsView::reload);
    connect(m_includeQuarantined, &QCheckBox::toggled, this, &ReadingsView::reload);
    connect(m_apply, &QPushButton::clicked, this, &ReadingsView::reload);
    connect(m_loadAll, &QPushButton::clicked, this, &ReadingsView::loadAll);
    connect(m_estimate, &QPushButton::clicked, this, &ReadingsView::loadEstimate);
    connect(m_meter, &QComboBox::activated, this, &ReadingsView::reload);

    auto *controls = new QHBoxLayout;
    auto *meterLabel = new QLabel(tr("&Meter:"));
    meterLabel->setBuddy(m_meter);
    controls->addWidget(meterLabel);
    controls->addWidget(m_meter, 1);
    // The range on a line of its own: on one line with the meter the pane needed 696 px, more
    // than the account gets on a 1366 px screen with a dock open.
    auto *range = new QHBoxLayout;
    range->addWidget(m_useRange);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to")));
    range->addWidget(m_to);
    range->addWidget(m_includeQuarantined);
    range->addWidget(m_apply);
    range->addStretch();

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_caption, 1);
    footer->addWidget(m_loadAll);
    footer->addWidget(m_estimate);

    MeterReadingModel *readings = service->readings();
    m_proxy->setSourceModel(readings);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Meter readings"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row sizing
    m_table->verticalHeader()->hide(); // no row numbers, so no unnamed corner button
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight); // cut cells show their text as a tooltip
    sizeColumns();
    m_chart->setSources(service->readingsLoader(), service->estimatesLoader());

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    AccessibleNames::nameSplitterHandles(splitter, tr("Resize chart and readings"));
    m_state->setErrorCatalog(errors);
    m_state->setContent(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(range);
    layout->addWidget(m_state, 1);
    layout->addLayout(footer);

    // The one binding of every paged list: busy page, rows (with a notice for a refused field
    // or a later page that failed), the empty sentence, or the error; Retry asks the loader.
    PagedLoader *loader = service->readingsLoader();
    m_binding = bindPagedList(
        m_state, loader, readings, [this] { return emptyText(); }, tr("Loading readings…"));
    connect(loader, &PagedLoader::changed, this, &ReadingsView::updateCaption);
    connect(loader, &PagedLoader::loadingChanged, this, &ReadingsView::updateCaption);
    connect(loader, &PagedLoader::pageAppended, this, &ReadingsView::updateCaption);
    PagedLoader *estimates = service->estimatesLoader();
    connect(estimates, &PagedLoader::changed, this, &ReadingsView::updateCaption);
    connect(estimates, &PagedLoader::pageAppended, this, &ReadingsView::updateCaption);
    updateCaption();
}

void ReadingsView::sizeColumns()
{
    // Wide enough for the header and a typical value: the time, the read type and the two
    // numbers read in full; the rest can be narrowed (and widened back) by the agent.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QStringList samples{QStringLiteral("2025-11-16 00:30"),
                              tr("Accumulation · 30 min"),
                              QStringLiteral("12,345.678"),
                              QStringLiteral("12,345.678"),
                              QStringLiteral("kWh"),
                              tr("Substituted"),
                              QStringLiteral("NEM12"),
                              QStringLiteral("E1 0.098 · B1 0.000")};
    // Row numbers up to two years of half-hourly reads (35,040) and beyond.
    int essential =
        metrics.horizontalAdvance(QStringLiteral("0000000")) + 2 * m_table->frameWidth();
    for (int column = 0; column < samples.size(); ++column) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        const int width =
            std::max(metrics.horizontalAdvance(samples.at(column)),
                     metrics.horizontalAdvance(title) + 16) + // the sort / padding room
            12;
        m_table->setColumnWidth(column, width);
        if (column <= MeterReadingModel::ConsumptionColumn)
            essential += width;
    }
    m_table->setMinimumWidth(essential);
}

void ReadingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    resume();
}

void ReadingsView::resume()
{
    if (currentMeterId().isEmpty())
        return;
    PagedLoader *loader = m_service->readingsLoader();
    if (currentMeterId() != m_loadedMeterId || loader->state() == models::LoadState::Idle)
        reload(); // a meter not asked for yet, or a first page dropped while hidden
    else if (loader->fetchesAll())
        loader->fetchAll(); // a later page dropped while hidden: on from where it stopped
}

void ReadingsView::setMeters(const QList<PropertyTreeModel::MeterRef> &meters)
{
    const QString current = currentMeterId();
    m_meters = meters;
    m_meter->clear();
    for (const auto &m : meters) {
        const QString fuel = m.fuel == QLatin1String("GAS") ? tr("Gas") : tr("Electricity");
        m_meter->addItem(
            QStringLiteral("%1 %2 · %3 · %4")
                .arg(fuel, m.serialNumber, m.marketIdentifier,
                     models::PropertyTreeBuilder::readFrequencyText(m.readingFrequency)),
            m.meterId);
    }
    const int index = m_meter->findData(current);
    m_meter->setCurrentIndex(index >= 0 ? index : 0);
    m_metersKnown = true;
    // The chosen meter's readings, not a prompt to choose what is already chosen; out of
    // sight they load when the tab opens (showEvent).
    if (currentMeterId() != m_loadedMeterId && isVisible())
        reload();
    else
        m_binding->refresh(); // the empty sentence may have changed
}

QString ReadingsView::currentMeterId() const
{
    return m_meter->currentData().toString();
}

PropertyTreeModel::MeterRef ReadingsView::currentMeter() const
{
    for (const auto &m : m_meters) {
        if (m.meterId == currentMeterId())
            return m;
    }
    return {};
}

void ReadingsView::showMeter(const QString &meterId)
{
    const int index = m_meter->findData(meterId);
    if (index >= 0)
        m_meter->setCurrentIndex(index);
    reload();
}

void ReadingsView::reload()
{
    const auto meter = currentMeter();
    m_loadedMeterId = meter.meterId;
    if (meter.meterId.isEmpty() || meter.fuel == QLatin1String("GAS")) {
        // Nothing to ask for (Kraken serves reads for electricity meters only): the loader goes
        // Idle and the binding shows emptyText(), which says why.
        m_service->loadReadings({});
        m_binding->refresh();
        return;
    }
    m_chart->setUnit(meter.primaryRegisterUnit);
    PropertyService::ReadingQuery query;
    query.meterId = meter.meterId;
    query.accountNumber = m_accountNumber;
    if (m_useRange->isChecked()) {
        query.from = m_from->date();
        query.to = m_to->date();
    }
    query.includeQuarantined = m_includeQuarantined->isChecked();
    query.unit = meter.primaryRegisterUnit;
    m_service->loadReadings(query);
}

void ReadingsView::loadAll()
{
    PagedLoader *loader = m_service->readingsLoader();
    if (!loader->error().isNone() || !loader->pageError().isNone())
        loader->retry(); // the page that failed first, then on to the end
    loader->fetchAll();
}

void ReadingsView::loadEstimate()
{
    const auto meter = currentMeter();
    if (meter.marketIdentifier.isEmpty())
        return;
    m_service->loadEstimates(meter.marketIdentifier, meter.primaryRegisterId, m_from->date(),
                             m_to->date(), meter.primaryRegisterUnit);
}

QString ReadingsView::emptyText() const
{
    if (m_meters.isEmpty())
        return m_metersKnown
                   ? tr("This account has no meters.")
                   : tr("No meters yet: they are listed once the account's properties load.");
    if (currentMeter().fuel == QLatin1String("GAS"))
        return tr("Gas meter readings are not available here; Kraken lists electricity meter "
                  "readings only.");
    if (m_service->readingsLoader()->state() == models::LoadState::Idle)
        return tr("The chosen meter's readings load when this tab is shown.");
    return tr("No readings for this meter in the dates chosen.");
}

void ReadingsView::updateCaption()
{
    const MeterReadingModel *model = m_service->readings();
    const PagedLoader *loader = m_service->readingsLoader();
    const QLocale locale;
    QString text;
    if (loader->totalCount() >= 0)
        text = tr("Showing %1 of %2 readings")
                   .arg(locale.toString(model->rowCount()), locale.toString(loader->totalCount()));
    if (model->unavailableCount() > 0)
        text += tr(" · %n reading(s) left out of the chart: Kraken sent a value that is not a "
                   "number",
                   nullptr, model->unavailableCount());
    if (loader->isLoading())
        text += tr(" · loading…");
    const int estimates = m_service->estimates()->rowCount();
    if (estimates > 0)
        text += tr(" · %1 Kraken estimates (dashed)").arg(locale.toString(estimates));
    const PagedLoader *estimateLoader = m_service->estimatesLoader();
    const api::ApiError estimateError =
        !estimateLoader->error().isNone() ? estimateLoader->error() : estimateLoader->pageError();
    if (!estimateError.isNone())
        text += tr(" · Kraken's estimate failed: %1")
                    .arg(PaneStateWidget::messageFor(estimateError, nullptr));
    m_caption->setText(text);
    const bool failed = !loader->error().isNone() || !loader->pageError().isNone();
    m_loadAll->setEnabled(loader->canFetchMore() || failed ||
                          (loader->isLoading() && !loader->fetchesAll()));
}

} // namespace kac::ui
