#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kac::api {

// One credential for Kraken's obtainKrakenToken, and the ObtainJSONWebTokenInput it becomes.
// Exactly one is set; a refresh token wins over the rest (a renewal carries nothing else).
struct SignInCredentials
{
    QString email;
    QString password;
    QByteArray apiKey;
    QByteArray preSignedKey;
    QByteArray organizationSecretKey;
    QByteArray refreshToken;

    QJsonObject tokenInput() const;
    // For the log: how the agent signs in, never the credential itself.
    const char *methodName() const;
};

} // namespace kac::api
