#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QSaveFile;

namespace kac::api {
class RelayPager;
class Transport;
} // namespace kac::api

namespace kac::models {

struct CampaignItem;

// Exports every item of one campaign to a CSV file (CsvFormat), page by page on the event loop:
// each page is written to a QSaveFile as it arrives, so memory stays flat and the UI never
// blocks. The file appears at its path only when the last page is written (commit); a failure
// or cancel() discards it (QSaveFile::cancelWriting), so there is never a half file.
// Transient faults are retried by the transport; anything else stops the export with an error.
class CampaignExporter : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Finished,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    explicit CampaignExporter(api::Transport *transport, QObject *parent = nullptr);
    ~CampaignExporter() override;

    // False (and state Failed, errorMessage() says why) when the file cannot be opened.
    bool start(const QString &campaignId, const QString &filePath);
    void cancel();

    State state() const { return m_state; }
    int written() const { return m_written; }
    int total() const { return m_total; }
    int pendingItems() const { return m_pending; }
    QString campaignId() const { return m_campaignId; }
    QString filePath() const { return m_filePath; }
    api::ApiError error() const { return m_error; } // Kind::None for file errors
    QString errorMessage() const { return m_errorMessage; }

    static QStringList header();
    // One item's CSV cells, in header() order. A call window time that is not a date and time
    // is written as an empty cell, and the Notes cell says which one and why (never a guess).
    static QStringList record(const CampaignItem &item);

    void setPageSize(int size) { m_pageSize = size; }

signals:
    void progress(int written, int total);
    void finished(const QString &filePath, int rows);
    void failed(const QString &message);
    void cancelled();
    void stateChanged(kac::models::CampaignExporter::State state);

private:
    void fetchNextPage();
    void onPage(const QJsonArray &nodes, bool hasNextPage, int totalCount);
    void failOn(const api::ApiError &error);
    void fail(const api::ApiError &error, const QString &message);
    void stop(State state);

    QPointer<api::Transport> m_transport;
    std::unique_ptr<QSaveFile> m_file;
    api::RelayPager *m_pager = nullptr;
    State m_state = State::Idle;
    QString m_campaignId;
    QString m_filePath;
    int m_pageSize = 99; // Kraken refuses first >= 100
    int m_written = 0;
    int m_total = -1;
    int m_pending = 0;
    api::ApiError m_error;
    QString m_errorMessage;
};

} // namespace kac::models
