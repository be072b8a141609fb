#include "PaneChecks.h"

#include "FuzzTruth.h"
#include "models/DecodedValue.h"
#include "models/DisplayTime.h"
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
#include "models/properties/PropertyTreeBuilder.h"
#include "models/properties/PropertyTreeModel.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace kac {

namespace {

constexpr int kMaxRows = 64; // rows checked per model

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

// A cell that is the true text or "Unavailable" with its reason as the tooltip, and the same
// reason for screen readers (Qt::AccessibleDescriptionRole), on every pane.
bool isUnavailableCell(const QModelIndex &cell)
{
    if (cell.data().toString() != models::unavailableText())
        return false;
    KAC_FUZZ_EXPECT(!cell.data(Qt::ToolTipRole).toString().isEmpty(), "unavailable cell reason");
    KAC_FUZZ_EXPECT(cell.data(Qt::AccessibleDescriptionRole) == cell.data(Qt::ToolTipRole),
                    "unavailable cell reason for screen readers");
    return true;
}

// A property tree date (PropertyTreeBuilder::shortDate): the true day, or "Unavailable" with a
// reason. A date-time is the day it is in the agent's zone.
void checkShortDate(const QString &text)
{
    QStringList reasons;
    const QString shown = models::PropertyTreeBuilder::shortDate(text, &reasons);
    if (text.isEmpty()) {
        KAC_FUZZ_EXPECT(shown.isEmpty() && reasons.isEmpty(), "absent property date shown");
        return;
    }
    if (shown == models::unavailableText()) {
        KAC_FUZZ_EXPECT(reasons.size() == 1 && !reasons.first().isEmpty(),
                        "unavailable property date without its reason");
        return;
    }
    KAC_FUZZ_EXPECT(reasons.isEmpty(), "property date shown with a reason");
    std::optional<QDate> truth;
    if (text.size() == 10) {
        if (const std::optional<qint64> days = trueDate(text))
            truth = QDate(1970, 1, 1).addDays(*days);
    } else if (const std::optional<qint64> ms = trueInstantMs(text)) {
        truth = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)
                    .toTimeZone(models::DisplayTime::agentZone())
                    .date();
    }
    KAC_FUZZ_EXPECT(truth && shown == models::DisplayTime::date(*truth), "property date");
}

// Every row of a property tree: a detail that says "Unavailable" carries its reason as the
// tooltip and for screen readers.
void checkPropertyRows(const QAbstractItemModel &model, const QModelIndex &parent, int depth)
{
    for (int r = 0; r < model.rowCount(parent) && r < kMaxRows; ++r) {
        const QModelIndex detail = model.index(r, models::PropertyTreeModel::DetailColumn, parent);
        if (detail.data().toString().contains(models::unavailableText())) {
            KAC_FUZZ_EXPECT(!detail.data(Qt::ToolTipRole).toString().isEmpty() &&
                                detail.data(Qt::AccessibleDescriptionRole) ==
                                    detail.data(Qt::ToolTipRole),
                            "unavailable property date without its reason");
        }
        if (depth < 4)
            checkPropertyRows(model, model.index(r, 0, parent), depth + 1);
    }
}

QJsonObject primaryRegister(const QJsonArray &registers)
{
    for (const QJsonValue &value : registers)
        if (!value.toObject().value(QLatin1String("identifier")).toString().startsWith(u'B'))
            return value.toObject();
    return registers.isEmpty() ? QJsonObject() : registers.first().toObject();
}

// The value and time a reading node carries, as Kraken sent them: an estimate's, an interval
// read's import register's, an accumulation read's. False for a node of no known kind.
bool readingFields(const QJsonObject &node, models::MeterReading::Origin origin, QJsonValue *value,
                   QJsonValue *time)
{
    if (origin == models::MeterReading::Origin::Estimate) {
        *value = node.value(QLatin1String("value"));
        *time = node.value(QLatin1String("intervalEnd"));
    } else if (node.contains(QLatin1String("endAt"))) {
        *value = primaryRegister(node.value(QLatin1String("registers")).toArray())
                     .value(QLatin1String("value"));
        *time = node.value(QLatin1String("endAt"));
    } else if (node.contains(QLatin1String("readAt"))) {
        *value = node.value(QLatin1String("value"));
        *time = node.value(QLatin1String("readAt"));
    } else {
        return false;
    }
    return true;
}

void checkReading(const QJsonObject &node, models::MeterReading::Origin origin)
{
    const models::MeterReading r = models::MeterReading::fromJson(node, origin);
    QJsonValue value, time;
    if (!readingFields(node, origin, &value, &time)) {
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

// A page of readings as the table and the chart read them (issue 14.1): each row's value is the
// true number of its node, or "Unavailable" with the reason as tooltip and for screen readers
// and nothing to chart (no value, no use); an accumulation read's use is the true difference
// from the last index the console could read, never a difference with 0.
void checkReadingRows(const QJsonArray &nodes, models::MeterReading::Origin origin)
{
    models::MeterReadingModel model(origin);
    model.appendNodes(nodes);
    QList<QJsonValue> values; // what each row came from: nodes without a usable time are no row
    for (const QJsonValue &node : nodes) {
        QJsonValue value, time;
        const bool known = readingFields(node.toObject(), origin, &value, &time);
        if (known && models::MeterReading::fromJson(node.toObject(), origin).readAtMs >= 0)
            values << value;
    }
    KAC_FUZZ_EXPECT(values.size() == model.rowCount(), "reading rows");
    std::optional<double> previousIndex;
    for (int r = 0; r < model.rowCount() && r < kMaxRows; ++r) {
        using Model = models::MeterReadingModel;
        const QModelIndex cell = model.index(r, Model::ValueColumn);
        const bool accumulation =
            origin == models::MeterReading::Origin::Meter &&
            cell.data(Model::ReadTypeRole).toInt() == int(models::MeterReading::Type::Accumulation);
        if (isUnavailableCell(cell)) {
            KAC_FUZZ_EXPECT(cell.data(Qt::AccessibleDescriptionRole) == cell.data(Qt::ToolTipRole),
                            "unavailable reading reason for screen readers");
            KAC_FUZZ_EXPECT(!cell.data(Model::ValueRole).isValid() &&
                                !cell.data(Model::ConsumptionRole).isValid() &&
                                !cell.data(Model::HasConsumptionRole).toBool(),
                            "unavailable reading charted");
            continue;
        }
        const std::optional<double> truth = trueNumber(values.at(r));
        KAC_FUZZ_EXPECT(truth && cell.data(Model::ValueRole).toDouble() == *truth,
                        "reading value in the table");
        if (!truth || !accumulation)
            continue;
        const QVariant use = cell.data(Model::ConsumptionRole);
        if (previousIndex)
            KAC_FUZZ_EXPECT(use.isValid() && use.toDouble() == *truth - *previousIndex,
                            "accumulation use");
        else
            KAC_FUZZ_EXPECT(!use.isValid(), "first accumulation read charted");
        previousIndex = truth;
    }
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

    // Property dates (supply start, agreement and occupancy periods) as the tree shows them.
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isString())
            checkShortDate(it.value().toString());

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
        models::PropertyTreeModel model;
        model.setProperties(models::PropertyTreeBuilder::build(array));
        checkPropertyRows(model, {}, 0);
    }
    checkReadingRows(array, models::MeterReading::Origin::Meter);
    checkReadingRows(array, models::MeterReading::Origin::Estimate);
}

} // namespace kac
