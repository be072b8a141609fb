#include "ui/conversations/LiveChatQueuePane.h"

#include "models/PagedLoader.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/LiveChatQueueModel.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace kac::ui {

using models::LiveChatQueueModel;
using models::PagedLoader;

LiveChatQueuePane::LiveChatQueuePane(api::Transport *transport, const api::ErrorCatalog *errors,
                                     QWidget *parent)
    : QWidget(parent)
    , m_service(new models::ConversationService(transport, this))
    , m_state(new PaneStateWidget(this))
    , m_status(new QComboBox)
    , m_count(new QLabel)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("liveChatQueue"));
    setAccessibleName(tr("Live-chat queue"));
    m_status->setObjectName(QStringLiteral("liveChatStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Open"), QStringLiteral("OPEN"));
    m_status->addItem(tr("Snoozed"), QStringLiteral("SNOOZED"));
    m_status->addItem(tr("Closed"), QStringLiteral("CLOSED"));
    m_status->addItem(tr("All"), QString());
    m_count->setObjectName(QStringLiteral("liveChatCount"));

    m_view->setObjectName(QStringLiteral("liveChatView"));
    m_view->setAccessibleName(tr("Live chats"));
    m_view->setModel(m_service->liveChats());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(LiveChatQueueModel::LastMessageColumn, 130);
    m_view->setColumnWidth(LiveChatQueueModel::StatusColumn, 90);
    m_view->setColumnWidth(LiveChatQueueModel::AccountColumn, 100);
    m_view->setColumnWidth(LiveChatQueueModel::CustomerColumn, 160);
    m_view->setColumnWidth(LiveChatQueueModel::BucketsColumn, 150);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Stat&us:"));
    label->setBuddy(m_status);
    bar->addWidget(label);
    bar->addWidget(m_status);
    bar->addStretch();
    bar->addWidget(m_count);
    m_state->setErrorCatalog(errors);
    m_state->setContent(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_state, 1);

    // `activated` is Enter or a double click (per platform), so it works without a mouse.
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &LiveChatQueuePane::start);
    bindPagedList(m_state, m_service->liveChatLoader(), m_service->liveChats(),
                  tr("No live chats with this status."), tr("Loading live chats…"));
    connect(m_service->liveChatLoader(), &PagedLoader::changed, this,
            &LiveChatQueuePane::updateCount);
    connect(m_service->liveChatLoader(), &PagedLoader::pageLoaded, this,
            &LiveChatQueuePane::updateCount);
}

void LiveChatQueuePane::start()
{
    m_service->loadLiveChats(status());
}

void LiveChatQueuePane::setShown(bool shown)
{
    if (shown)
        start();
    else
        m_service->liveChatLoader()->suspend();
}

QString LiveChatQueuePane::status() const
{
    return m_status->currentData().toString();
}

void LiveChatQueuePane::setStatus(const QString &status)
{
    const int index = m_status->findData(status.toUpper());
    if (index < 0)
        return;
    if (index == m_status->currentIndex())
        start();
    else
        m_status->setCurrentIndex(index); // reloads through currentIndexChanged
}

void LiveChatQueuePane::updateCount()
{
    // Kraken's Ink connections have no totalCount: say what is loaded and whether more exist.
    const models::PagedLoader *loader = m_service->liveChatLoader();
    const int loaded = m_service->liveChats()->rowCount();
    if (loader->state() == models::LoadState::Idle ||
        (loaded == 0 && loader->state() == models::LoadState::Loading)) {
        m_count->setText({});
        return;
    }
    const QString count =
        loaded == 1 ? tr("1 chat") : tr("%1 chats").arg(QLocale().toString(loaded));
    m_count->setText(loader->canFetchMore() ? tr("%1 loaded, more to come").arg(count) : count);
}

void LiveChatQueuePane::openRow(int row)
{
    const QString account = m_service->liveChats()
                                ->index(row, 0)
                                .data(LiveChatQueueModel::AccountNumberRole)
                                .toString();
    if (!account.isEmpty())
        emit openAccountRequested(account);
}

} // namespace kac::ui
