#include "models/actions/ActivityLog.h"

#include "models/DisplayTime.h"

namespace kac::models {

using State = ExactlyOnceAction::State;

ActivityLog::ActivityLog(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActivityLog::track(ExactlyOnceAction *action, const QString &what)
{
    connect(action, &ExactlyOnceAction::stateChanged, this,
            [this, action, what](State state) { onStateChanged(action, what, state); });
    connect(action, &QObject::destroyed, this, [this, action] { m_latestRow.remove(action); });
}

void ActivityLog::onStateChanged(ExactlyOnceAction *action, const QString &what, State state)
{
    if (state == State::Idle)
        return;
    if (state == State::Sending || !m_latestRow.contains(action)) {
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append({QDateTime::currentDateTime(), what, state, action->error()});
        endInsertRows();
        m_latestRow.insert(action, row);
        return;
    }
    const int row = m_latestRow.value(action);
    m_entries[row].state = state;
    m_entries[row].error = action->error();
    emit dataChanged(index(row, ResultColumn), index(row, ResultColumn));
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLog::resultText(State state, const api::ApiError &error)
{
    const QString code =
        error.errorCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.errorCode);
    switch (state) {
    case State::Idle:
        return {};
    case State::Sending:
        return tr("Sending…");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Not done") + code;
    case State::Checking:
        return tr("Answer lost: checking whether it was done…");
    case State::Unknown:
        return tr("Unknown: the answer was lost and the check failed");
    case State::NotDone:
        return tr("Not done (checked after the answer was lost)");
    case State::Refused:
        return tr("Refused: not allowed for you") + code;
    }
    return {};
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return DisplayTime::time(entry.at);
    case ActionColumn:
        return entry.what;
    case ResultColumn:
        return resultText(entry.state, entry.error);
    default:
        return {};
    }
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace kac::models
