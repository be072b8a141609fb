// libFuzzer target for the response decoding path: an HTTP body goes through
// api::ResponseDecoder (as the Transport does for every answer), and whatever data comes out is
// fed to every model's JSON ingestion entry point, then every cell of every model is read back.
//
// Ingestion entry points covered (update this list when a model gains one):
//   AccountOverview::fromJson                 account header, flags, contacts (PII)
//   RecordTableModel::appendRecords           every account section (transactions, bills,
//                                             payments, notes, ...), with each section's columns
//   RecordTableModel::formatValue / valueAt   cell formatting (money, dates, type names)
//   MeterReading::fromJson, MeterReadingModel::appendNodes        readings and estimates
//   PropertyTreeBuilder::build, PropertyTreeModel::setProperties  properties and meter points
//   SupplyPointModel::appendNodes                                 supply points
//   CampaignItem::fromNode, CampaignItemModel::appendNodes        campaign items
//   CampaignListModel::appendNodes, CallTagModel::appendNodes     campaigns list, call tags
//   CallTagInfo/CampaignDetail/CallDetail/AgentStatus/WaitTime::fromNode
//   SchemaSummary::fromIntrospection/fromJson, EndpointCapabilities::check   endpoint schema
//   SignInMethodSet::fromIntrospection        the sign-in methods an endpoint takes
// Not reachable from here (private to their services; see /work/notes/reliability.md):
//   search results (AccountSearchService's row parser) and RelayPager's edges/pageInfo walk are
//   mirrored by feeding every array/object in the document to every entry point.
//   ConversationSummary::fromJson, MessageContent::fromJson (message view, HTML sanitised)
//   ConversationTimelineModel::appendNodes, LiveChatQueueModel::appendNodes   timeline, chats
//   HtmlSanitizer::sanitize                    on every string in the answer (email bodies)
//
// Input: the raw body. The first byte chooses the HTTP status the decoder is told (200 most of
// the time), so error-status handling is fuzzed too; the body is the whole input either way.
#include "api/EndpointCapabilities.h"
#include "api/ResponseDecoder.h"
#include "api/SchemaSummary.h"
#include "api/SignInMethods.h"
#include "models/AccountOverview.h"
#include "models/AccountSections.h"
#include "models/RecordTableModel.h"
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
#include <QLoggingCategory>
#include <cstddef>
#include <cstdint>

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
    (void)models::AccountOverview::fromJson(object);
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
    for (auto it = object.begin(); it != object.end(); ++it) {
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
    (void)models::AccountOverview::fromJson(
        account, result.data.value(QLatin1String("getUsersForAccounts")).toArray());
    for (const models::AccountSectionSpec &spec : sections) {
        QJsonValue value = result.data;
        for (const QString &key : spec.listPath)
            value = value.toObject().value(key);
        models::RecordTableModel model(spec.columns);
        model.appendRecords(value.isObject() ? nodesOf(value.toObject()) : value.toArray());
        readBack(model);
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
