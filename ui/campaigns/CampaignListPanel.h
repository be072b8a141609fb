#pragma once

#include "ui/ConsoleContext.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace kac::models {
class CampaignService;
}

namespace kac::ui {

class CampaignView;
class PaneStateWidget;

// The campaigns list (filtered by status, type and name; paged as it scrolls) beside the
// selected campaign's view. Typing in the name filter waits for a pause before asking.
class CampaignListPanel : public QWidget
{
    Q_OBJECT
public:
    CampaignListPanel(models::CampaignService *service, const ConsoleContext &context,
                      QWidget *parent = nullptr);

    QComboBox *statusFilter() const { return m_status; }
    QComboBox *typeFilter() const { return m_type; }
    QLineEdit *nameFilter() const { return m_name; }
    QTableView *listView() const { return m_list; }
    PaneStateWidget *listState() const { return m_listState; }
    CampaignView *campaignView() const { return m_view; }
    void setNameDebounceMs(int ms) { m_debounce.setInterval(ms); }

    // Loads the list the first time the panel is shown.
    void ensureLoaded();

signals:
    void openAccountRequested(const QString &accountNumber);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void openCurrent();

    models::CampaignService *m_service;
    QComboBox *m_status;
    QComboBox *m_type;
    QLineEdit *m_name;
    QTimer m_debounce;
    PaneStateWidget *m_listState;
    QTableView *m_list;
    CampaignView *m_view;
    bool m_loaded = false;
};

} // namespace kac::ui
