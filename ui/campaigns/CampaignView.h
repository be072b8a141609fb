#pragma once

#include "ui/ConsoleContext.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace kac::models {
class CampaignService;
}

namespace kac::ui {

class ExportDialog;
class OutcomeChart;
class PaneStateWidget;

// One voice campaign: its header (description, outbound number, status, type, duplicate
// prevention, tags), its items (paged as the table scrolls) and a chart of their outcomes.
// Enter or double-click on an item asks for that account's tab; Export opens the CSV export.
class CampaignView : public QWidget
{
    Q_OBJECT
public:
    CampaignView(models::CampaignService *service, const ConsoleContext &context,
                 QWidget *parent = nullptr);

    PaneStateWidget *headerState() const { return m_headerState; }
    PaneStateWidget *itemsState() const { return m_itemsState; }
    QTableView *itemsView() const { return m_items; }
    OutcomeChart *outcomeChart() const { return m_chart; }
    QPushButton *exportButton() const { return m_export; }
    QString headerText() const; // what the header shows, for tests and screen readers

    // In a narrow dock the actions (reveal phones, export) stack instead of sitting in a row.
    void setStacked(bool stacked);

    // The ExportDialog opened by the last click on Export (tests drive it).
    ExportDialog *lastExportDialog() const;

signals:
    void openAccountRequested(const QString &accountNumber);

private:
    void showHeader();
    void openItem(const QModelIndex &index);
    void updateChart();
    void openExport();

    models::CampaignService *m_service;
    ConsoleContext m_context;
    PaneStateWidget *m_headerState;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_tags;
    PaneStateWidget *m_itemsState;
    QTableView *m_items;
    QCheckBox *m_revealPhones;
    QPushButton *m_export;
    OutcomeChart *m_chart;
    QBoxLayout *m_actions;
    QWidget *m_itemsAndChart; // hidden until a campaign is chosen: one state on screen at a time
    QPointer<ExportDialog> m_lastExport;
};

} // namespace kac::ui
