#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kac::api {
class Transport;
}
namespace kac::models {
class CampaignExporter;
}

namespace kac::ui {

// Exports one campaign's items to a CSV file: choose the file, watch a progress bar, Cancel at
// any time. The file appears only when complete; a failure or Cancel leaves nothing behind.
// Closing the dialog while exporting cancels the export.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(api::Transport *transport, const QString &campaignId, const QString &campaignName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    models::CampaignExporter *exporter() const { return m_exporter; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString statusText() const;

    void startExport();

    void reject() override; // Escape / Cancel / close: cancels a running export first

signals:
    // The export finished; `pending` of `total` items are still waiting for a call.
    void exported(const QString &campaignId, int pending, int total);

private:
    void chooseFile();
    void setRunning(bool running);

    QString m_campaignId;
    models::CampaignExporter *m_exporter;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_cancel;
};

} // namespace kac::ui
