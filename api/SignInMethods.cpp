#include "api/SignInMethods.h"

#include "api/GraphQLRequest.h"
#include "api/Log.h"
#include "api/Operation.h"

#include <QJsonArray>

namespace kac::api {

SignInMethodSet SignInMethodSet::fromInputFields(const QStringList &fields)
{
    SignInMethodSet methods;
    methods.known = true;
    methods.apiKey = fields.contains(QLatin1String("APIKey"));
    methods.preSignedKey = fields.contains(QLatin1String("preSignedKey"));
    methods.organizationSecretKey = fields.contains(QLatin1String("organizationSecretKey"));
    methods.password =
        fields.contains(QLatin1String("email")) && fields.contains(QLatin1String("password"));
    return methods;
}

SignInMethodSet SignInMethodSet::fromIntrospection(const QJsonObject &data)
{
    const QJsonArray inputFields = data.value(QLatin1String("__type"))
                                       .toObject()
                                       .value(QLatin1String("inputFields"))
                                       .toArray();
    if (inputFields.isEmpty())
        return {};
    QStringList names;
    for (const QJsonValue &field : inputFields)
        names << field.toObject().value(QLatin1String("name")).toString();
    return fromInputFields(names);
}

SignInMethods::SignInMethods(QObject *parent)
    : QObject(parent)
{}

void SignInMethods::probe(const QUrl &endpoint)
{
    delete m_request;
    m_endpoint = endpoint;
    m_transport.setEndpoint(endpoint);
    static const Operation operation = Operation::load(QStringLiteral("SignInMethods"));
    RequestOptions options;
    options.authenticated = false;
    options.timeoutMs = 10000;
    options.maxAttempts = 2;
    m_request = m_transport.send(operation, {}, options, this);
    connect(m_request, &GraphQLRequest::finished, this,
            [this, endpoint, request = m_request.data()](const GraphQLResult &result) {
                request->deleteLater();
                const SignInMethodSet methods =
                    result.ok() ? SignInMethodSet::fromIntrospection(result.data)
                                : SignInMethodSet{};
                if (!methods.known) {
                    qCInfo(kacAuth).noquote()
                        << "could not ask the endpoint which sign-ins it takes; offering all:"
                        << (result.ok() ? QStringLiteral("no ObtainJSONWebTokenInput")
                                        : result.error.summary());
                }
                emit learned(endpoint, methods);
            });
}

} // namespace kac::api
