#pragma once

#include "models/PagedLoader.h"
#include "ui/PaneStateWidget.h"

#include <QAbstractItemModel>

namespace kac::ui {

// Shows a PagedLoader's state on a PaneStateWidget (loading, rows with a notice if some fields
// were refused or the next page failed, empty, error with Retry).
// Later pages load under the rows already shown: only the first page shows the busy page.
inline void bindLoaderState(PaneStateWidget *pane, models::PagedLoader *loader,
                            const QAbstractItemModel *model, const QString &emptyText,
                            const QString &loadingText = {})
{
    using State = models::PagedLoader::State;
    auto show = [pane, loader, model, emptyText, loadingText](State state) {
        switch (state) {
        case State::Idle:
            pane->showEmpty(emptyText);
            break;
        case State::Loading:
            if (model->rowCount() == 0)
                pane->showLoading(loadingText);
            break;
        case State::Ready:
            pane->showContent(loader->partialError());
            break;
        case State::Empty:
            pane->showEmpty(emptyText);
            break;
        case State::Failed:
            if (model->rowCount() > 0)
                pane->showContentWithPagingError(loader->error()); // keep what is on screen
            else
                pane->showError(loader->error());
            break;
        }
    };
    QObject::connect(loader, &models::PagedLoader::stateChanged, pane, show);
    QObject::connect(pane, &PaneStateWidget::retryRequested, loader, &models::PagedLoader::retry);
    show(loader->state());
}

} // namespace kac::ui
