#pragma once

#include "ui/LazyPane.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kac::api {
class ErrorCatalog;
}

namespace kac::models {
class SectionLoader;
}

namespace kac::ui {

class DateRangeBar;
class PaneStateWidget;

// One account section as a table with loading/empty/error states. Scrolling to the bottom of
// a paged section fetches the next page (the model's fetchMore); the footer says how many rows
// of how many are loaded, and offers Retry when a later page failed.
// Column headers sort: the column Kraken can order by (the spec's serverOrder) asks Kraken
// again, so the order spans every page; other columns sort the rows loaded so far, and the
// footer says so while more are still to come. Sections Kraken filters by date get a
// From/To bar that asks Kraken again for that range.
class SectionPane : public QWidget, public LazyPane
{
    Q_OBJECT
public:
    SectionPane(models::SectionLoader *loader, const api::ErrorCatalog *errors,
                QWidget *parent = nullptr);

    models::SectionLoader *loader() const { return m_loader; }
    QTableView *view() const { return m_view; }
    PaneStateWidget *paneState() const { return m_state; }
    DateRangeBar *dateFilter() const { return m_dateFilter; } // null when Kraken has none
    QLabel *footer() const { return m_footer; }

    // A section where the agent also acts (notes: the note editor) shows `area` above its rows.
    void setActionArea(QWidget *area);

    // Shown: loads (the first time, or again what a hide dropped); hidden: suspends the loader.
    void setShown(bool shown) override;

private:
    void updateFooter();
    void sortBy(int column, Qt::SortOrder order);
    void sendArguments();

    models::SectionLoader *m_loader;
    PaneStateWidget *m_state;
    QTableView *m_view;
    QSortFilterProxyModel *m_sorted;
    DateRangeBar *m_dateFilter = nullptr;
    QLabel *m_footer;
    bool m_serverOrdered = false; // the agent sorted by the column Kraken orders
    Qt::SortOrder m_serverOrder = Qt::DescendingOrder;
};

} // namespace kac::ui
