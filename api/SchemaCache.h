#pragma once

#include "api/SchemaSummary.h"

#include <QString>
#include <QUrl>

namespace kac::api {

// What the console learned of an endpoint's schema, kept on disk per endpoint with the Kraken
// version it was learned from (one small JSON file each, names only: no customer data, no
// tokens). Plain file I/O with no shared state, so it may run on a worker thread.
class SchemaCache
{
public:
    struct Entry
    {
        QString krakenVersion;
        SchemaSummary schema;
    };

    explicit SchemaCache(const QString &directory);
    // <CacheLocation>/endpoint-schemas
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString fileFor(const QUrl &endpoint) const;
    // Empty when nothing (readable) is cached for `endpoint`.
    Entry load(const QUrl &endpoint) const;
    // Also removes files not written for kMaxAgeDays (endpoints no longer used, e.g. each run's
    // bundled sandbox on its own port).
    bool save(const QUrl &endpoint, const Entry &entry) const;

    static constexpr int kMaxAgeDays = 30;

private:
    QString m_directory;
};

} // namespace kac::api
