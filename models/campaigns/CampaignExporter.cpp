#include "models/campaigns/CampaignExporter.h"

#include "api/ErrorCatalog.h"
#include "api/RelayPager.h"
#include "api/Transport.h"
#include "models/JsonValues.h"
#include "models/campaigns/CampaignItem.h"
#include "models/campaigns/CsvFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

namespace kac::models {

CampaignExporter::CampaignExporter(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

CampaignExporter::~CampaignExporter()
{
    delete m_pager;
    if (m_file)
        m_file->cancelWriting(); // the destructor would discard it too; say so explicitly
}

namespace {

constexpr int kMarketOffsetSeconds = 10 * 3600; // AEST, as the header says

// A call window time in the zone the header names, whatever offset Kraken wrote it with
// ("...Z" or "+11:00" become the same instant at +10:00). Text that is no time is left out
// (empty cell) and `notes` says why; an absent time is just an empty cell.
QString inMarketTime(const QString &iso, const QString &what, QStringList &notes)
{
    if (iso.isEmpty())
        return {};
    const Decoded<QDateTime> time = decodeDateTime(iso);
    if (!time.isAvailable()) {
        notes << CampaignExporter::tr("%1 unavailable: %2").arg(what, time.reason());
        return {};
    }
    return time.value().toOffsetFromUtc(kMarketOffsetSeconds).toString(Qt::ISODate);
}

} // namespace

QStringList CampaignExporter::header()
{
    return {tr("Item ID"),
            tr("Account ID"),
            tr("Account number"),
            tr("Phone"),
            tr("Status"),
            tr("Call window start (AEST UTC+10:00)"),
            tr("Call window end (AEST UTC+10:00)"),
            tr("Metadata"),
            tr("Notes")};
}

QStringList CampaignExporter::record(const CampaignItem &item)
{
    QStringList notes;
    const QString start = inMarketTime(item.callWindowStart, tr("Call window start"), notes);
    const QString end = inMarketTime(item.callWindowEnd, tr("Call window end"), notes);
    return {item.id,
            item.accountId,
            item.accountNumber,
            item.phoneNumber,
            item.status,
            start,
            end,
            item.metadata,
            notes.join(QStringLiteral("; "))};
}

bool CampaignExporter::start(const QString &campaignId, const QString &filePath)
{
    if (m_state == State::Running)
        return false;
    m_campaignId = campaignId;
    m_filePath = filePath;
    m_written = 0;
    m_total = -1;
    m_pending = 0;
    m_error = {};
    m_errorMessage.clear();
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_errorMessage = tr("Cannot write %1: %2").arg(filePath, m_file->errorString());
        m_file.reset();
        stop(State::Failed);
        emit failed(m_errorMessage);
        return false;
    }
    m_file->write(CsvFormat::byteOrderMark());
    m_file->write(CsvFormat::record(header()));
    m_pager = new api::RelayPager(
        m_transport, api::Operation::load(QStringLiteral("CampaignItems")),
        {{QStringLiteral("campaignId"), campaignId}},
        {QStringLiteral("voiceCampaign"), QStringLiteral("campaignItems")}, m_pageSize, this);
    connect(m_pager, &api::RelayPager::pageLoaded, this, &CampaignExporter::onPage);
    connect(m_pager, &api::RelayPager::failed, this, &CampaignExporter::failOn);
    m_state = State::Running;
    emit stateChanged(m_state);
    fetchNextPage();
    return true;
}

void CampaignExporter::cancel()
{
    if (m_state != State::Running)
        return;
    stop(State::Cancelled);
    emit cancelled();
}

void CampaignExporter::fetchNextPage()
{
    m_pager->fetchNext();
}

void CampaignExporter::onPage(const QJsonArray &nodes, bool hasNextPage, int totalCount)
{
    if (!m_pager->partialError().isNone()) {
        // A CSV with silently blank cells would be wrong, not partial: stop and say why.
        failOn(m_pager->partialError());
        return;
    }
    m_total = totalCount;
    QByteArray chunk;
    chunk.reserve(nodes.size() * 96);
    for (const QJsonValue &node : nodes) {
        const CampaignItem item = CampaignItem::fromNode(node.toObject());
        if (item.isPending())
            ++m_pending;
        chunk += CsvFormat::record(record(item));
    }
    if (m_file->write(chunk) != chunk.size()) {
        fail({}, tr("Writing %1 failed: %2").arg(m_filePath, m_file->errorString()));
        return;
    }
    m_written += nodes.size();
    emit progress(m_written, m_total);
    if (hasNextPage) {
        fetchNextPage();
        return;
    }
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        m_errorMessage = tr("Saving %1 failed: %2").arg(m_filePath, reason);
        stop(State::Failed);
        emit failed(m_errorMessage);
        return;
    }
    m_file.reset();
    stop(State::Finished);
    emit finished(m_filePath, m_written);
}

void CampaignExporter::failOn(const api::ApiError &error)
{
    fail(error, api::ErrorCatalog().messageFor(error));
}

void CampaignExporter::fail(const api::ApiError &error, const QString &message)
{
    m_error = error;
    const QString where = tr("The export stopped after %1 of %2 items and no file was saved.")
                              .arg(QLocale().toString(m_written),
                                   m_total < 0 ? tr("?") : QLocale().toString(m_total));
    m_errorMessage =
        where + QLatin1Char(' ') + message +
        (error.errorCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.errorCode));
    stop(State::Failed);
    emit failed(m_errorMessage);
}

void CampaignExporter::stop(State state)
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->deleteLater(); // may be inside its signal: never delete it here
        m_pager = nullptr;
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // removes the temporary file; the target path is never touched
    }
    m_state = state;
    emit stateChanged(state);
}

} // namespace kac::models
