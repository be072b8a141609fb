#pragma once

#include "models/PagedTableModel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kac::models {

// How one column of a record table reads and formats its value.
struct RecordColumn
{
    enum class Format
    {
        Text,
        Money,
        Date,
        DateTime,
        Boolean,
        TypeName,
        Enum,  // a Kraken enum value, in the agent's words (models/AgentWords)
        Email, // customer PII: masked like everywhere else (models/PiiText)
    };
    QString title;
    QString path; // dotted JSON path inside the record, e.g. "amount" or "amounts.gross"
    Format format = Format::Text;
    // Money only. Kraken gives a transaction's amount unsigned and says the direction by the
    // record's type: when the value at directionPath is one of debitValues the amount shows
    // as "-$12.30" (it takes from the balance), otherwise as "+$12.30".
    QString directionPath;
    QStringList debitValues;
};

// A read-only table of JSON records (transactions, bills, notes...), one row per record.
// Cells are formatted once when rows arrive, so data() is a lookup: 10,000+ rows scroll
// smoothly. Rows arrive in batches (one beginInsertRows per page). A connection's pages come
// from a PagedLoader, which answers the view's fetchMore() (see PagedTableModel).
class RecordTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        // What a column sorts by: cents for money (signed when the column has a direction),
        // the ISO text for dates, the raw value otherwise.
        SortRole = Qt::UserRole + 1,
    };

    explicit RecordTableModel(const QList<RecordColumn> &columns, QObject *parent = nullptr);

    void appendRecords(const QJsonArray &records);
    void appendNodes(const QJsonArray &nodes) override { appendRecords(nodes); }
    // A field set as label/value rows, one per field (a Fields-shaped section).
    void appendFields(const QJsonObject &object, const QList<RecordColumn> &fields);
    void clear() override;

    // A cell's text; a money or date value that cannot be trusted is unavailableText() with the
    // reason (shown as the cell's tooltip and accessible description), never $0.00 or a guess.
    struct Cell
    {
        QString text;
        QString unavailableReason; // empty when the value is shown
        QVariant sortKey;          // SortRole
    };
    static Cell formatCell(const QJsonValue &value, RecordColumn::Format format);
    static QString formatValue(const QJsonValue &value, RecordColumn::Format format)
    {
        return formatCell(value, format).text;
    }
    static QJsonValue valueAt(const QJsonObject &record, const QString &dottedPath);
    const QList<RecordColumn> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RecordColumn> m_columns;
    void appendRows(const QList<QList<Cell>> &rows);

    struct Row
    {
        QStringList cells;
        QVariantList sortKeys;
    };
    QList<Row> m_rows;
    QHash<QPair<int, int>, QString> m_unavailableReasons; // (row, column): few, so kept apart
};

} // namespace kac::models
