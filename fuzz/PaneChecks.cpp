#include "PaneChecks.h"

#include "FuzzTruth.h"
#include "models/DecodedValue.h"
#include "models/campaigns/CampaignExporter.h"
#include "models/campaigns/CampaignItem.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignRecords.h"
#include "models/conversations/ConversationSummary.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/LiveChatQueueModel.h"
#include "models/properties/MeterReading.h"
#include "models/properties/MeterReadingModel.h"

#include <QDateTime>
#include <QLocale>

namespace kac {

namespace {

constexpr int kMaxRows = 64; // rows checked per model

// A Float or Decimal as the C library reads it: finite and below 1e15, or nothing.
std::optional<double> trueNumber(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QByteArray text = value.toString().toLatin1();
        if (text.isEmpty() || value.toString().size() != text.size())
            return std::nullopt;
        for (char c : text) // digits, sign, point and exponent only: no "NaN", hex or spaces
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                  c == 'E'))
                return std::nullopt;
        char *end = nullptr;
        number = std::strtod(text.constData(), &end);
        if (end != text.constData() + text.size())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::fabs(number) >= 1e15)
        return std::nullopt;
    return number + 0.0;
}

// A reading's time: a bare date is market midnight (UTC+10), anything else an instant.
std::optional<qint64> trueReadingMs(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() == 10) {
        const std::optional<qint64> days = trueDate(text);
        return days ? std::optional<qint64>(*days * 86400000 - 10 * 3600 * 1000) : std::nullopt;
    }
    return trueInstantMs(text);
}

// A whole number the pane shows, or unavailable with a reason: never another number.
void expectInteger(const models::Decoded<qint64> &decoded, const QJsonValue &value,
                   const char *what)
{
    const std::optional<qint64> truth = trueCents(value);
    KAC_FUZZ_EXPECT(!decoded.isAvailable() || (truth && decoded.value() == *truth), what);
    KAC_FUZZ_EXPECT(decoded.isAvailable() || !decoded.reason().isEmpty(), what);
}

// A cell that is the true text or "Unavailable" with its reason as the tooltip.
bool isUnavailableCell(const QModelIndex &cell)
{
    if (cell.data().toString() != models::unavailableText())
        return false;
    KAC_FUZZ_EXPECT(!cell.data(Qt::ToolTipRole).toString().isEmpty(), "unavailable cell reason");
    return true;
}

QJsonObject primaryRegister(const QJsonArray &registers)
{
    for (const QJsonValue &value : registers)
        if (!value.toObject().value(QLatin1String("identifier")).toString().startsWith(u'B'))
            return value.toObject();
    return registers.isEmpty() ? QJsonObject() : registers.first().toObject();
}

void checkReading(const QJsonObject &node, models::MeterReading::Origin origin)
{
    const models::MeterReading r = models::MeterReading::fromJson(node, origin);
    QJsonValue value, time;
    if (origin == models::MeterReading::Origin::Estimate) {
        value = node.value(QLatin1String("value"));
        time = node.value(QLatin1String("intervalEnd"));
    } else if (node.contains(QLatin1String("endAt"))) {
        value = primaryRegister(node.value(QLatin1String("registers")).toArray())
                    .value(QLatin1String("value"));
        time = node.value(QLatin1String("endAt"));
    } else if (node.contains(QLatin1String("readAt"))) {
        value = node.value(QLatin1String("value"));
        time = node.value(QLatin1String("readAt"));
    } else {
        KAC_FUZZ_EXPECT(r.readAtMs == -1, "reading of no known kind placed in time");
        return;
    }
    const std::optional<double> truth = trueNumber(value);
    if (r.unavailableReason.isEmpty())
        KAC_FUZZ_EXPECT(truth && r.value == *truth, "reading value");
    else
        KAC_FUZZ_EXPECT(!r.hasConsumption, "unavailable reading charted");
    const std::optional<qint64> at = trueReadingMs(time);
    KAC_FUZZ_EXPECT(r.readAtMs == -1 || (at && r.readAtMs == *at), "reading time");
}

void checkInstantCell(const QModelIndex &cell, const QVariant &shown, const QJsonValue &value,
                      const QJsonValue &fallback, const char *what)
{
    if (isUnavailableCell(cell))
        return;
    const std::optional<qint64> truth = trueInstantMs(value.toString());
    const std::optional<qint64> other = trueInstantMs(fallback.toString());
    const qint64 ms = shown.toDateTime().toMSecsSinceEpoch();
    KAC_FUZZ_EXPECT(
        shown.toDateTime().isValid() && ((truth && ms == *truth) || (other && ms == *other)), what);
}

} // namespace

