// The conversation panes the fault matrices cover: an account's conversations and the live-chat
// queue. (The message view sends nothing: each timeline event carries its message.)
#include "faults/FaultedPanes.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "ui/conversations/ConversationsPane.h"
#include "ui/conversations/LiveChatQueuePane.h"

#include <QTreeView>

namespace kac::test {

namespace {

ui::ConversationsPane *conversationsPane(Console &c, const QString &account)
{
    return c.window.accountTab(account)->findChild<ui::ConversationsPane *>();
}

FaultedPane conversations()
{
    static const QString BigInbox = QStringLiteral("A-8E4B92D1"); // 5,000 Ink events
    FaultedPane pane{"conversations", QStringLiteral("InkConversation|InkConversationEvents")};
    pane.service = [](api::Transport *transport, const QString &) {
        // The conversation header and the first timeline page, as the pane opens them.
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::ConversationService(transport, probe.owner.get());
        probe.start = [s]() { s->loadConversation(FaultedAccount); };
        probe.loading = [s] { return s->state() == models::ConversationService::State::Loading; };
        probe.outcome = [s] {
            using S = models::ConversationService::State;
            if (s->state() == S::Loaded || s->state() == S::Empty)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] { s->retry(); };
        return probe;
    };
    pane.prepare = [](Console &c) {
        ui::AccountTab *tab = c.openAccount(FaultedAccount);
        return tab ? Panes{tab->findChild<ui::ConversationsPane *>()->paneState(),
                           {tab->paneState()}}
                   : Panes{};
    };
    pane.act = [](Console &c, const Panes &) {
        showSection<ui::ConversationsPane>(c.window.accountTab(FaultedAccount));
    };
    pane.laterPage.operations = QStringLiteral("InkConversationEvents");
    pane.laterPage.prepare = [](Console &c) -> QAbstractItemView * {
        ui::AccountTab *tab = c.openAccount(BigInbox);
        if (!tab)
            return nullptr;
        auto *inbox = showSection<ui::ConversationsPane>(tab);
        return waitForState(inbox->paneState(), {State::Content}) ? inbox->timelineView() : nullptr;
    };
    pane.laterPage.pageInFlight = [](Console &c) {
        return conversationsPane(c, BigInbox)->service()->timeline()->isLoading();
    };
    pane.laterPage.pane = [](Console &c) { return conversationsPane(c, BigInbox)->paneState(); };
    return pane;
}

FaultedPane liveChats()
{
    FaultedPane pane{"live chats", QStringLiteral("InkLiveChatConversations")};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::ConversationService(transport, probe.owner.get());
        probe.start = [s]() { s->loadLiveChats(QStringLiteral("OPEN")); };
        probe.loading = [s] {
            return s->liveChatLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->liveChatLoader()); };
        probe.retryWithoutFault = [s] { s->liveChatLoader()->retry(); };
        return probe;
    };
    pane.prepare = [](Console &c) {
        return Panes{c.window.findChild<ui::LiveChatQueuePane *>()->paneState(), {}};
    };
    pane.act = [](Console &c, const Panes &) {
        c.showDock<ui::LiveChatQueuePane>(QStringLiteral("liveChatsDock"));
    };
    return pane;
}

} // namespace

QList<FaultedPane> conversationFaultedPanes()
{
    return {conversations(), liveChats()};
}

} // namespace kac::test
