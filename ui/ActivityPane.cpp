#include "ui/ActivityPane.h"

#include "models/actions/ActivityLog.h"
#include "ui/RowTableView.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace kac::ui {

ActivityPane::ActivityPane(models::ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_view(new RowTableView(this))
{
    auto *empty = new QLabel(tr("Nothing done in this account yet this session. Notes, replies, "
                                "reminders and call wrap-ups you send from here are listed."),
                             this);
    empty->setObjectName(QStringLiteral("activityEmpty"));
    empty->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("What you did in this account this session"));
    m_view->setModel(log);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(models::ActivityLog::ActionColumn,
                                                     QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_view, 1);
    const auto showEmpty = [empty, log] { empty->setVisible(log->rowCount() == 0); };
    connect(log, &QAbstractItemModel::rowsInserted, this, showEmpty);
    showEmpty();
}

} // namespace kac::ui
