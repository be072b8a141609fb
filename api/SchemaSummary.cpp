#include "api/SchemaSummary.h"

#include <QJsonArray>

namespace kac::api {

namespace {

QStringList names(const QJsonValue &list)
{
    QStringList result;
    for (const QJsonValue &entry : list.toArray())
        result << entry.toObject().value(QLatin1String("name")).toString();
    return result;
}

} // namespace

SchemaSummary SchemaSummary::fromIntrospection(const QJsonObject &data)
{
    SchemaSummary summary;
    const QJsonObject schema = data.value(QLatin1String("__schema")).toObject();
    const QString queryType =
        schema.value(QLatin1String("queryType")).toObject().value(QLatin1String("name")).toString();
    const QString mutationType = schema.value(QLatin1String("mutationType"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
    for (const QJsonValue &value : schema.value(QLatin1String("types")).toArray()) {
        const QJsonObject type = value.toObject();
        QString name = type.value(QLatin1String("name")).toString();
        if (name.isEmpty() || name.startsWith(QLatin1String("__")))
            continue;
        if (name == queryType)
            name = QStringLiteral("Query");
        else if (name == mutationType)
            name = QStringLiteral("Mutation");
        summary.addType(name);
        for (const QJsonValue &fieldValue : type.value(QLatin1String("fields")).toArray()) {
            const QJsonObject field = fieldValue.toObject();
            const QString fieldName = field.value(QLatin1String("name")).toString();
            summary.addMember(name, fieldName);
            for (const QString &argument : names(field.value(QLatin1String("args"))))
                summary.addMember(name, QStringLiteral("%1(%2)").arg(fieldName, argument));
        }
        for (const QString &inputField : names(type.value(QLatin1String("inputFields"))))
            summary.addMember(name, inputField);
        for (const QString &enumValue : names(type.value(QLatin1String("enumValues"))))
            summary.addMember(name, enumValue);
    }
    return summary;
}

SchemaSummary SchemaSummary::fromJson(const QJsonObject &json)
{
    SchemaSummary summary;
    const QJsonObject types = json.value(QLatin1String("types")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        summary.addType(it.key());
        for (const QJsonValue &member : it.value().toArray())
            summary.addMember(it.key(), member.toString());
    }
    return summary;
}

QJsonObject SchemaSummary::toJson() const
{
    QJsonObject types;
    for (auto it = m_types.begin(); it != m_types.end(); ++it) {
        QStringList members(it.value().begin(), it.value().end());
        members.sort();
        types.insert(it.key(), QJsonArray::fromStringList(members));
    }
    return QJsonObject{{QStringLiteral("types"), types}};
}

bool SchemaSummary::hasMember(const QString &type, const QString &member) const
{
    const auto it = m_types.constFind(type);
    return it != m_types.constEnd() && it->contains(member);
}

bool SchemaSummary::has(const QString &coordinate) const
{
    const qsizetype dot = coordinate.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return hasType(coordinate);
    return hasMember(coordinate.left(dot), coordinate.mid(dot + 1));
}

} // namespace kac::api
