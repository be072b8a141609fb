#pragma once

#include "ui/ConsoleContext.h"
#include "ui/LazyPane.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kac::models {
class CallLookupService;
}

namespace kac::ui {

class PaneStateWidget;

// Call tags with their active state: filter by name and state, or look one up by id.
class CallTagsPanel : public QWidget, public LazyPane
{
    Q_OBJECT
public:
    CallTagsPanel(models::CallLookupService *service, const ConsoleContext &context,
                  QWidget *parent = nullptr);

    QLineEdit *nameFilter() const { return m_name; }
    QComboBox *stateFilter() const { return m_state; }
    QLineEdit *idField() const { return m_id; }
    QLabel *lookupResult() const { return m_result; }
    QTableView *tagsView() const { return m_tags; }
    PaneStateWidget *tagsState() const { return m_tagsState; }

    void reload();
    // Shown: loads the tags unless they have loaded; hidden: drops what is in flight.
    void setShown(bool shown) override;

private:
    models::CallLookupService *m_service;
    const api::ErrorCatalog *m_errors;
    QLineEdit *m_name;
    QComboBox *m_state;
    QLineEdit *m_id;
    QLabel *m_result;
    PaneStateWidget *m_tagsState;
    QTableView *m_tags;
};

} // namespace kac::ui
