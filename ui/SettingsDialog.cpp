#include "ui/SettingsDialog.h"

#include "models/AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kac::ui {

using models::AppSettings;

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_endpoint(new QLineEdit(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_restoreTabs(new QCheckBox(tr("Reopen my account tabs when the console starts"), this))
    , m_http2(new QCheckBox(tr("Allow HTTP/2"), this))
    , m_managed(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_endpoint->setObjectName(QStringLiteral("endpointUrl"));
    m_endpoint->setAccessibleName(tr("Kraken endpoint URL"));
    m_idleMinutes->setObjectName(QStringLiteral("idleTimeout"));
    m_idleMinutes->setAccessibleName(tr("Lock after idle minutes"));
    m_idleMinutes->setRange(1, 24 * 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_restoreTabs->setObjectName(QStringLiteral("restoreTabs"));
    m_http2->setObjectName(QStringLiteral("http2"));
    m_managed->setObjectName(QStringLiteral("managedNote"));
    m_managed->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Lock after idle:"), m_idleMinutes);
    form->addRow(QString(), m_restoreTabs);
    form->addRow(QString(), m_http2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_managed);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

void SettingsDialog::lockIfManaged(QWidget *editor, const QString &key)
{
    const bool locked = m_settings->isLocked(key);
    editor->setEnabled(!locked);
    editor->setToolTip(locked ? m_settings->managedNote() : QString());
}

void SettingsDialog::load()
{
    m_endpoint->setText(m_settings->value(AppSettings::kEndpointUrl).toString());
    m_idleMinutes->setValue(m_settings->value(AppSettings::kIdleTimeoutMinutes).toInt());
    m_restoreTabs->setChecked(m_settings->value(AppSettings::kRestoreTabs).toBool());
    m_http2->setChecked(m_settings->value(AppSettings::kHttp2).toBool());
    lockIfManaged(m_endpoint, AppSettings::kEndpointUrl);
    lockIfManaged(m_idleMinutes, AppSettings::kIdleTimeoutMinutes);
    lockIfManaged(m_restoreTabs, AppSettings::kRestoreTabs);
    lockIfManaged(m_http2, AppSettings::kHttp2);
    m_managed->setText(m_settings->managedNote());
    m_managed->setVisible(!m_managed->text().isEmpty());
}

bool SettingsDialog::save()
{
    QStringList refused;
    auto write = [&](const QString &key, const QVariant &value, const QString &label) {
        if (m_settings->isLocked(key) || m_settings->value(key) == value)
            return;
        if (!m_settings->setValue(key, value))
            refused << label;
    };
    write(AppSettings::kEndpointUrl, m_endpoint->text().trimmed(), tr("endpoint"));
    write(AppSettings::kIdleTimeoutMinutes, m_idleMinutes->value(), tr("idle time"));
    write(AppSettings::kRestoreTabs, m_restoreTabs->isChecked(), tr("reopen tabs"));
    write(AppSettings::kHttp2, m_http2->isChecked(), tr("HTTP/2"));
    m_error->setText(
        refused.isEmpty()
            ? QString()
            : tr("Not saved: %1 (not allowed here).").arg(refused.join(QStringLiteral(", "))));
    return refused.isEmpty();
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

} // namespace kac::ui
