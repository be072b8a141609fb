// The Session's remembered secrets: what "Remember me" keeps in the TokenStore, and what
// happens when the store cannot keep it.
#include "api/Log.h"
#include "api/Session.h"
#include "api/TokenStore.h"

namespace kac::api {

// After a refresh only the (rotated) refresh token changed; the API key is written when the
// agent signs in.
void Session::persistSecrets(bool includeApiKey)
{
    if (!m_tokenStore)
        return;
    const auto check = [this](const TokenStoreResult &result) {
        if (result.ok() || !m_remember)
            return;
        // We are about to say "not remembered": from now on nothing is stored, and whatever
        // the other write (refresh token or API key) may have stored goes too.
        m_remember = false;
        forgetStoredSecrets();
        reportStoreProblem(result.message);
    };
    if (m_refreshToken.isEmpty())
        forgetStoredSecret(refreshTokenKey());
    else
        m_tokenStore->store(refreshTokenKey(), m_refreshToken, this, check);
    if (!includeApiKey)
        return;
    if (m_apiKey.isEmpty())
        forgetStoredSecret(apiKeyKey());
    else
        m_tokenStore->store(apiKeyKey(), m_apiKey, this, check);
}

void Session::forgetStoredSecrets()
{
    forgetStoredSecret(refreshTokenKey());
    forgetStoredSecret(apiKeyKey());
}

void Session::forgetStoredSecret(const QString &key)
{
    if (!m_tokenStore)
        return;
    m_tokenStore->remove(key, this, [key](const TokenStoreResult &result) {
        // Unavailable or locked means nothing could have been stored there either.
        if (!result.ok() && result.status != TokenStoreResult::Status::Unavailable &&
            result.status != TokenStoreResult::Status::Locked)
            qCWarning(kacAuth) << "could not remove the remembered" << key << "-" << result.detail;
    });
}

void Session::reportStoreProblem(const QString &message)
{
    if (m_keychainProblemReported)
        return;
    m_keychainProblemReported = true;
    qCWarning(kacAuth) << "keychain problem; the session is kept in memory only";
    emit keychainUnavailable(message);
}

} // namespace kac::api
