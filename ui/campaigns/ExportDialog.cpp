#include "ui/campaigns/ExportDialog.h"

#include "models/campaigns/CampaignExporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kac::ui {

using models::CampaignExporter;

ExportDialog::ExportDialog(api::Transport *transport, const QString &campaignId,
                           const QString &campaignName, QWidget *parent)
    : QDialog(parent)
    , m_campaignId(campaignId)
    , m_exporter(new CampaignExporter(transport, this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Export %1 to CSV").arg(campaignName));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(campaignId + QStringLiteral(".csv")));
    m_path->setAccessibleName(tr("File to export to"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setDefault(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from QFormLayout: without one the & shows as is.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_exporter, &CampaignExporter::progress, this, [this](int written, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(written);
        m_status->setText(tr("Exported %1 of %2 items…")
                              .arg(QLocale().toString(written), QLocale().toString(total)));
    });
    connect(m_exporter, &CampaignExporter::finished, this, [this](const QString &path, int rows) {
        setRunning(false);
        m_status->setText(tr("Saved %1 items to %2").arg(QLocale().toString(rows), path));
        m_cancel->setText(tr("Close"));
        emit exported(m_campaignId, m_exporter->pendingItems(), rows);
    });
    connect(m_exporter, &CampaignExporter::failed, this, [this](const QString &message) {
        setRunning(false);
        m_progress->setRange(0, 1); // a failure before the first page must not leave it busy
        m_progress->setValue(0);
        m_status->setText(message);
    });
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::startExport()
{
    if (filePath().isEmpty()) {
        m_status->setText(tr("Choose a file to export to."));
        return;
    }
    m_progress->setRange(0, 0); // busy until the first page says how many
    m_status->setText(tr("Starting the export…"));
    setRunning(true);
    m_exporter->start(m_campaignId, filePath()); // a file error arrives through failed()
}

void ExportDialog::reject()
{
    if (m_exporter->state() == CampaignExporter::State::Running) {
        m_exporter->cancel();
        setRunning(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Export cancelled; no file was saved."));
        return; // the dialog stays open so the agent sees it stopped; Cancel again closes
    }
    QDialog::reject();
}

void ExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export campaign items"), filePath(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ExportDialog::setRunning(bool running)
{
    m_export->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

} // namespace kac::ui
