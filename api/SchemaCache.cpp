#include "api/SchemaCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace kac::api {

SchemaCache::SchemaCache(const QString &directory)
    : m_directory(directory)
{}

QString SchemaCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/endpoint-schemas");
}

QString SchemaCache::fileFor(const QUrl &endpoint) const
{
    const QByteArray key = QCryptographicHash::hash(endpoint.toString(QUrl::FullyEncoded).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

SchemaCache::Entry SchemaCache::load(const QUrl &endpoint) const
{
    QFile file(fileFor(endpoint));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    // A hash collision or a hand-edited file must not pass for another endpoint's schema.
    if (json.value(QLatin1String("endpoint")).toString() != endpoint.toString())
        return {};
    return Entry{json.value(QLatin1String("krakenVersion")).toString(),
                 SchemaSummary::fromJson(json.value(QLatin1String("schema")).toObject())};
}

bool SchemaCache::save(const QUrl &endpoint, const Entry &entry) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    const QJsonObject json{{QStringLiteral("endpoint"), endpoint.toString()},
                           {QStringLiteral("krakenVersion"), entry.krakenVersion},
                           {QStringLiteral("schema"), entry.schema.toJson()}};
    const QString path = fileFor(endpoint);
    const QDateTime stale = QDateTime::currentDateTimeUtc().addDays(-kMaxAgeDays);
    for (const QFileInfo &old :
         QDir(m_directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        if (old.filePath() != path && old.lastModified().toUTC() < stale)
            QFile::remove(old.filePath());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace kac::api
