#pragma once

#include "models/actions/ExactlyOnceAction.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace kac::models {

// What the agent did in one account tab this session: one row per send of any action (time,
// action, result), its result kept up to date as the answer (or the check after a lost one)
// arrives. Nothing done is invisible. In memory only: it names what was done, never the text
// the agent typed.
class ActivityLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActionColumn,
        ResultColumn,
        ColumnCount
    };

    explicit ActivityLog(QObject *parent = nullptr);

    // Every send of `action` from now on is a row named `what` ("Note added to the account",
    // "Reply sent by SMS" ...).
    void track(ExactlyOnceAction *action, const QString &what);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The result words for a state ("Done", "Not done: KT-CT-4177" ...).
    static QString resultText(ExactlyOnceAction::State state, const api::ApiError &error);

private:
    struct Entry
    {
        QDateTime at;
        QString what;
        ExactlyOnceAction::State state;
        api::ApiError error;
    };
    void onStateChanged(ExactlyOnceAction *action, const QString &what,
                        ExactlyOnceAction::State state);

    QList<Entry> m_entries;
    // Each action's latest row: later states of that send update it.
    QHash<const ExactlyOnceAction *, int> m_latestRow;
};

} // namespace kac::models
