#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace kac::api {

// The compact form of an endpoint's schema that the console keeps: for each type its members
// ("field", "field(arg)", input field names, enum value names). Nothing but names: no data, no
// descriptions. The root types are always called Query and Mutation here, whatever the endpoint
// names them, so the manifest's coordinates match.
class SchemaSummary
{
public:
    // From the data of resources/graphql/SchemaIntrospection.graphql. Empty when it has no
    // __schema.types.
    static SchemaSummary fromIntrospection(const QJsonObject &data);
    // The cached form (toJson()); empty when unreadable.
    static SchemaSummary fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    bool isEmpty() const { return m_types.isEmpty(); }
    qsizetype typeCount() const { return m_types.size(); }
    bool hasType(const QString &type) const { return m_types.contains(type); }
    // `member` is "field", "field(arg)", an input field or an enum value of `type`.
    bool hasMember(const QString &type, const QString &member) const;
    // A coordinate of the manifest: "Type", "Type.member" or "Type.field(arg)".
    bool has(const QString &coordinate) const;

    void addMember(const QString &type, const QString &member) { m_types[type].insert(member); }
    void addType(const QString &type) { m_types[type]; }

private:
    QHash<QString, QSet<QString>> m_types;
};

} // namespace kac::api
