#include "ui/PaneStateBinding.h"

#include "ui/PaneStateWidget.h"

#include <QAbstractItemModel>

namespace kac::ui {

using models::LoadState;

PaneStateBinding::PaneStateBinding(PaneStateWidget *pane, models::Loadable *source, Texts texts)
    : QObject(pane)
    , m_pane(pane)
    , m_source(source)
    , m_texts(std::move(texts))
{
    connect(source, &models::Loadable::changed, this, &PaneStateBinding::refresh);
    connect(pane, &PaneStateWidget::retryRequested, source, &models::Loadable::retry);
    refresh();
}

void PaneStateBinding::refresh()
{
    if (!m_source)
        return;
    const auto loadingText = [this] { return m_texts.loading ? m_texts.loading() : QString(); };
    const auto emptyText = [this] { return m_texts.empty ? m_texts.empty() : QString(); };
    const LoadState state = m_source->state();
    switch (state) {
    case LoadState::Idle:
        if (m_texts.idleIsLoading)
            m_pane->showLoading(loadingText());
        else
            m_pane->showEmpty(emptyText());
        break;
    case LoadState::Loading:
        if (!m_rows || m_rows->rowCount() == 0)
            m_pane->showLoading(loadingText());
        break;
    case LoadState::Loaded:
        if (!m_source->pageError().isNone())
            m_pane->showContentWithPagingError(m_source->pageError()); // the rows stay
        else
            m_pane->showContent(m_source->partialError());
        break;
    case LoadState::Empty:
        // Nothing came, and Kraken refused a field on the way: that refusal is the likelier
        // reason than "there is none", so it is shown as the error (with Retry), not as Empty.
        if (!m_source->partialError().isNone())
            m_pane->showError(m_source->partialError());
        else
            m_pane->showEmpty(emptyText());
        break;
    case LoadState::Failed:
        m_pane->showError(m_source->error());
        break;
    }
    emit shown(state);
}

PaneStateBinding *bindPaneState(PaneStateWidget *pane, models::Loadable *source,
                                const QString &emptyText, const QString &loadingText,
                                bool idleIsLoading)
{
    PaneStateBinding::Texts texts;
    texts.loading = [loadingText] { return loadingText; };
    texts.empty = [emptyText] { return emptyText; };
    texts.idleIsLoading = idleIsLoading;
    return new PaneStateBinding(pane, source, std::move(texts));
}

PaneStateBinding *bindPagedList(PaneStateWidget *pane, models::Loadable *source,
                                const QAbstractItemModel *rows, const QString &emptyText,
                                const QString &loadingText)
{
    return bindPagedList(
        pane, source, rows, [emptyText] { return emptyText; }, loadingText);
}

PaneStateBinding *bindPagedList(PaneStateWidget *pane, models::Loadable *source,
                                const QAbstractItemModel *rows, std::function<QString()> emptyText,
                                const QString &loadingText)
{
    PaneStateBinding::Texts texts;
    texts.loading = [loadingText] { return loadingText; };
    texts.empty = std::move(emptyText);
    texts.idleIsLoading = false;
    auto *binding = new PaneStateBinding(pane, source, std::move(texts));
    binding->keepRowsWhileLoading(rows);
    return binding;
}

} // namespace kac::ui
