#include "models/accounts/AccountSearchModel.h"

#include "models/Money.h"

#include <algorithm>
#include <limits>

namespace kac::models {

AccountSearchModel::AccountSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountSearchModel::setRows(const QList<AccountSearchRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void AccountSearchModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString AccountSearchModel::accountNumberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).accountNumber : QString();
}

int AccountSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSearchRow &row = m_rows.at(index.row());
    if (role == AccountNumberRole)
        return row.accountNumber;
    if (role == SortRole)
        return sortValue(row, index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == Balance || index.column() == Score))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // A narrow search pane elides a long name or address: the tooltip says it in full.
    if (role == Qt::ToolTipRole && index.column() == Name)
        return row.name;
    if (role == Qt::ToolTipRole && index.column() == Address)
        return row.address;
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        // Why a value shows as unavailable.
        if (index.column() == Balance)
            return row.balanceCents.isAvailable() ? QVariant() : row.balanceCents.reason();
        if (index.column() == Score)
            return row.score.isAvailable() ? QVariant() : row.score.reason();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case AccountNumber:
        return row.accountNumber;
    case Name:
        return row.name;
    case Status:
        return row.status;
    case Address:
        return row.address;
    case Balance:
        return row.balanceCents.isAvailable() ? formatCents(row.balanceCents.value())
                                              : unavailableText();
    case Score:
        return row.score.isAvailable() ? QString::number(row.score.value(), 'f', 3)
                                       : unavailableText();
    }
    return {};
}

QVariant AccountSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountNumber:
        return tr("Account");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Address:
        return tr("Address");
    case Balance:
        return tr("Balance");
    case Score:
        return tr("Score");
    }
    return {};
}

QVariant AccountSearchModel::sortValue(const AccountSearchRow &row, int column) const
{
    switch (column) {
    case AccountNumber:
        return row.accountNumber;
    case Name:
        return row.name;
    case Status:
        return row.status;
    case Address:
        return row.address;
    // Unavailable values sort below every real one.
    case Balance:
        return row.balanceCents.isAvailable() ? row.balanceCents.value()
                                              : std::numeric_limits<qint64>::min();
    case Score:
        return row.score.isAvailable() ? row.score.value()
                                       : -std::numeric_limits<double>::infinity();
    }
    return {};
}

void AccountSearchModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> keys;
    for (const QModelIndex &index : before)
        keys << m_rows.at(index.row()).accountNumber;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const AccountSearchRow &a, const AccountSearchRow &b) {
                         const QVariant left = sortValue(a, column);
                         const QVariant right = sortValue(b, column);
                         const auto cmp = QVariant::compare(left, right);
                         return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
                     });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                     [&](const auto &r) { return r.accountNumber == keys.at(i); });
        after << index(int(it - m_rows.cbegin()), before.at(i).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace kac::models
