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
    , m_byPassword(new QRadioButton(tr("&Email and password"), this))
    , m_byApiKey(new QRadioButton(tr("&API key"), this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
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
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_byPassword->setChecked(true);
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

    auto *form = new QFormLayout;
    form->addRow(tr("E&ndpoint:"), m_endpoint);
    form->addRow(tr("&URL:"), m_customUrl);
    form->addRow(QString(), m_endpointProblem);
    form->addRow(QString(), m_byPassword);
    form->addRow(QString(), m_byApiKey);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("API &key:"), m_apiKey);
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

    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &SignInDialog::updateForm);
    connect(m_customUrl, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    connect(m_byApiKey, &QRadioButton::toggled, this, &SignInDialog::updateForm);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    connect(m_apiKey, &QLineEdit::textChanged, this, &SignInDialog::updateForm);
    updateForm();
}

void SignInDialog::setEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.isEmpty())
        return;
    for (int i = 0; i < m_endpoint->count(); ++i) {
        if (m_endpoint->itemData(i).toUrl() == endpoint) {
            m_endpoint->setCurrentIndex(i);
            return;
        }
    }
    m_endpoint->setCurrentIndex(m_endpoint->findData(kCustom));
    m_customUrl->setText(endpoint.toString());
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
    request.useApiKey = m_byApiKey->isChecked();
    request.email = m_email->text().trimmed();
    request.password = m_password->text();
    request.apiKey = m_apiKey->text().trimmed();
    request.remember = m_remember->isChecked();
    return request;
}

void SignInDialog::updateForm()
{
    const bool custom = m_endpoint->currentData().toString() == kCustom;
    m_customUrl->setEnabled(custom && !m_busy);
    const bool apiKey = m_byApiKey->isChecked();
    m_email->setEnabled(!apiKey && !m_busy);
    m_password->setEnabled(!apiKey && !m_busy);
    m_apiKey->setEnabled(apiKey && !m_busy);
    const QString problem = endpointProblem();
    m_endpointProblem->setText(problem);
    m_endpointProblem->setVisible(!problem.isEmpty());
    const bool complete =
        apiKey ? !m_apiKey->text().trimmed().isEmpty()
               : !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_signIn->setEnabled(problem.isEmpty() && complete && !m_busy);
}

void SignInDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    setBusy(true);
    emit signInRequested(request());
}

} // namespace kac::ui
