#pragma once

#include <QByteArray>
#include <QString>

namespace kac::api {

// Masks secrets and personal data in text bound for logs or error details:
// JWT-shaped tokens, long hex tokens (refresh tokens), API keys (sk_...), the values of
// secret-named JSON keys and key=value pairs (password, token, refreshToken, APIKey ...),
// `Authorization` header values, email addresses and phone numbers.
// Redaction is for text; never build a log line from a secret and hope to redact it later
// if you can avoid it.
QString redact(const QString &text);
QString redact(const QByteArray &utf8);

} // namespace kac::api
