#pragma once

#include "models/Loadable.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemModel;

namespace kac::ui {

class PaneStateWidget;

// Shows a Loadable on a PaneStateWidget, the one way every pane does it: loading (busy page),
// Loaded (the content, with a notice for refused fields or a later page that failed), Empty
// (the pane's sentence; but the refused field as the error when Kraken refused one and nothing
// came), Failed (the error with Retry). Retry on either page calls retry().
// Owned by the pane widget; refresh() again when something the texts depend on changed.
class PaneStateBinding : public QObject
{
    Q_OBJECT
public:
    struct Texts
    {
        std::function<QString()> loading; // none: the busy page's default
        std::function<QString()> empty;
        // Before the first load: true shows the busy page (a pane that loads when shown),
        // false the empty sentence (a pane waiting for the agent to ask for something).
        bool idleIsLoading = true;
    };

    PaneStateBinding(PaneStateWidget *pane, models::Loadable *source, Texts texts);

    // Rows already on screen stay while a new load runs (a refreshed list, a new search)
    // instead of the busy page; only an empty view shows it.
    void keepRowsWhileLoading(const QAbstractItemModel *rows) { m_rows = rows; }

    void refresh();

signals:
    // After the pane shows the source's new state.
    void shown(kac::models::LoadState state);

private:
    PaneStateWidget *m_pane;
    QPointer<models::Loadable> m_source;
    Texts m_texts;
    QPointer<const QAbstractItemModel> m_rows;
};

// Convenience: a binding with an empty sentence only.
PaneStateBinding *bindPaneState(PaneStateWidget *pane, models::Loadable *source,
                                const QString &emptyText, const QString &loadingText = {},
                                bool idleIsLoading = true);

// A list filled page by page (a PagedLoader): the empty sentence before the first load, the
// busy page only while nothing is shown; later pages and reloads keep the rows on screen.
PaneStateBinding *bindPagedList(PaneStateWidget *pane, models::Loadable *source,
                                const QAbstractItemModel *rows, const QString &emptyText,
                                const QString &loadingText = {});
// The same, for a pane whose empty sentence depends on what the agent chose (refresh() the
// binding when that changes).
PaneStateBinding *bindPagedList(PaneStateWidget *pane, models::Loadable *source,
                                const QAbstractItemModel *rows, std::function<QString()> emptyText,
                                const QString &loadingText = {});

} // namespace kac::ui
