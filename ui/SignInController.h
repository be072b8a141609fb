#pragma once

#include "api/ApiError.h"
#include "api/SignInMethods.h"
#include "ui/ConsoleContext.h"
#include "ui/SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace kac::ui {

// Gets the agent signed in and keeps them so: resumes a remembered session at start, shows
// the sign-in dialog whenever the session says a sign-in is needed (the open tabs stay), and
// turns the dialog's request into a Session sign-in against the chosen endpoint.
class SignInController : public QObject
{
    Q_OBJECT
public:
    SignInController(const ConsoleContext &context, QWidget *window, QObject *parent = nullptr);

    // Points the transport (and, through endpointChanged, the keychain) at `endpoint`.
    void useEndpoint(const QUrl &endpoint);
    // At start: sign in with the remembered refresh token for `endpoint`, or ask.
    void resumeOrAsk(const QUrl &endpoint);
    // --sandbox: sign in with a known API key without asking.
    void signInWithApiKey(const QUrl &endpoint, const QString &apiKey);
    void showDialog(const QString &reason = {});
    SignInDialog *dialog() const { return m_dialog; }
    // Asks endpoints which sign-in methods they take (tests watch its learned() signal).
    api::SignInMethods *signInMethods() { return &m_methods; }

signals:
    // Synchronous (direct connection): the app points its token store at the new endpoint.
    void endpointChanged(const QUrl &endpoint);
    void notice(const QString &message); // for the status bar

private:
    void onSignInRequested(const SignInRequest &request);
    void onSignedIn();
    void onSignInFailed(const api::ApiError &error);

    ConsoleContext m_context;
    api::SignInMethods m_methods;
    QPointer<QWidget> m_window;
    QPointer<SignInDialog> m_dialog;
    QUrl m_endpoint;
    bool m_persistEndpoint = true;
};

} // namespace kac::ui
