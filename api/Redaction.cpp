#include "api/Redaction.h"

#include <QRegularExpression>

namespace kac::api {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto rx = [](const char *pattern) {
            return QRegularExpression(QString::fromLatin1(pattern),
                                      QRegularExpression::CaseInsensitiveOption);
        };
        return QList<Rule>{
            // "password": "..." and friends, whatever the value looks like.
            {rx(R"re(("(?:password|passwd|token|accessToken|refreshToken|APIKey|apiKey|api_key|secret|clientSecret)"\s*:\s*)"(?:[^"\\]|\\.)*")re"),
             QStringLiteral(R"re(\1"(REDACTED)")re")},
            // password=..., token: ... in plain text or query strings.
            {rx(R"re(\b((?:password|passwd|refresh_?token|access_?token|api_?key|secret)\s*[=:]\s*)[^\s&,;"']+)re"),
             QStringLiteral("\\1(REDACTED)")},
            // Authorization header values (bare tokens, "JWT x", "Bearer x").
            {rx(R"re(\b(Authorization\s*[:=]\s*)(?:(?:JWT|Bearer)\s+)?[^\s,;"']+)re"),
             QStringLiteral("\\1(REDACTED)")},
            // JWT-shaped tokens: three base64url parts.
            {rx(R"re([A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})re"),
             QStringLiteral("(REDACTED-TOKEN)")},
            // API keys.
            {rx(R"re(\b(?:sk|rk)_[A-Za-z0-9_]{4,})re"), QStringLiteral("sk_(REDACTED)")},
            // Long hex strings: refresh tokens and other opaque secrets.
            {rx(R"re(\b[0-9a-f]{32,}\b)re"), QStringLiteral("(REDACTED-TOKEN)")},
            // Email addresses.
            {rx(R"re([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})re"),
             QStringLiteral("(REDACTED-EMAIL)")},
            // Australian numbers (+61 4xx xxx xxx, 04xx xxx xxx, (02) 5550 1234 ...) and any
            // other international number written with a leading +.
            {rx(R"re((?<![\w+])(?:\+61\s?|\(?0)[2-478]\)?(?:[ -]?\d){8}(?!\d))re"),
             QStringLiteral("(REDACTED-PHONE)")},
            {rx(R"re((?<![\w+])\+\d(?:[ -]?\d){7,14}(?!\d))re"),
             QStringLiteral("(REDACTED-PHONE)")},
        };
    }();
    return list;
}

} // namespace

QString redact(const QString &text)
{
    QString result = text;
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

QString redact(const QByteArray &utf8)
{
    return redact(QString::fromUtf8(utf8));
}

} // namespace kac::api
