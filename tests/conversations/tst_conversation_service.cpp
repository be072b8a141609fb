// ConversationService and its models against a real sandbox: the timeline in Kraken's order,
// paging to the very first event of a 5,000-event conversation, every message kind, the
// live-chat queue by status, errors and retry. Every model runs under QAbstractItemModelTester.
#include "api/GraphQLRequest.h"
#include "api/Transport.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/LiveChatQueueModel.h"
#include "models/conversations/TimelineFilterModel.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace kac;
using models::ConversationService;
using models::ConversationTimelineModel;
using models::LiveChatQueueModel;
using models::MessageContent;

namespace {

const QString kBigAccount = QStringLiteral("A-8E4B92D1"); // 5,000 events, open live chat
const QString kSmallAccount = QStringLiteral("A-2B7E41C9");

} // namespace

class TestConversationService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void timelineMatchesSandboxInOrder();
    void pagingReachesFirstEvent();
    void everyEventCarriesItsMessage();
    void filterByChannelAndSearch();
    void liveChatQueueFiltersByStatus();
    void unknownAccountFailsAndRetryClearsLoading();

private:
    QJsonArray rawEvents(const QString &accountNumber);
    bool waitForState(ConversationService &service, ConversationService::State state,
                      int timeoutMs = 20000);
    void attachTesters(ConversationService &service);

    test::SandboxFixture m_sandbox;
    test::SignedInTransport m_api;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestConversationService::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure()));
    QVERIFY(m_api.signIn(m_sandbox.url()));
}

void TestConversationService::attachTesters(ConversationService &service)
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers << new QAbstractItemModelTester(service.timeline(), Mode::QtTest, &service)
              << new QAbstractItemModelTester(service.liveChats(), Mode::QtTest, &service);
}

bool TestConversationService::waitForState(ConversationService &service,
                                           ConversationService::State state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return service.state() == state; }, timeoutMs);
}

// The events straight from the sandbox with a query of the test's own (all pages).
QJsonArray TestConversationService::rawEvents(const QString &accountNumber)
{
    const api::Operation op{
        QStringLiteral("TestRawEvents"),
        QStringLiteral(
            "query TestRawEvents($n: String!, $after: String) { inkConversation(accountNumber: $n) "
            "{"
            " events(first: 99, after: $after) { pageInfo { hasNextPage endCursor } edges { node {"
            " ... on InkNewMessage { occurredAt message { __typename } } } } } } }")};
    QJsonArray events;
    QString after;
    for (;;) {
        QJsonObject variables{{"n", accountNumber}};
        if (!after.isEmpty())
            variables.insert("after", after);
        std::unique_ptr<api::GraphQLRequest> request(m_api.transport.send(op, variables));
        QSignalSpy finished(request.get(), &api::GraphQLRequest::finished);
        if (!finished.wait(20000) || !request->result().ok())
            return {};
        const QJsonObject connection =
            request->result().data["inkConversation"]["events"].toObject();
        for (const QJsonValue &edge : connection["edges"].toArray())
            events.append(edge["node"]);
        if (!connection["pageInfo"]["hasNextPage"].toBool())
            return events;
        after = connection["pageInfo"]["endCursor"].toString();
    }
}

