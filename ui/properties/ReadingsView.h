#pragma once

#include "models/properties/PropertyTreeModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace kac::api {
class ErrorCatalog;
}
namespace kac::models {
class PropertyService;
}

namespace kac::ui {

class PaneStateBinding;
class PaneStateWidget;
class ReadingMarksProxy;
class ReadingsChart;

// A meter's readings: which meter, a date range and "include quarantined" on top; the chart
// next to the table below. The table pages as it is scrolled (fetchMore); "Chart whole range"
// loads every page. "Kraken estimate" adds estimateMeterReadings for the range as its own line.
// The states come from the service's readings loader through bindPagedList, as on every pane.
class ReadingsView : public QWidget
{
    Q_OBJECT
public:
    ReadingsView(models::PropertyService *service, const QString &accountNumber,
                 const api::ErrorCatalog *errors, QWidget *parent = nullptr);

    // The meters to choose from (from the property tree); keeps the current one if still there.
    void setMeters(const QList<models::PropertyTreeModel::MeterRef> &meters);
    // The chosen meter's readings load as soon as the view is on screen (or at once if it is).
    // Chooses a meter and loads its readings with the current range and switch.
    void showMeter(const QString &meterId);
    QString currentMeterId() const;

    ReadingsChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    PaneStateWidget *paneState() const { return m_state; }
    QComboBox *meterBox() const { return m_meter; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *quarantinedSwitch() const { return m_includeQuarantined; }
    QCheckBox *rangeSwitch() const { return m_useRange; }
    QPushButton *loadAllButton() const { return m_loadAll; }
    QPushButton *estimateButton() const { return m_estimate; }

public slots:
    void reload();       // the current meter with the current range and switch
    void loadAll();      // every page of the current query
    void loadEstimate(); // Kraken's estimate for the range
    // On screen again: a load dropped while hidden (PropertyService::suspend) asks again, a
    // "Chart whole range" goes on from the page it had reached.
    void resume();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sizeColumns();
    // The pane's empty sentence: no meters, a gas meter, nothing in the dates chosen.
    QString emptyText() const;
    void updateCaption();
    models::PropertyTreeModel::MeterRef currentMeter() const;

    models::PropertyService *m_service;
    QString m_accountNumber;
    QList<models::PropertyTreeModel::MeterRef> m_meters;
    QComboBox *m_meter;
    QCheckBox *m_useRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_includeQuarantined;
    QPushButton *m_apply;
    QPushButton *m_loadAll;
    QPushButton *m_estimate;
    QLabel *m_caption;
    PaneStateWidget *m_state;
    PaneStateBinding *m_binding = nullptr; // the readings loader on m_state
    ReadingsChart *m_chart;
    QTableView *m_table;
    ReadingMarksProxy *m_proxy;
    QString m_loadedMeterId;    // the meter whose readings were last asked for
    bool m_metersKnown = false; // setMeters() was called: an empty list means "no meters"
};

} // namespace kac::ui
