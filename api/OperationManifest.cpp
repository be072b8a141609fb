#include "api/OperationManifest.h"

#include "api/Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kac::api {

OperationManifest::OperationManifest(const QHash<QString, QStringList> &needs,
                                     const QHash<QString, QHash<QString, QString>> &variables)
    : m_needs(needs)
    , m_variables(variables)
{}

OperationManifest OperationManifest::builtIn()
{
    QFile file(QStringLiteral(":/kac/manifest/operation-manifest.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(kacTransport) << "operation manifest missing from resources";
        return {};
    }
    return fromJson(file.readAll());
}

OperationManifest OperationManifest::fromJson(const QByteArray &json)
{
    const QJsonObject operations =
        QJsonDocument::fromJson(json).object().value(QLatin1String("operations")).toObject();
    QHash<QString, QStringList> needs;
    QHash<QString, QHash<QString, QString>> variables;
    for (auto it = operations.begin(); it != operations.end(); ++it) {
        const QJsonObject operation = it.value().toObject();
        QStringList coordinates;
        for (const QJsonValue &value : operation.value(QLatin1String("needs")).toArray())
            coordinates << value.toString();
        needs.insert(it.key(), coordinates);
        const QJsonObject types = operation.value(QLatin1String("variables")).toObject();
        for (auto type = types.begin(); type != types.end(); ++type)
            variables[it.key()].insert(type.key(), type.value().toString());
    }
    return OperationManifest(needs, variables);
}

} // namespace kac::api