void TestConversationService::timelineMatchesSandboxInOrder()
{
    const QJsonArray expected = rawEvents(kSmallAccount);
    QVERIFY(!expected.isEmpty());

    ConversationService service(&m_api.transport);
    attachTesters(service);
    QSignalSpy summaries(&service, &ConversationService::summaryLoaded);
    service.loadConversation(kSmallAccount);
    QCOMPARE(service.state(), ConversationService::State::Loading);
    QVERIFY(waitForState(service, ConversationService::State::Loaded));
    QVERIFY(QTest::qWaitFor([&] { return !service.timeline()->isLoading(); }));

    QCOMPARE(summaries.size(), 1);
    const models::ConversationSummary &summary = service.summary();
    QCOMPARE(summary.accountNumber, kSmallAccount);
    QCOMPARE(summary.relayId, QStringLiteral("SW5rQ29udmVyc2F0aW9uOjQwMDAwMDA=")); // 4000000
    QVERIFY(!summary.status.isEmpty());
    QVERIFY(summary.tags.contains(QStringLiteral("Life support"))); // Bronwyn is on life support
    QVERIFY(!summary.buckets.isEmpty());
    QCOMPARE(summary.channels.size(), 2); // email (default) and SMS
    QVERIFY(summary.channels.first().isDefault);

    ConversationTimelineModel *timeline = service.timeline();
    QCOMPARE(timeline->rowCount(), int(expected.size()));
    QVERIFY(!timeline->canFetchMore({})); // Kraken says no more: hasNextPage, no totalCount
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const QJsonObject event = expected.at(row).toObject();
        const ConversationTimelineModel::Event &e = timeline->eventAt(row);
        QCOMPARE(e.occurredAt, QDateTime::fromString(event["occurredAt"].toString(), Qt::ISODate));
        QCOMPARE(MessageContent::typenameFor(e.message.kind),
                 event["message"]["__typename"].toString());
        if (row > 0)
            QVERIFY(timeline->eventAt(row - 1).occurredAt >= e.occurredAt); // newest first
        QVERIFY(!timeline->index(row, ConversationTimelineModel::PreviewColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QVERIFY(!timeline->index(row, ConversationTimelineModel::SenderColumn)
                     .data()
                     .toString()
                     .isEmpty());
    }
}

void TestConversationService::pagingReachesFirstEvent()
{
    const int requestsBefore = int(m_sandbox.requestLog().size());
    ConversationService service(&m_api.transport);
    attachTesters(service);
    service.loadConversation(kBigAccount);
    QVERIFY(waitForState(service, ConversationService::State::Loaded));
    ConversationTimelineModel *timeline = service.timeline();
    QCOMPARE(timeline->rowCount(), ConversationService::PageSize);
    QVERIFY(timeline->canFetchMore({})); // from pageInfo: the events connection has no count

    // A view asks for the second page the way QAbstractItemView does.
    timeline->fetchMore({});
    QVERIFY(QTest::qWaitFor(
        [&] { return timeline->rowCount() == 2 * ConversationService::PageSize; }, 20000));

    QSignalSpy allLoaded(service.timelineLoader(), &models::PagedLoader::allLoaded);
    service.fetchAllEvents();
    QVERIFY(allLoaded.wait(120000) || !allLoaded.isEmpty());
    QCOMPARE(timeline->rowCount(), 5000);
    QVERIFY(!timeline->canFetchMore({}));
    QVERIFY(!timeline->isLoading());
    // Newest first, and every row told apart by what Kraken gives (id, or type, time, sender).
    QSet<QString> identities;
    for (int row = 0; row < 5000; ++row) {
        if (row > 0)
            QVERIFY(timeline->eventAt(row - 1).occurredAt >= timeline->eventAt(row).occurredAt);
        identities.insert(timeline->eventAt(row).message.identity());
    }
    QCOMPARE(identities.size(), 5000);
    const QString last = timeline->eventAt(4999).message.identity();
    QCOMPARE(timeline->rowOfMessage(last), 4999);
    QCOMPARE(
        timeline->index(4999, 0).data(ConversationTimelineModel::MessageIdentityRole).toString(),
        last);

    int pages = 0;
    const QList<QJsonObject> log = m_sandbox.requestLog();
    for (qsizetype i = requestsBefore; i < log.size(); ++i)
        pages += log.at(i)["operationName"].toString() == QLatin1String("InkConversationEvents");
    QCOMPARE(pages, 5000 / ConversationService::PageSize); // each page asked for once
}

void TestConversationService::everyEventCarriesItsMessage()
{
    ConversationService service(&m_api.transport);
    attachTesters(service);
    service.loadConversation(kBigAccount);
    QVERIFY(waitForState(service, ConversationService::State::Loaded));
    QVERIFY(QTest::qWaitFor([&] { return !service.timeline()->isLoading(); }));
    const int requestsAfterFirstPage = int(m_sandbox.requestLog().size());
    ConversationTimelineModel *timeline = service.timeline();

    QSet<MessageContent::Kind> seen;
    bool sawScriptEmail = false;
    bool sawAttachment = false;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const MessageContent &message = timeline->eventAt(row).message;
        seen.insert(message.kind);
        QVERIFY(!message.from.isEmpty());
        QVERIFY(message.occurredAt.isValid());
        QCOMPARE(message.occurredAt, timeline->eventAt(row).occurredAt);
        QVERIFY(!message.deliveryStatus.isEmpty());
        if (message.kind == MessageContent::Kind::Email) {
            // The whole email came with its event: subject, recipients, HTML and plain text.
            QVERIFY(!message.subject.isEmpty());
            QVERIFY(!message.toList.isEmpty());
            QVERIFY(message.html.contains(QLatin1Char('<')));
            QVERIFY(!message.plainText.isEmpty());
            QVERIFY(message.copyText().contains(message.plainText));
            QVERIFY(message.id.isEmpty()); // Kraken gives an email no id
            sawScriptEmail |= message.html.contains(QLatin1String("<script>"));
            for (const models::MessageAttachment &a : message.attachments) {
                sawAttachment = true;
                QVERIFY(a.fileName.endsWith(QLatin1String(".pdf")));
                QVERIFY(a.sizeInBytes > 0);
            }
        } else {
            QVERIFY(!message.body.isEmpty());
            QCOMPARE(message.copyText(), message.body);
        }
        if (message.kind == MessageContent::Kind::LiveChat)
            QVERIFY(!message.id.isEmpty()); // live-chat messages are Nodes
        if (message.kind == MessageContent::Kind::Sms)
            QVERIFY(message.id.isEmpty());
    }
    QVERIFY(seen.contains(MessageContent::Kind::Email));
    QVERIFY(seen.contains(MessageContent::Kind::Sms));
    QVERIFY(seen.contains(MessageContent::Kind::LiveChat));
    QVERIFY(sawScriptEmail);
    QVERIFY(sawAttachment);
    // Reading them all asked Kraken for nothing more.
    QCOMPARE(int(m_sandbox.requestLog().size()), requestsAfterFirstPage);
}

