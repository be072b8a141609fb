#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace kac::api {

// A Kraken GraphQL endpoint the console may talk to.
struct EndpointPreset
{
    QString id;    // stable key stored in settings, e.g. "redenergy-production"
    QString label; // what the agent sees
    QUrl url;
};

// The endpoints offered in the sign-in dialog. The sandbox URL's port is chosen at run time.
QList<EndpointPreset> endpointPresets();

// Why a URL is refused, or an empty string when it is acceptable.
// Only HTTPS is allowed, except plain HTTP to a loopback address (the local sandbox).
QString endpointProblem(const QUrl &url);

bool isLoopbackHost(const QString &host);

} // namespace kac::api
