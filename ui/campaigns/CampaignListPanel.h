#pragma once

#include "ui/ConsoleContext.h"
#include "ui/LazyPane.h"

#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;

namespace kac::models {
class CampaignService;
}

namespace kac::ui {

class CampaignView;
class PaneStateWidget;

// The campaigns list (filtered by status, type and name; paged as it scrolls) beside the
// selected campaign's view. Typing in the name filter waits for a pause before asking. In a
// narrow dock the filters stack and the campaign's view goes below the list.
class CampaignListPanel : public QWidget, public LazyPane
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

    // Shown: loads the list (and the open campaign) unless it has loaded; hidden: drops what
    // is in flight, so the next show asks again.
    void setShown(bool shown) override;
    bool isNarrow() const;

signals:
    void openAccountRequested(const QString &accountNumber);

protected:
    void resizeEvent(QResizeEvent *event) override;

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
    QBoxLayout *m_filters;
    QSplitter *m_split;
};

} // namespace kac::ui
