#pragma once

#include "models/DecodedValue.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace kac::models {

// One account found by a search.
struct AccountSearchRow
{
    QString accountNumber;
    QString name;
    QString status;
    QString address;
    Decoded<qint64> balanceCents; // unavailable (with the reason) when not a real amount
    Decoded<double> score;
};

// The results of the current search, sortable by any column (sort() reorders the rows; the
// view's header calls it). Holds rows; AccountSearchService fills it.
class AccountSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AccountNumber,
        Name,
        Status,
        Address,
        Balance,
        Score,
        ColumnCount
    };
    enum Role
    {
        AccountNumberRole = Qt::UserRole + 1, // the row's account number, whatever the column
        SortRole,                             // the raw value the column sorts by
    };

    explicit AccountSearchModel(QObject *parent = nullptr);

    void setRows(const QList<AccountSearchRow> &rows);
    void clear();
    const AccountSearchRow &row(int index) const { return m_rows.at(index); }
    QString accountNumberAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const AccountSearchRow &row, int column) const;

    QList<AccountSearchRow> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kac::models
