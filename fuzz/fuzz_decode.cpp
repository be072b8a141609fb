// libFuzzer target for the response decoding path: an HTTP body goes through
// api::ResponseDecoder (as the Transport does for every answer), and whatever data comes out is
// fed to every model's JSON ingestion entry point, then every cell of every model is read back.
//
// Ingestion entry points covered (update this list when a model gains one):
//   AccountOverview::fromJson                 account header, flags, contacts (PII)
//   RecordTableModel::appendRecords           every account section (transactions, bills,
//                                             payments, notes, ...), with each section's columns
//   RecordTableModel::formatValue / valueAt   cell formatting (money, dates, type names)
//   RecordTableModel::appendFields            field-set sections (label/value rows)
//   decodeCents/Integer/Number/Date/DateTime  on every value in the answer, checked
//   MeterReading::fromJson, MeterReadingModel::appendNodes        readings and estimates
//   PropertyTreeBuilder::build, PropertyTreeModel::setProperties  properties and meter points
//   SupplyPointModel::appendNodes                                 supply points
//   CampaignItem::fromNode, CampaignItemModel::appendNodes        campaign items
//   CampaignListModel::appendNodes, CallTagModel::appendNodes     campaigns list, call tags
//   CallTagInfo/CampaignDetail/CallDetail/AgentStatus/WaitTime::fromNode
//   (PaneChecks.cpp: readings, campaign counts and call windows with the CSV row, wait times,
//   call ids, conversation and live-chat times, each checked as below)
//   SchemaSummary::fromIntrospection/fromJson, EndpointCapabilities::check   endpoint schema
//   SignInMethodSet::fromIntrospection        the sign-in methods an endpoint takes
// Not reachable from here (private to their services; see /work/notes/reliability.md):
//   search results (AccountSearchService's row parser) and RelayPager's edges/pageInfo walk are
//   mirrored by feeding every array/object in the document to every entry point.
//   ConversationSummary::fromJson, MessageContent::fromJson (message view, HTML sanitised)
//   ConversationTimelineModel::appendNodes, LiveChatQueueModel::appendNodes   timeline, chats
//   HtmlSanitizer::sanitize                    on every string in the answer (email bodies)
//
// Besides "no crash", it checks what the agent would read: every money, number and date that
// the decoders (models/JsonValues.h) or a table cell give out is either the true value, worked
// out here independently from the JSON, or marked unavailable with a reason (abort otherwise).
// For money the true value is crisp (a whole number of cents within ±2^53), so a real amount
// marked unavailable aborts too.
//
// Input: the raw body. The first byte chooses the HTTP status the decoder is told (200 most of
// the time), so error-status handling is fuzzed too; the body is the whole input either way.
#include "FuzzTruth.h"
#include "PaneChecks.h"
#include "api/EndpointCapabilities.h"
#include "api/ResponseDecoder.h"
#include "api/SchemaSummary.h"
#include "api/SignInMethods.h"
#include "models/DisplayTime.h"
#include "models/JsonValues.h"
#include "models/Money.h"
#include "models/accounts/AccountOverview.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/RecordTableModel.h"
#include "models/campaigns/CallTagModel.h"
#include "models/campaigns/CampaignItem.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignRecords.h"
#include "models/conversations/ConversationSummary.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/HtmlSanitizer.h"
#include "models/conversations/LiveChatQueueModel.h"
#include "models/conversations/MessageContent.h"
#include "models/properties/MeterReading.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyTreeBuilder.h"
#include "models/properties/PropertyTreeModel.h"
#include "models/properties/SupplyPointModel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace kac;

namespace {

constexpr int kMaxValues = 64;   // arrays/objects collected from one document
constexpr int kMaxReadRows = 64; // rows read back per model

// Reads every cell and the usual roles, as a view would (the formatting runs in data()).
void readBack(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    const int rows = qMin(model.rowCount(parent), kMaxReadRows);
    const int columns = model.columnCount(parent);
    for (int c = 0; c < columns; ++c) {
        (void)model.headerData(c, Qt::Horizontal, Qt::DisplayRole);
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                             int(Qt::TextAlignmentRole), int(Qt::UserRole + 1),
                             int(Qt::UserRole + 2), int(Qt::UserRole + 3), int(Qt::UserRole + 4),
                             int(Qt::UserRole + 5), int(Qt::UserRole + 6), int(Qt::UserRole + 7)})
                (void)model.data(index, role);
            (void)model.flags(index);
        }
        if (depth < 4 && columns > 0)
            readBack(model, model.index(r, 0, parent), depth + 1);
    }
}

