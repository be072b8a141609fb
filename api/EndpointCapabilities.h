#pragma once

#include "api/OperationManifest.h"
#include "api/SchemaSummary.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace kac::api {

// What the signed-in endpoint can answer: every operation of the manifest checked against the
// endpoint's schema (learned by EndpointLearner). Until a schema is known, or when learning it
// failed, everything is offered: the console then behaves as if it had never asked.
// One instance per console, made by the app and passed to whoever asks (Transport, services).
class EndpointCapabilities : public QObject
{
    Q_OBJECT
public:
    explicit EndpointCapabilities(const OperationManifest &manifest = OperationManifest::builtIn(),
                                  QObject *parent = nullptr);

    const OperationManifest &manifest() const { return m_manifest; }

    // Why each operation of `manifest` cannot be sent to an endpoint with `schema` (operations
    // it can answer are absent). Pure and thread-safe: run off the UI thread for big schemas.
    static QHash<QString, QString> check(const OperationManifest &manifest,
                                         const SchemaSummary &schema);

    // A learned schema and what check() made of it.
    void setSchema(const SchemaSummary &schema, const QHash<QString, QString> &notOffered);
    // Back to "unknown, everything offered" (sign-out, another endpoint, learning failed).
    void reset();

    bool isKnown() const { return !m_schema.isEmpty(); }
    bool offers(const QString &operationName) const;
    // Why not, for agents and logs ("this Kraken has no field AccountType.notes"); empty when
    // offered.
    QString whyNot(const QString &operationName) const;
    // The same, also checking the input fields set at run time in the variables (the top-level
    // keys of each object-valued variable, e.g. searchTerms.nmi -> AccountSearchInputType.nmi).
    QString whyNot(const QString &operationName, const QJsonObject &variables) const;
    bool offers(const QString &operationName, const QJsonObject &variables) const
    {
        return whyNot(operationName, variables).isEmpty();
    }
    // For variables built at run time (e.g. which AccountSearchInputType fields a search may
    // set): true when the endpoint's `type` has `member`, or when nothing is known.
    bool hasMember(const QString &type, const QString &member) const;
    QStringList notOfferedOperations() const { return m_notOffered.keys(); }

signals:
    void changed();

private:
    OperationManifest m_manifest;
    SchemaSummary m_schema;
    QHash<QString, QString> m_notOffered;
};

} // namespace kac::api
