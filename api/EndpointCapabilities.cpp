#include "api/EndpointCapabilities.h"

#include <QJsonObject>

namespace kac::api {

namespace {

// How telling a missing coordinate is: the root field, then the place where the endpoint cuts
// the operation's tree (a member missing from a type it has), then a missing type. Members of
// a missing type follow from the type and are never the reason given.
int weight(const QString &coordinate, const SchemaSummary &schema)
{
    const qsizetype dot = coordinate.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return 2;
    const QString type = coordinate.left(dot);
    if (type == QLatin1String("Query") || type == QLatin1String("Mutation"))
        return 0;
    return schema.hasType(type) ? 1 : 3;
}

QString reason(const QString &coordinate)
{
    const qsizetype dot = coordinate.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return QStringLiteral("this Kraken has no type %1").arg(coordinate);
    if (coordinate.endsWith(QLatin1Char(')')))
        return QStringLiteral("this Kraken has no argument %1").arg(coordinate);
    return QStringLiteral("this Kraken has no field %1").arg(coordinate);
}

} // namespace

EndpointCapabilities::EndpointCapabilities(const OperationManifest &manifest, QObject *parent)
    : QObject(parent)
    , m_manifest(manifest)
{}

QHash<QString, QString> EndpointCapabilities::check(const OperationManifest &manifest,
                                                    const SchemaSummary &schema)
{
    QHash<QString, QString> notOffered;
    if (schema.isEmpty())
        return notOffered;
    for (const QString &operation : manifest.operations()) {
        QString best;
        int bestWeight = 4;
        for (const QString &coordinate : manifest.needs(operation)) {
            if (schema.has(coordinate))
                continue;
            const int w = weight(coordinate, schema);
            if (w < bestWeight) {
                best = coordinate;
                bestWeight = w;
            }
        }
        if (!best.isEmpty())
            notOffered.insert(operation, reason(best));
    }
    return notOffered;
}

void EndpointCapabilities::setSchema(const SchemaSummary &schema,
                                     const QHash<QString, QString> &notOffered)
{
    m_schema = schema;
    m_notOffered = notOffered;
    emit changed();
}

void EndpointCapabilities::reset()
{
    const bool wasKnown = isKnown();
    m_schema = {};
    m_notOffered.clear();
    if (wasKnown)
        emit changed();
}

bool EndpointCapabilities::offers(const QString &operationName) const
{
    return !m_notOffered.contains(operationName);
}

QString EndpointCapabilities::whyNot(const QString &operationName) const
{
    return m_notOffered.value(operationName);
}

QString EndpointCapabilities::whyNot(const QString &operationName,
                                     const QJsonObject &variables) const
{
    const QString reason = whyNot(operationName);
    if (!reason.isEmpty() || !isKnown())
        return reason;
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QString type = m_manifest.variableType(operationName, it.key());
        if (type.isEmpty() || !m_schema.hasType(type))
            continue; // a missing type is already the operation's reason
        const QJsonObject fields = it.value().toObject();
        for (auto field = fields.begin(); field != fields.end(); ++field) {
            if (!m_schema.hasMember(type, field.key()))
                return QStringLiteral("this Kraken has no input field %1.%2")
                    .arg(type, field.key());
        }
    }
    return {};
}

bool EndpointCapabilities::hasMember(const QString &type, const QString &member) const
{
    return !isKnown() || m_schema.hasMember(type, member);
}

} // namespace kac::api
