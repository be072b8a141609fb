#include "ui/conversations/ConversationsPane.h"

#include "models/AgentWords.h"
#include "models/PiiText.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/TimelineFilterModel.h"
#include "ui/AccessibleNames.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/conversations/MessageView.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace kac::ui {

using models::ConversationService;
using models::ConversationTimelineModel;
using models::MessageContent;

ConversationsPane::ConversationsPane(api::Transport *transport, const QString &accountNumber,
                                     const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_accountNumber(accountNumber)
    , m_errors(errors)
    , m_service(new ConversationService(transport, this))
    , m_filter(new models::TimelineFilterModel(this))
    , m_state(new PaneStateWidget(this))
    , m_summary(new QLabel)
    , m_channel(new QComboBox)
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_loadAll(new QPushButton(tr("Load &all")))
    , m_view(new QTreeView)
    , m_message(new MessageView(errors))
{
    setObjectName(QStringLiteral("conversationsPane"));
    setAccessibleName(tr("Conversations with the customer"));
    m_summary->setObjectName(QStringLiteral("conversationSummary"));
    m_summary->setTextFormat(Qt::RichText); // built below, every value escaped
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), -1);
    for (const MessageContent::Kind kind : MessageContent::allKinds())
        m_channel->addItem(MessageContent::kindLabel(kind), int(kind));
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search loaded messages"));
    m_search->setAccessibleName(tr("Search loaded messages"));
    m_search->setClearButtonEnabled(true);
    AccessibleNames::nameClearButton(m_search, tr("message search"));
    m_count->setObjectName(QStringLiteral("conversationCount"));
    m_loadAll->setObjectName(QStringLiteral("loadAllEvents"));
    m_loadAll->setToolTip(tr("Load the whole history, so the search covers every message"));

    m_filter->setSourceModel(m_service->timeline());
    m_view->setObjectName(QStringLiteral("conversationTimeline"));
    m_view->setAccessibleName(tr("Conversation timeline"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // 5,000 rows: no per-row height measuring
    m_view->setMinimumWidth(320);       // a list, not a 60 px box, beside the live-chat dock
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ConversationTimelineModel::TimeColumn, 130);
    m_view->setColumnWidth(ConversationTimelineModel::ChannelColumn, 80);
    m_view->setColumnWidth(ConversationTimelineModel::DirectionColumn, 80);
    m_view->setColumnWidth(ConversationTimelineModel::SenderColumn, 190);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_channel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    filters->addWidget(m_loadAll);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_message);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    AccessibleNames::nameSplitterHandles(splitter, tr("Resize messages and message text"));
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(splitter, 1);
    m_state->setErrorCatalog(errors);
    m_state->setContent(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);

    auto *copy = new QAction(tr("Copy message"), this);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    connect(copy, &QAction::triggered, m_message, &MessageView::copyMessage);
    connect(m_message, &MessageView::copied, this, &ConversationsPane::copied);

    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_channel->currentData().toInt();
        m_filter->setChannel(kind < 0 ? std::nullopt : std::optional(MessageContent::Kind(kind)));
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_loadAll, &QPushButton::clicked, m_service, &ConversationService::fetchAllEvents);
    // Every page moves the count on, and may bring refused fields or a page error (the notice).
    auto *binding =
        bindPaneState(m_state, m_service, tr("No emails, SMS or chats with this customer yet."),
                      tr("Loading conversations…"));
    connect(binding, &PaneStateBinding::shown, this, [this](models::LoadState state) {
        if (state == models::LoadState::Loaded)
            updateCount();
    });
    connect(m_service, &ConversationService::summaryLoaded, this, &ConversationsPane::onSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConversationsPane::onCurrentChanged);
}

void ConversationsPane::setShown(bool shown)
{
    if (!shown)
        m_service->suspend();
    else if (!m_started || m_service->isSuspended())
        reload();
}

void ConversationsPane::reload()
{
    m_started = true;
    m_message->showPrompt(tr("Select a message to read it."));
    m_service->loadConversation(m_accountNumber);
}

void ConversationsPane::onSummary(const models::ConversationSummary &summary)
{
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg(summary.statusText().toHtmlEscaped());
    for (const auto &channel : summary.channels) {
        const QString handle = models::maskContactHandle(channel.handle);
        parts << QStringLiteral("%1: %2%3")
                     .arg(models::AgentWords::enumText(channel.channel).toHtmlEscaped(),
                          handle.toHtmlEscaped(),
                          channel.isDefault ? tr(" (preferred)") : QString());
    }
    if (!summary.buckets.isEmpty())
        parts << tr("Buckets: %1").arg(summary.buckets.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!summary.tags.isEmpty())
        parts << tr("Tags: %1").arg(summary.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    m_summary->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void ConversationsPane::updateCount()
{
    // Kraken's events connection has no totalCount: what is loaded, and whether more exist.
    const int loaded = m_service->timeline()->rowCount();
    const bool more =
        m_service->timelineLoader()->canFetchMore() || m_service->timelineLoader()->isLoading();
    const QLocale locale;
    QString text = more ? tr("%1 loaded, older ones on request").arg(locale.toString(loaded))
                        : tr("%1 messages").arg(locale.toString(loaded));
    if (m_filter->isFiltering())
        text = tr("%1 shown · %2").arg(locale.toString(m_filter->rowCount()), text);
    m_count->setText(text);
    m_loadAll->setVisible(more);
}

void ConversationsPane::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openRow(current.row());
}

void ConversationsPane::openRow(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return;
    // The event carried the whole message: shown at once, nothing is sent.
    const QModelIndex source = m_filter->mapToSource(index);
    m_message->showMessage(m_service->timeline()->eventAt(source.row()).message);
}

} // namespace kac::ui
