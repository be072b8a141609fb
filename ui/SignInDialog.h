#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kac::models {
class AppSettings;
}

namespace kac::ui {

// What the agent entered to sign in.
struct SignInRequest
{
    QUrl endpoint;
    bool useApiKey = false;
    QString email;
    QString password;
    QString apiKey;
    bool remember = false;
};

// Sign-in: the endpoint (a preset or a custom URL, checked by endpointProblem and the
// administrator's allowed list), email + password or an API key, and "remember me" (the
// refresh token goes to the keychain, never to a file). The dialog only collects and shows;
// SignInController does the signing in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(models::AppSettings *settings, QWidget *parent = nullptr);

    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const;
    // Why the chosen endpoint cannot be used, or empty.
    QString endpointProblem() const;
    void setReason(const QString &reason);
    void setBusy(bool busy);
    void showError(const QString &message);
    QString errorText() const;
    SignInRequest request() const;

signals:
    void signInRequested(const kac::ui::SignInRequest &request);

private:
    void updateForm();
    void submit();

    models::AppSettings *m_settings;
    QLabel *m_reason;
    QComboBox *m_endpoint;
    QLineEdit *m_customUrl;
    QRadioButton *m_byPassword;
    QRadioButton *m_byApiKey;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_apiKey;
    QCheckBox *m_remember;
    QLabel *m_endpointProblem;
    QLabel *m_error;
    QPushButton *m_signIn;
    bool m_busy = false;
};

} // namespace kac::ui
