#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kac::models {
class AppSettings;
}

namespace kac::ui {

// The agent's settings, backed by AppSettings. A key the administrator locked is shown
// read-only, with the managed note saying why.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(models::AppSettings *settings, QWidget *parent = nullptr);

    // Writes every unlocked value; false (and a message) when a value was refused.
    bool save();
    QString errorText() const;

private:
    void load();
    void lockIfManaged(QWidget *editor, const QString &key);

    models::AppSettings *m_settings;
    QLineEdit *m_endpoint;
    QSpinBox *m_idleMinutes;
    QCheckBox *m_restoreTabs;
    QCheckBox *m_http2;
    QLabel *m_managed;
    QLabel *m_error;
};

} // namespace kac::ui
