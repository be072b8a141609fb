#pragma once

#include <QAbstractTableModel>
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
};

// A read-only table of JSON records (transactions, bills, notes...), one row per record.
// Cells are formatted once when rows arrive, so data() is a lookup: 10,000+ rows scroll
// smoothly. Rows arrive in batches (one beginInsertRows per page). canFetchMore()/fetchMore()
// let a view ask for the next page; whoever pages (SectionLoader) answers fetchMoreRequested().
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RecordTableModel(const QList<RecordColumn> &columns, QObject *parent = nullptr);

    void appendRecords(const QJsonArray &records);
    void clear();
    // Whether the view may ask for more (set by the pager after each page).
    void setMoreAvailable(bool more) { m_moreAvailable = more; }

    static QString formatValue(const QJsonValue &value, RecordColumn::Format format);
    static QJsonValue valueAt(const QJsonObject &record, const QString &dottedPath);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void fetchMoreRequested();

private:
    QList<RecordColumn> m_columns;
    QList<QStringList> m_rows;
    bool m_moreAvailable = false;
};

} // namespace kac::models
