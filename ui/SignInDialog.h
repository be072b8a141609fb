#pragma once

#include "api/SignInMethods.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QFormLayout;
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
    enum class Method
    {
        ApiKey,
        PreSignedKey,
        OrganizationSecretKey,
        Password, // email + password
    };
    QUrl endpoint;
    Method method = Method::ApiKey;
    QString email;
    QString password;
    QString key; // the API key, pre-signed key or organisation secret key
    bool remember = false;
};

// Sign-in: the endpoint (a preset or a custom URL, checked by endpointProblem and the
// administrator's allowed list), one of the methods that endpoint offers (API key, pre-signed
// key, organisation secret key, email + password: setMethods()), and "remember me" (the
// refresh token goes to the keychain, never to a file). The dialog only collects and shows;
// SignInController asks the endpoint for its methods and does the signing in.
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

    // Offers only `methods` for `forEndpoint` (ignored when the agent has picked another one
    // meanwhile). Until told, every method is offered.
    void setMethods(const QUrl &forEndpoint, const api::SignInMethodSet &methods);
    api::SignInMethodSet methods() const { return m_methods; }
    // Whether the radio button for `method` is offered (tests and accessibility checks).
    bool offers(SignInRequest::Method method) const;
    void chooseMethod(SignInRequest::Method method);

signals:
    void signInRequested(const kac::ui::SignInRequest &request);
    // The agent picked an endpoint that can be used: the controller asks it for its methods.
    void endpointChosen(const QUrl &endpoint);

private:
    void updateForm();
    void onEndpointEdited();
    void submit();
    QRadioButton *buttonFor(SignInRequest::Method method) const;
    SignInRequest::Method chosenMethod() const;

    models::AppSettings *m_settings;
    QLabel *m_reason;
    QComboBox *m_endpoint;
    QLineEdit *m_customUrl;
    QRadioButton *m_byApiKey;
    QRadioButton *m_byPreSignedKey;
    QRadioButton *m_byOrganizationKey;
    QRadioButton *m_byPassword;
    QLabel *m_methodsNote;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QCheckBox *m_remember;
    QLabel *m_endpointProblem;
    QFormLayout *m_form = nullptr;
    QLabel *m_error;
    QPushButton *m_signIn;
    api::SignInMethodSet m_methods;
    QUrl m_lastChosen;
    bool m_busy = false;
};

} // namespace kac::ui
