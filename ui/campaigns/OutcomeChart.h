#pragma once

#include <QMap>
#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTimer;

namespace kac::ui {

// A summary of a campaign's item outcomes as a bar chart (Qt Charts), with a caption saying how
// many items it covers, and a button to summarise every item (the summary otherwise covers only
// the items loaded so far).
class OutcomeChart : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget *parent = nullptr);

    // Outcome label -> items with it; `summarised` of `total` items are counted.
    void setCounts(const QMap<QString, int> &counts, int summarised, int total);
    void setSummarisingAll(bool busy);
    QString caption() const;
    // The chart's bars, for tests: label -> count, as drawn.
    QMap<QString, int> shownCounts() const { return m_counts; }

signals:
    void summariseAllRequested();

private:
    void rebuild();

    QChartView *m_view;
    QTimer *m_rebuild; // coalesces many pages into one redraw
    QLabel *m_caption;
    QPushButton *m_summariseAll;
    QMap<QString, int> m_counts;
    int m_summarised = 0;
    int m_total = 0;
};

} // namespace kac::ui
