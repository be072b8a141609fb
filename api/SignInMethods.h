#pragma once

#include "api/Transport.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace kac::api {

class GraphQLRequest;

// Which credentials an endpoint's obtainKrakenToken takes, from the input fields of its
// ObtainJSONWebTokenInput. `known` is false when the endpoint could not be asked: then every
// method is offered, and the endpoint itself judges what the agent tries.
struct SignInMethodSet
{
    bool known = false;
    bool apiKey = true;
    bool preSignedKey = true;
    bool organizationSecretKey = true;
    bool password = true; // email + password: only where the input has both fields

    static SignInMethodSet fromInputFields(const QStringList &fields);
    // From the data of resources/graphql/SignInMethods.graphql; not `known` when it has no
    // input fields.
    static SignInMethodSet fromIntrospection(const QJsonObject &data);
};

// Asks an endpoint, before anyone signs in, which sign-in methods it has (one small
// introspection of ObtainJSONWebTokenInput, which needs no token). Has its own transport, so
// asking about the endpoint picked in the sign-in dialog leaves the session's endpoint alone.
class SignInMethods : public QObject
{
    Q_OBJECT
public:
    explicit SignInMethods(QObject *parent = nullptr);

    // Drops a question still under way for another endpoint.
    void probe(const QUrl &endpoint);
    QUrl probing() const { return m_endpoint; }

signals:
    void learned(const QUrl &endpoint, const kac::api::SignInMethodSet &methods);

private:
    Transport m_transport;
    QPointer<GraphQLRequest> m_request;
    QUrl m_endpoint;
};

} // namespace kac::api

Q_DECLARE_METATYPE(kac::api::SignInMethodSet)
