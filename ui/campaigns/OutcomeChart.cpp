#include "ui/campaigns/OutcomeChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace kac::ui {

OutcomeChart::OutcomeChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_rebuild(new QTimer(this))
    , m_caption(new QLabel(this))
    , m_summariseAll(new QPushButton(tr("Summarise all items"), this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->setAccessibleName(tr("Item status chart"));
    m_view->viewport()->setAccessibleName(m_view->accessibleName()); // it takes the focus
    m_summariseAll->setToolTip(tr("Loads every item of the campaign so the summary covers all"));
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(100);
    connect(m_rebuild, &QTimer::timeout, this, &OutcomeChart::rebuild);
    connect(m_summariseAll, &QPushButton::clicked, this, &OutcomeChart::summariseAllRequested);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_caption, 1);
    footer->addWidget(m_summariseAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);
    rebuild();
}

void OutcomeChart::setCounts(const QMap<QString, int> &counts, int summarised, int total)
{
    m_counts = counts;
    m_summarised = summarised;
    m_total = total;
    m_caption->setText(caption());
    m_summariseAll->setVisible(total > summarised);
    if (!m_rebuild->isActive())
        m_rebuild->start();
}

void OutcomeChart::setSummarisingAll(bool busy)
{
    m_summariseAll->setEnabled(!busy);
    m_summariseAll->setText(busy ? tr("Summarising…") : tr("Summarise all items"));
}

QString OutcomeChart::caption() const
{
    const QLocale locale;
    if (m_total <= 0)
        return tr("No items");
    if (m_summarised >= m_total)
        return tr("Statuses of all %1 items").arg(locale.toString(m_total));
    return tr("Statuses of the first %1 of %2 items")
        .arg(locale.toString(m_summarised), locale.toString(m_total));
}

void OutcomeChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Item statuses"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *set = new QBarSet(tr("Items"));
    QStringList labels;
    int largest = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        labels << QStringLiteral("%1 (%2)").arg(it.key(), QLocale().toString(it.value()));
        *set << it.value();
        largest = std::max(largest, it.value());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, std::max(1, largest));
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
}

} // namespace kac::ui