void checkPaneObject(const QJsonObject &object)
{
    checkReading(object, models::MeterReading::Origin::Meter);
    checkReading(object, models::MeterReading::Origin::Estimate);

    const models::WaitTime wait = models::WaitTime::fromNode(object);
    expectInteger(wait.recent, object.value(QLatin1String("recent")), "wait now");
    expectInteger(wait.yesterday, object.value(QLatin1String("yesterday")), "wait yesterday");
    KAC_FUZZ_EXPECT(!wait.recent.isAvailable() || wait.recent.value() >= 0, "negative wait");
    expectInteger(models::AgentStatus::fromNode(object).mostRecentCallId,
                  object.value(QLatin1String("mostRecentCallId")), "last call id");

    const models::Decoded<QDateTime> last =
        models::ConversationSummary::fromJson(object).lastMessageAt;
    const std::optional<qint64> lastTruth =
        trueInstantMs(object.value(QLatin1String("lastMessageAt")).toString());
    KAC_FUZZ_EXPECT(last.isAvailable() ? lastTruth && last.value().toMSecsSinceEpoch() == *lastTruth
                                       : !last.reason().isEmpty(),
                    "conversation last message time");

    // The CSV row: a call window time is the true instant at +10:00, or empty with a note.
    const models::CampaignItem item = models::CampaignItem::fromNode(object);
    const QStringList cells = models::CampaignExporter::record(item);
    for (int column : {5, 6}) {
        const QString iso = column == 5 ? item.callWindowStart : item.callWindowEnd;
        if (cells.at(column).isEmpty()) {
            KAC_FUZZ_EXPECT(iso.isEmpty() || !cells.last().isEmpty(), "CSV time left out silently");
            continue;
        }
        const std::optional<qint64> truth = trueInstantMs(iso);
        const QDateTime written = QDateTime::fromString(cells.at(column), Qt::ISODate);
        KAC_FUZZ_EXPECT(truth && written.toMSecsSinceEpoch() == *truth &&
                            written.offsetFromUtc() == 10 * 3600,
                        "CSV call window time");
    }
}

void checkPaneArray(const QJsonArray &array)
{
    {
        models::CampaignListModel model;
        model.appendNodes(array);
        for (int r = 0; r < model.rowCount() && r < kMaxRows; ++r) {
            const QModelIndex cell = model.index(r, models::CampaignListModel::ItemCount);
            if (isUnavailableCell(cell))
                continue;
            const std::optional<qint64> truth = trueCents(array.at(r)
                                                              .toObject()
                                                              .value(QLatin1String("campaignItems"))
                                                              .toObject()
                                                              .value(QLatin1String("totalCount")));
            KAC_FUZZ_EXPECT(truth && cell.data().toString() == QLocale().toString(*truth),
                            "campaign item count");
        }
    }
    {
        models::CampaignItemModel model;
        model.appendNodes(array);
        for (int r = 0; r < model.rowCount() && r < kMaxRows; ++r) {
            const QModelIndex cell = model.index(r, models::CampaignItemModel::CallWindow);
            KAC_FUZZ_EXPECT(cell.data().toString() != models::unavailableText() ||
                                !cell.data(Qt::ToolTipRole).toString().isEmpty(),
                            "call window reason");
        }
    }
    {
        models::LiveChatQueueModel model;
        model.appendNodes(array);
        for (int r = 0; r < model.rowCount() && r < kMaxRows; ++r) {
            const QModelIndex cell = model.index(r, models::LiveChatQueueModel::LastMessageColumn);
            const QJsonValue value = array.at(r).toObject().value(QLatin1String("lastMessageAt"));
            checkInstantCell(cell, cell.data(models::LiveChatQueueModel::LastMessageAtRole), value,
                             value, "live chat time");
        }
    }
    {
        models::ConversationTimelineModel model;
        model.appendNodes(array);
        int row = 0;
        for (const QJsonValue &value : array) {
            const QJsonObject node = value.toObject();
            const QJsonObject message = node.value(QLatin1String("message")).toObject();
            if (message.isEmpty())
                continue; // not a row (an event the console cannot show)
            if (row >= model.rowCount() || row >= kMaxRows)
                break;
            const QModelIndex cell =
                model.index(row++, models::ConversationTimelineModel::TimeColumn);
            checkInstantCell(cell, cell.data(models::ConversationTimelineModel::OccurredAtRole),
                             node.value(QLatin1String("occurredAt")),
                             message.value(QLatin1String("occurredAt")), "timeline time");
        }
    }
    {
        models::MeterReadingModel model;
        model.appendNodes(array);
        for (int r = 0; r < model.rowCount() && r < kMaxRows; ++r) {
            const QModelIndex value = model.index(r, models::MeterReadingModel::ValueColumn);
            KAC_FUZZ_EXPECT(value.data(models::MeterReadingModel::ValueRole).isValid() ||
                                isUnavailableCell(value),
                            "reading value cell");
        }
    }
}

} // namespace kac