// Every array and object in the document, breadth first and bounded, so each entry point also
// sees shapes it does not expect (the answer of another operation, a partial answer ...).
void collect(const QJsonValue &value, QList<QJsonArray> &arrays, QList<QJsonObject> &objects)
{
    QList<QJsonValue> queue{value};
    while (!queue.isEmpty() && arrays.size() + objects.size() < kMaxValues) {
        const QJsonValue current = queue.takeFirst();
        if (current.isArray()) {
            const QJsonArray array = current.toArray();
            arrays << array;
            for (const QJsonValue &item : array)
                queue << item;
        } else if (current.isObject()) {
            const QJsonObject object = current.toObject();
            objects << object;
            for (auto it = object.begin(); it != object.end(); ++it)
                queue << it.value();
        }
    }
}

// The decoders on one JSON value: each result is the true value or unavailable with a reason.
void checkDecoders(const QJsonValue &value)
{
    const std::optional<qint64> cents = trueCents(value);
    const models::Decoded<qint64> decodedCents = models::decodeCents(value);
    KAC_FUZZ_EXPECT(decodedCents.isAvailable() == cents.has_value(), "money availability");
    KAC_FUZZ_EXPECT(!cents || decodedCents.value() == *cents, "money value");
    KAC_FUZZ_EXPECT(decodedCents.isAvailable() != !decodedCents.reason().isEmpty(), "money reason");

    const models::Decoded<qint64> integer = models::decodeInteger(value);
    KAC_FUZZ_EXPECT(integer.isAvailable() == cents.has_value(), "integer availability");
    KAC_FUZZ_EXPECT(!cents || integer.value() == *cents, "integer value");

    const models::Decoded<double> number = models::decodeNumber(value);
    if (number.isAvailable()) {
        // The same digits read by the C library rather than by Qt.
        const double expected = value.isString()
                                    ? std::strtod(value.toString().toLatin1().constData(), nullptr)
                                    : value.toDouble();
        KAC_FUZZ_EXPECT(value.isDouble() || value.isString(), "number from a non-number");
        KAC_FUZZ_EXPECT(std::isfinite(expected) && number.value() == expected + 0.0,
                        "number value");
    } else {
        KAC_FUZZ_EXPECT(!number.reason().isEmpty(), "number reason");
    }

    const models::Decoded<QDate> date = models::decodeDate(value);
    if (date.isAvailable()) {
        const std::optional<qint64> days = trueDate(value.toString());
        KAC_FUZZ_EXPECT(value.isString() && value.toString().size() == 10 && days,
                        "date from a non-date");
        KAC_FUZZ_EXPECT(date.value().toJulianDay() - QDate(1970, 1, 1).toJulianDay() == *days,
                        "date value");
    } else {
        KAC_FUZZ_EXPECT(!date.reason().isEmpty(), "date reason");
    }

    const models::Decoded<QDateTime> instant = models::decodeDateTime(value);
    if (instant.isAvailable()) {
        const std::optional<qint64> ms = trueInstantMs(value.toString());
        KAC_FUZZ_EXPECT(value.isString() && ms, "date-time from a non-date-time");
        KAC_FUZZ_EXPECT(instant.value().toMSecsSinceEpoch() == *ms, "date-time value");
    } else {
        KAC_FUZZ_EXPECT(!instant.reason().isEmpty(), "date-time reason");
    }
}

