#pragma once

#include "models/PagedLoader.h"
#include "ui/PaneStateWidget.h"

#include <QAbstractItemModel>

namespace kac::ui {

// Shows a PagedLoader's state on a PaneStateWidget (loading, rows with a notice if some fields
// were refused, empty, error with Retry).
// Later pages load under the rows already shown: only the first page shows the busy page.
inline void bindLoaderState(PaneStateWidget *pane, models::PagedLoader *loader,
                            const QAbstractItemModel *model, const QString &emptyText)
{
    using State = models::PagedLoader::State;
    auto show = [pane, loader, model, emptyText](State state) {
        switch (state) {
        case State::Idle:
            pane->showEmpty(emptyText);
            break;
        case State::Loading:
            if (model->rowCount() == 0)
                pane->showLoading();
            break;
        case State::Ready:
            pane->showContent(loader->partialError());
            break;
        case State::Empty:
            pane->showEmpty(emptyText);
            break;
        case State::Failed:
            pane->showError(loader->error());
            break;
        }
    };
    QObject::connect(loader, &models::PagedLoader::stateChanged, pane, show);
    QObject::connect(pane, &PaneStateWidget::retryRequested, loader, &models::PagedLoader::retry);
    show(loader->state());
}

} // namespace kac::ui
