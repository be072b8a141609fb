#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kac::api {

// What each operation in resources/graphql/ needs from a Kraken's schema, as schema coordinates
// ("Type", "Type.field", "Type.field(arg)"), generated at build time by
// scripts/operation-manifest.js and compiled in as :/kac/manifest/operation-manifest.json.
class OperationManifest
{
public:
    OperationManifest() = default;
    explicit OperationManifest(const QHash<QString, QStringList> &needs,
                               const QHash<QString, QHash<QString, QString>> &variables = {});

    // The manifest compiled into the application (empty, with a warning, if it is missing).
    static OperationManifest builtIn();
    // Reads the JSON form ({"operations": {"Name": {"needs": [...]}}}).
    static OperationManifest fromJson(const QByteArray &json);

    QStringList operations() const { return m_needs.keys(); }
    bool contains(const QString &operation) const { return m_needs.contains(operation); }
    QStringList needs(const QString &operation) const { return m_needs.value(operation); }
    // The type name of `operation`'s variable `variable` ("AccountSearchInputType"), or empty.
    QString variableType(const QString &operation, const QString &variable) const
    {
        return m_variables.value(operation).value(variable);
    }
    bool isEmpty() const { return m_needs.isEmpty(); }

private:
    QHash<QString, QStringList> m_needs;
    QHash<QString, QHash<QString, QString>> m_variables;
};

} // namespace kac::api