void TestConversationService::filterByChannelAndSearch()
{
    ConversationService service(&m_api.transport);
    service.loadConversation(kBigAccount);
    QVERIFY(waitForState(service, ConversationService::State::Loaded));
    models::TimelineFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(service.timeline());
    QCOMPARE(filter.rowCount(), service.timeline()->rowCount());

    filter.setChannel(MessageContent::Kind::Sms);
    QVERIFY(filter.rowCount() > 0);
    QVERIFY(filter.rowCount() < service.timeline()->rowCount());
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(ConversationTimelineModel::KindRole).toInt(),
                 int(MessageContent::Kind::Sms));

    filter.setSearchText(QStringLiteral("EXTENSION"));
    QVERIFY(filter.rowCount() > 0);
    for (int row = 0; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row, 0)
                    .data(ConversationTimelineModel::SearchTextRole)
                    .toString()
                    .contains("extension", Qt::CaseInsensitive));

    // New pages go through the filter as they arrive.
    const int before = filter.rowCount();
    service.timeline()->fetchMore({});
    const int twoPages = 2 * ConversationService::PageSize;
    QVERIFY(QTest::qWaitFor([&] { return service.timeline()->rowCount() == twoPages; }, 20000));
    QVERIFY(filter.rowCount() > before);

    filter.setChannel(std::nullopt);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), twoPages);
}

void TestConversationService::liveChatQueueFiltersByStatus()
{
    ConversationService service(&m_api.transport);
    attachTesters(service);
    LiveChatQueueModel *queue = service.liveChats();
    QMap<QString, int> totals;
    for (const QString &status :
         {QStringLiteral("OPEN"), QStringLiteral("SNOOZED"), QStringLiteral("CLOSED"), QString()}) {
        service.loadLiveChats(status);
        QVERIFY(QTest::qWaitFor(
            [&] { return service.liveChatLoader()->state() == models::PagedLoader::State::Loaded; },
            20000));
        // No totalCount on Ink connections: count what paging brings in.
        while (queue->canFetchMore({})) {
            const int rows = queue->rowCount();
            queue->fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return queue->rowCount() > rows && !queue->isLoading(); },
                                    20000));
        }
        totals[status] = queue->rowCount();
        QVERIFY(queue->rowCount() > 0);
        for (int row = 0; row < queue->rowCount(); ++row) {
            if (!status.isEmpty())
                QCOMPARE(queue->chatAt(row).status, status);
            QVERIFY(!queue->chatAt(row).accountNumber.isEmpty());
        }
        if (status == QLatin1String("OPEN")) {
            QCOMPARE(queue->chatAt(0).accountNumber, kBigAccount); // the fixed open chat is first
            QCOMPARE(queue->chatAt(0).relayId, QStringLiteral("SW5rQ29udmVyc2F0aW9uOjQwMDAwMDM="));
            QCOMPARE(queue->index(0, LiveChatQueueModel::AccountColumn)
                         .data(LiveChatQueueModel::AccountNumberRole)
                         .toString(),
                     kBigAccount);
            QVERIFY(!queue->chatAt(0).customer.isEmpty());
        }
    }
    QCOMPARE(totals["OPEN"] + totals["SNOOZED"] + totals["CLOSED"], totals[QString()]);
    QVERIFY(totals[QString()] > ConversationService::PageSize); // it did page
}

void TestConversationService::unknownAccountFailsAndRetryClearsLoading()
{
    ConversationService service(&m_api.transport);
    attachTesters(service);
    service.loadConversation(QStringLiteral("A-00000000"));
    QVERIFY(waitForState(service, ConversationService::State::Failed));
    QCOMPARE(service.error().kind, api::ApiError::Kind::Kraken);
    QCOMPARE(service.error().errorCode, QStringLiteral("KT-CT-4177"));
    QVERIFY(QTest::qWaitFor([&] { return !service.timeline()->isLoading(); }));
    service.retry();
    QCOMPARE(service.state(), ConversationService::State::Loading);
    QVERIFY(waitForState(service, ConversationService::State::Failed));
    QVERIFY(QTest::qWaitFor([&] { return !service.timeline()->isLoading(); }));
    QVERIFY(!service.timeline()->canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestConversationService)
#include "tst_conversation_service.moc"
