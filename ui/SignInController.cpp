#include "ui/SignInController.h"

#include "api/Endpoint.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "models/AppSettings.h"
#include "ui/PaneStateWidget.h"

namespace kac::ui {

SignInController::SignInController(const ConsoleContext &context, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{
    connect(&m_methods, &api::SignInMethods::learned, this,
            [this](const QUrl &endpoint, const api::SignInMethodSet &methods) {
                if (m_dialog)
                    m_dialog->setMethods(endpoint, methods);
            });
    api::Session *session = context.session;
    if (!session)
        return; // widget tests without a session
    connect(session, &api::Session::signInRequired, this, &SignInController::showDialog);
    connect(session, &api::Session::signedIn, this, &SignInController::onSignedIn);
    connect(session, &api::Session::signInFailed, this, &SignInController::onSignInFailed);
    connect(session, &api::Session::keychainUnavailable, this, &SignInController::notice);
}

void SignInController::useEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
    m_context.transport->setEndpoint(endpoint);
    emit endpointChanged(endpoint);
}

void SignInController::resumeOrAsk(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.isEmpty() || !api::endpointProblem(endpoint).isEmpty()) {
        showDialog();
        return;
    }
    useEndpoint(endpoint);
    m_context.session->resumeFromKeychain(); // signInRequired() shows the dialog if needed
}

void SignInController::signInWithApiKey(const QUrl &endpoint, const QString &apiKey)
{
    useEndpoint(endpoint);
    m_persistEndpoint = false; // a bundled sandbox's port changes every run
    m_context.session->signInWithApiKey(apiKey, false);
}

void SignInController::showDialog(const QString &reason)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_context.settings, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::signInRequested, this,
                &SignInController::onSignInRequested);
        connect(m_dialog, &SignInDialog::endpointChosen, &m_methods, &api::SignInMethods::probe);
    }
    if (m_endpoint.isValid())
        m_dialog->setEndpoint(m_endpoint);
    // The dialog offers what the chosen endpoint takes, asked afresh each time it opens.
    if (m_dialog->endpointProblem().isEmpty())
        m_methods.probe(m_dialog->endpoint());
    m_dialog->setReason(reason);
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SignInController::onSignInRequested(const SignInRequest &request)
{
    m_persistEndpoint = true;
    if (request.endpoint != m_context.transport->endpoint())
        useEndpoint(request.endpoint);
    switch (request.method) {
    case SignInRequest::Method::ApiKey:
        m_context.session->signInWithApiKey(request.key, request.remember);
        break;
    case SignInRequest::Method::PreSignedKey:
        m_context.session->signInWithPreSignedKey(request.key, request.remember);
        break;
    case SignInRequest::Method::OrganizationSecretKey:
        m_context.session->signInWithOrganizationSecretKey(request.key, request.remember);
        break;
    case SignInRequest::Method::Password:
        m_context.session->signInWithPassword(request.email, request.password, request.remember);
        break;
    }
}

void SignInController::onSignedIn()
{
    if (m_context.settings && !m_context.settings->isLocked(models::AppSettings::kEndpointUrl) &&
        m_persistEndpoint)
        m_context.settings->setValue(models::AppSettings::kEndpointUrl, m_endpoint.toString());
    if (m_dialog)
        m_dialog->accept();
    if (m_window)
        m_window->activateWindow(); // back to work: Ctrl+K and Enter go to the console
}

void SignInController::onSignInFailed(const api::ApiError &error)
{
    if (m_dialog)
        m_dialog->showError(PaneStateWidget::messageFor(error, m_context.errors));
    else
        showDialog(PaneStateWidget::messageFor(error, m_context.errors));
}

} // namespace kac::ui
