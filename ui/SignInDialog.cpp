#include "ui/SignInDialog.h"

#include "api/Endpoint.h"
#include "models/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kac::ui {

namespace {
const QString kCustom = QStringLiteral("custom");
}

SignInDialog::SignInDialog(models::AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_reason(new QLabel(this))
    , m_endpoint(new QComboBox(this))
    , m_customUrl(new QLineEdit(this))
    , m_byApiKey(new QRadioButton(tr("&API key"), this))
    , m_byPreSignedKey(new QRadioButton(tr("Pre-si&gned key"), this))
    , m_byOrganizationKey(new QRadioButton(tr("&Organisation secret key"), this))
    , m_byPassword(new QRadioButton(tr("&Email and password"), this))
    , m_methodsNote(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_endpointProblem(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Kraken"));
    setObjectName(QStringLiteral("signInDialog"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    for (const api::EndpointPreset &preset : api::endpointPresets())
        m_endpoint->addItem(preset.label, preset.url);
    m_endpoint->addItem(tr("Custom URL…"), kCustom);
    m_endpoint->setObjectName(QStringLiteral("endpointCombo"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_customUrl->setObjectName(QStringLiteral("customUrl"));
    m_customUrl->setAccessibleName(tr("Custom endpoint URL"));
    m_customUrl->setPlaceholderText(
        QStringLiteral("https://api.example-kraken.energy/v1/graphql/"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_keyLabel->setBuddy(m_key);
    m_byApiKey->setObjectName(QStringLiteral("byApiKey"));
    m_byPreSignedKey->setObjectName(QStringLiteral("byPreSignedKey"));
    m_byOrganizationKey->setObjectName(QStringLiteral("byOrganizationKey"));
    m_byPassword->setObjectName(QStringLiteral("byPassword"));
    m_byApiKey->setChecked(true);
    m_methodsNote->setObjectName(QStringLiteral("signInMethodsNote"));
    m_methodsNote->setWordWrap(true);
    m_methodsNote->hide();
    m_remember->setObjectName(QStringLiteral("rememberMe"));
    m_remember->setToolTip(tr("Keeps a refresh token in the system keychain so the console "
                              "opens signed in next time."));
    m_endpointProblem->setObjectName(QStringLiteral("endpointProblem"));
    m_endpointProblem->setWordWrap(true);
    m_endpointProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Sign-in error"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("E&ndpoint:"), m_endpoint);
    form->addRow(tr("&URL:"), m_customUrl);
    form->addRow(QString(), m_endpointProblem);
    form->addRow(QString(), m_byApiKey);
    form->addRow(QString(), m_byPreSignedKey);
    form->addRow(QString(), m_byOrganizationKey);
    form->addRow(QString(), m_byPassword);
    form->addRow(QString(), m_methodsNote);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_keyLabel, m_key);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (m_settings && m_settings->isLocked(models::AppSettings::kEndpointUrl)) {
        m_endpoint->setEnabled(false);
        m_customUrl->setReadOnly(true);
        m_endpoint->setToolTip(m_settings->managedNote());
    }
    if (m_settings)
        setEndpoint(QUrl(m_settings->value(models::AppSettings::kEndpointUrl).toString()));

    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &SignInDialog::onEndpointEdited);
    // A custom URL is asked about once the agent stops typing (or leaves the field).
    connect(m_customUrl, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    connect(m_customUrl, &QLineEdit::editingFinished, this, &SignInDialog::onEndpointEdited);
    for (QRadioButton *button : {m_byApiKey, m_byPreSignedKey, m_byOrganizationKey, m_byPassword})
        connect(button, &QRadioButton::toggled, this, &SignInDialog::updateForm);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    connect(m_key, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    updateForm();
}

void SignInDialog::setEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.isEmpty())
        return;
    for (int i = 0; i < m_endpoint->count(); ++i) {
        if (m_endpoint->itemData(i).toUrl() == endpoint) {
            m_endpoint->setCurrentIndex(i);
            onEndpointEdited();
            return;
        }
    }
    m_endpoint->setCurrentIndex(m_endpoint->findData(kCustom));
    m_customUrl->setText(endpoint.toString());
    onEndpointEdited();
}

void SignInDialog::onEndpointEdited()
{
    updateForm();
    const QUrl url = endpoint();
    if (!endpointProblem().isEmpty() || url == m_lastChosen)
        return;
    m_lastChosen = url;
    emit endpointChosen(url);
}

void SignInDialog::setMethods(const QUrl &forEndpoint, const api::SignInMethodSet &methods)
{
    if (forEndpoint != endpoint())
        return; // the agent moved on to another endpoint; its own answer will come
    m_methods = methods;
    const bool any =
        methods.apiKey || methods.preSignedKey || methods.organizationSecretKey || methods.password;
    if (!methods.known)
        m_methodsNote->setText(tr("Could not ask this Kraken which sign-ins it takes; all are "
                                  "offered."));
    else if (!any)
        m_methodsNote->setText(tr("This Kraken offers no sign-in method the console knows."));
    m_methodsNote->setVisible(!methods.known || !any);
    if (!offers(chosenMethod())) {
        for (auto method :
             {SignInRequest::Method::ApiKey, SignInRequest::Method::PreSignedKey,
              SignInRequest::Method::OrganizationSecretKey, SignInRequest::Method::Password}) {
            if (offers(method)) {
                chooseMethod(method);
                break;
            }
        }
    }
    updateForm();
}

bool SignInDialog::offers(SignInRequest::Method method) const
{
    switch (method) {
    case SignInRequest::Method::ApiKey:
        return m_methods.apiKey;
    case SignInRequest::Method::PreSignedKey:
        return m_methods.preSignedKey;
    case SignInRequest::Method::OrganizationSecretKey:
        return m_methods.organizationSecretKey;
    case SignInRequest::Method::Password:
        return m_methods.password;
    }
    return false;
}

void SignInDialog::chooseMethod(SignInRequest::Method method)
{
    buttonFor(method)->setChecked(true);
}

QRadioButton *SignInDialog::buttonFor(SignInRequest::Method method) const
{
    switch (method) {
    case SignInRequest::Method::ApiKey:
        return m_byApiKey;
    case SignInRequest::Method::PreSignedKey:
        return m_byPreSignedKey;
    case SignInRequest::Method::OrganizationSecretKey:
        return m_byOrganizationKey;
    case SignInRequest::Method::Password:
        break;
    }
    return m_byPassword;
}

SignInRequest::Method SignInDialog::chosenMethod() const
{
    if (m_byPreSignedKey->isChecked())
        return SignInRequest::Method::PreSignedKey;
    if (m_byOrganizationKey->isChecked())
        return SignInRequest::Method::OrganizationSecretKey;
    if (m_byPassword->isChecked())
        return SignInRequest::Method::Password;
    return SignInRequest::Method::ApiKey;
}

QUrl SignInDialog::endpoint() const
{
    if (m_endpoint->currentData().toString() == kCustom)
        return QUrl::fromUserInput(m_customUrl->text().trimmed());
    return m_endpoint->currentData().toUrl();
}

QString SignInDialog::endpointProblem() const
{
    const QUrl url = endpoint();
    const QString problem = api::endpointProblem(url);
    if (!problem.isEmpty())
        return problem;
    if (m_settings && !m_settings->isEndpointAllowed(url))
        return tr("Your administrator does not allow this endpoint.");
    return {};
}

void SignInDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_error->setText(tr("Signing in…"));
    updateForm();
}

void SignInDialog::showError(const QString &message)
{
    m_busy = false;
    m_error->setText(message);
    updateForm();
}

QString SignInDialog::errorText() const
{
    return m_error->text();
}

SignInRequest SignInDialog::request() const
{
    SignInRequest request;
    request.endpoint = endpoint();
    request.method = chosenMethod();
    const bool password = request.method == SignInRequest::Method::Password;
    // Only what the chosen method sends leaves the dialog.
    request.email = password ? m_email->text().trimmed() : QString();
    request.password = password ? m_password->text() : QString();
    request.key = password ? QString() : m_key->text().trimmed();
    request.remember = m_remember->isChecked();
    return request;
}

void SignInDialog::updateForm()
{
    const bool custom = m_endpoint->currentData().toString() == kCustom;
    m_customUrl->setEnabled(custom && !m_busy);
    for (auto method :
         {SignInRequest::Method::ApiKey, SignInRequest::Method::PreSignedKey,
          SignInRequest::Method::OrganizationSecretKey, SignInRequest::Method::Password})
        buttonFor(method)->setVisible(offers(method));
    const SignInRequest::Method method = chosenMethod();
    const bool password = method == SignInRequest::Method::Password;
    if (m_form) {
        m_form->setRowVisible(m_email, password);
        m_form->setRowVisible(m_password, password);
        m_form->setRowVisible(m_key, !password);
    }
    m_email->setEnabled(password && !m_busy);
    m_password->setEnabled(password && !m_busy);
    m_key->setEnabled(!password && !m_busy);
    const QString keyName = method == SignInRequest::Method::PreSignedKey ? tr("Pre-signed key")
                            : method == SignInRequest::Method::OrganizationSecretKey
                                ? tr("Organisation secret key")
                                : tr("API key");
    m_keyLabel->setText(keyName + QLatin1Char(':'));
    m_key->setAccessibleName(keyName);
    const QString problem = endpointProblem();
    m_endpointProblem->setText(problem);
    m_endpointProblem->setVisible(!problem.isEmpty());
    const bool complete =
        password ? !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty()
                 : !m_key->text().trimmed().isEmpty();
    m_signIn->setEnabled(problem.isEmpty() && offers(method) && complete && !m_busy);
}

void SignInDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    setBusy(true);
    emit signInRequested(request());
}

} // namespace kac::ui
