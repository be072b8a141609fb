#include "api/SignInCredentials.h"

namespace kac::api {

QJsonObject SignInCredentials::tokenInput() const
{
    QJsonObject input;
    if (!refreshToken.isEmpty())
        input.insert(QStringLiteral("refreshToken"), QString::fromUtf8(refreshToken));
    else if (!apiKey.isEmpty())
        input.insert(QStringLiteral("APIKey"), QString::fromUtf8(apiKey));
    else if (!preSignedKey.isEmpty())
        input.insert(QStringLiteral("preSignedKey"), QString::fromUtf8(preSignedKey));
    else if (!organizationSecretKey.isEmpty())
        input.insert(QStringLiteral("organizationSecretKey"),
                     QString::fromUtf8(organizationSecretKey));
    else {
        // Only endpoints whose ObtainJSONWebTokenInput has them are offered this (SignInMethods).
        input.insert(QStringLiteral("email"), email);
        input.insert(QStringLiteral("password"), password);
    }
    return input;
}

const char *SignInCredentials::methodName() const
{
    if (!refreshToken.isEmpty())
        return "a refresh token";
    if (!apiKey.isEmpty())
        return "an API key";
    if (!preSignedKey.isEmpty())
        return "a pre-signed key";
    if (!organizationSecretKey.isEmpty())
        return "an organisation secret key";
    return "email and password";
}

} // namespace kac::api