// What a record table shows for one cell: the true value formatted, an empty cell for an
// absent field, or "Unavailable" with the reason as tooltip and accessible description.
// `debit` is set for a money column with a direction (a transaction's amount): true when the
// record's type takes from the balance, so the amount shows as "-$12.30", otherwise "+$12.30".
void checkCell(const QModelIndex &cell, const QJsonValue &value,
               models::RecordColumn::Format format, std::optional<bool> debit = std::nullopt)
{
    const QString text = cell.data().toString();
    if (value.isNull() || value.isUndefined()) {
        KAC_FUZZ_EXPECT(text.isEmpty(), "absent value shown");
        return;
    }
    if (text == models::unavailableText()) {
        KAC_FUZZ_EXPECT(!cell.data(Qt::ToolTipRole).toString().isEmpty() &&
                            cell.data(Qt::AccessibleDescriptionRole) == cell.data(Qt::ToolTipRole),
                        "unavailable cell without its reason");
        KAC_FUZZ_EXPECT(format != models::RecordColumn::Format::Money || !trueCents(value),
                        "real amount shown as unavailable");
        return;
    }
    switch (format) {
    case models::RecordColumn::Format::Money: {
        const std::optional<qint64> cents = trueCents(value);
        if (cents && debit) {
            const qint64 amount = *debit ? -std::llabs(*cents) : std::llabs(*cents);
            KAC_FUZZ_EXPECT(text == (amount > 0 ? QStringLiteral("+") : QString()) +
                                        models::formatCents(amount),
                            "signed money cell");
            break;
        }
        KAC_FUZZ_EXPECT(cents && text == models::formatCents(*cents), "money cell");
        break;
    }
    case models::RecordColumn::Format::Date: {
        const std::optional<qint64> days = trueDate(value.toString());
        KAC_FUZZ_EXPECT(value.isString() && value.toString().size() == 10 && days &&
                            text == models::DisplayTime::date(QDate(1970, 1, 1).addDays(*days)),
                        "date cell");
        break;
    }
    case models::RecordColumn::Format::DateTime: {
        const std::optional<qint64> ms = trueInstantMs(value.toString());
        KAC_FUZZ_EXPECT(
            value.isString() && ms &&
                text == models::DisplayTime::dateTime(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)),
            "date-time cell");
        break;
    }
    default:
        break;
    }
}

// Every money and date cell of a record table filled from `records` (appended `pages` times).
void checkCells(const QAbstractItemModel &model, const QList<models::RecordColumn> &columns,
                const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    const int rows = qMin(model.rowCount(), kMaxReadRows);
    for (int r = 0; r < rows; ++r) {
        const QJsonObject record = records.at(r % records.size()).toObject();
        for (int c = 0; c < columns.size(); ++c) {
            const models::RecordColumn &column = columns.at(c);
            std::optional<bool> debit;
            if (!column.directionPath.isEmpty())
                debit = column.debitValues.contains(
                    models::RecordTableModel::valueAt(record, column.directionPath)
                        .toVariant()
                        .toString());
            checkCell(model.index(r, c), models::RecordTableModel::valueAt(record, column.path),
                      column.format, debit);
        }
    }
}

// The header's balance and overdue balance: the true amount or unavailable with the reason.
void checkOverview(const models::AccountOverview &overview, const QJsonObject &account)
{
    for (const auto &[decoded, key] : {std::pair{overview.balanceCents, "balance"},
                                       std::pair{overview.overdueCents, "overdueBalance"}}) {
        const std::optional<qint64> cents = trueCents(account.value(QLatin1String(key)));
        KAC_FUZZ_EXPECT(decoded.isAvailable() == cents.has_value(), "overview availability");
        KAC_FUZZ_EXPECT(!cents || decoded.value() == *cents, "overview amount");
        KAC_FUZZ_EXPECT(decoded.isAvailable() || !decoded.reason().isEmpty(), "overview reason");
    }
}

// What the RelayPager delivers: edges[].node of a connection.
QJsonArray nodesOf(const QJsonObject &connection)
{
    QJsonArray nodes;
    for (const QJsonValue &edge : connection.value(QLatin1String("edges")).toArray())
        nodes << edge.toObject().value(QLatin1String("node"));
    return nodes;
}

void ingestObject(const QJsonObject &object)
{
    checkOverview(models::AccountOverview::fromJson(object), object);
    (void)models::MeterReading::fromJson(object, models::MeterReading::Origin::Meter);
    (void)models::MeterReading::fromJson(object, models::MeterReading::Origin::Estimate);
    (void)models::CampaignItem::fromNode(object);
    (void)models::CallTagModel::fromNode(object);
    (void)models::CallTagInfo::fromNode(object);
    (void)models::CampaignDetail::fromNode(object);
    (void)models::CallDetail::fromNode(object);
    (void)models::AgentStatus::fromNode(object);
    (void)models::WaitTime::fromNode(object);
    (void)models::PropertyTreeBuilder::property(object);
    (void)models::SupplyPointModel::devicesOf(object);
    (void)models::ConversationSummary::fromJson(object);
    (void)models::MessageContent::fromJson(object);
    checkPaneObject(object);
    for (auto it = object.begin(); it != object.end(); ++it) {
        checkDecoders(it.value());
        if (it.value().isString())
            (void)models::HtmlSanitizer::sanitize(it.value().toString());
        for (auto format :
             {models::RecordColumn::Format::Text, models::RecordColumn::Format::Money,
              models::RecordColumn::Format::Date, models::RecordColumn::Format::DateTime,
              models::RecordColumn::Format::Boolean, models::RecordColumn::Format::TypeName})
            (void)models::RecordTableModel::formatValue(it.value(), format);
        (void)models::RecordTableModel::valueAt(object, it.key() + QLatin1String(".a.b"));
    }
}

