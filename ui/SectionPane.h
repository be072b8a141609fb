#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace kac::api {
class ErrorCatalog;
}

namespace kac::models {
class SectionLoader;
}

namespace kac::ui {

class PaneStateWidget;

// One account section as a table with loading/empty/error states. Scrolling to the bottom of
// a paged section fetches the next page (the model's fetchMore); the footer says how many rows
// of how many are loaded, and offers Retry when a later page failed.
class SectionPane : public QWidget
{
    Q_OBJECT
public:
    SectionPane(models::SectionLoader *loader, const api::ErrorCatalog *errors,
                QWidget *parent = nullptr);

    models::SectionLoader *loader() const { return m_loader; }
    QTableView *view() const { return m_view; }
    PaneStateWidget *paneState() const { return m_state; }

    // Starts loading the first time the section is shown.
    void activate();

private:
    void updateState();
    void updateFooter();

    models::SectionLoader *m_loader;
    PaneStateWidget *m_state;
    QTableView *m_view;
    QLabel *m_footer;
};

} // namespace kac::ui