void ingestArray(const QJsonArray &array, const QList<models::AccountSectionSpec> &sections)
{
    for (const models::AccountSectionSpec &spec : sections) {
        models::RecordTableModel model(spec.columns);
        model.appendRecords(array);
        model.appendRecords(array); // a second page lands after the first
        readBack(model);
        checkCells(model, spec.columns, array);
    }
    {
        models::MeterReadingModel model;
        model.appendNodes(array);
        readBack(model);
    }
    {
        models::SupplyPointModel model;
        model.appendNodes(array);
        readBack(model);
    }
    {
        models::PropertyTreeModel model;
        model.setProperties(models::PropertyTreeBuilder::build(array));
        readBack(model);
    }
    {
        models::CampaignItemModel model;
        model.appendNodes(array);
        model.setPhonesRevealed(true);
        readBack(model);
    }
    {
        models::CampaignListModel model;
        model.appendNodes(array);
        readBack(model);
    }
    {
        models::ConversationTimelineModel model;
        model.appendNodes(array);
        readBack(model);
    }
    {
        models::LiveChatQueueModel model;
        model.appendNodes(array);
        readBack(model);
    }
    {
        models::CallTagModel model;
        model.appendNodes(array);
        readBack(model);
    }
    checkPaneArray(array);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Models are QObjects; some format with the application's locale.
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<models::AccountSectionSpec> sections = models::accountSections();
    int status = 200;
    if (size > 0) {
        switch (data[0] % 16) {
        case 13:
            status = 400;
            break;
        case 14:
            status = 502;
            break;
        case 15:
            status = 503;
            break;
        default:
            break;
        }
    }
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const api::GraphQLResult result = api::ResponseDecoder::decode(body, status);
    (void)result.error.summary();
    for (const api::ApiError &error : result.fieldErrors)
        (void)error.summary();
    if (!result.ok() && result.data.isEmpty())
        return 0;

    // What the console learns of an endpoint: its schema and its sign-in methods.
    static const api::OperationManifest manifest = api::OperationManifest::builtIn();
    const api::SchemaSummary schema = api::SchemaSummary::fromIntrospection(result.data);
    (void)api::SchemaSummary::fromJson(schema.toJson());
    (void)api::EndpointCapabilities::check(manifest, schema);
    (void)api::SignInMethodSet::fromIntrospection(result.data);

    // The paths the services read, as they read them.
    const QJsonObject account = result.data.value(QLatin1String("account")).toObject();
    checkOverview(models::AccountOverview::fromJson(
                      account, result.data.value(QLatin1String("getUsersForAccounts")).toArray()),
                  account);
    for (const models::AccountSectionSpec &spec : sections) {
        QJsonValue value = result.data;
        for (const QString &key : spec.listPath)
            value = value.toObject().value(key);
        models::RecordTableModel model(spec.columns);
        const QJsonArray records = value.isObject() ? nodesOf(value.toObject()) : value.toArray();
        model.appendRecords(records);
        readBack(model);
        checkCells(model, spec.columns, records);
        if (spec.shape == models::AccountSectionSpec::Shape::Fields && value.isObject()) {
            // A field set: one label/value row a field, as SectionLoader fills it.
            models::RecordTableModel fields({{QStringLiteral("Field"), QStringLiteral("label")},
                                             {QStringLiteral("Value"), QStringLiteral("value")}});
            fields.appendFields(value.toObject(), spec.columns);
            readBack(fields);
            for (int r = 0; r < fields.rowCount() && r < spec.columns.size(); ++r)
                checkCell(
                    fields.index(r, 1),
                    models::RecordTableModel::valueAt(value.toObject(), spec.columns.at(r).path),
                    spec.columns.at(r).format);
        }
    }

    // Then every array and object in the answer, to every entry point.
    QList<QJsonArray> arrays;
    QList<QJsonObject> objects;
    collect(result.data, arrays, objects);
    for (const QJsonObject &object : objects) {
        ingestObject(object);
        if (object.contains(QLatin1String("edges")))
            arrays << nodesOf(object);
    }
    for (const QJsonArray &array : arrays)
        ingestArray(array, sections);
    return 0;
}
