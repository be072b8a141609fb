#include "models/RecordTableModel.h"

#include "models/Money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <cstdlib>

namespace kac::models {

RecordTableModel::RecordTableModel(const QList<RecordColumn> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{}

QJsonValue RecordTableModel::valueAt(const QJsonObject &record, const QString &dottedPath)
{
    QJsonValue value = record;
    for (const QString &key : dottedPath.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(key);
    }
    return value;
}

QString RecordTableModel::formatValue(const QJsonValue &value, RecordColumn::Format format)
{
    if (value.isNull() || value.isUndefined())
        return {};
    static const QLocale australia(QLocale::English, QLocale::Australia);
    switch (format) {
    case RecordColumn::Format::Money:
        return formatCents(centsFromJson(value));
    case RecordColumn::Format::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? australia.toString(date, QStringLiteral("d MMM yyyy"))
                              : value.toString();
    }
    case RecordColumn::Format::DateTime: {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return time.isValid()
                   ? australia.toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))
                   : value.toString();
    }
    case RecordColumn::Format::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case RecordColumn::Format::TypeName:
    case RecordColumn::Format::Text:
        break;
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << item.toVariant().toString();
        return parts.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

namespace {

// A money column with a direction: the amount signed by the record's type.
qint64 signedCents(const QJsonObject &record, const RecordColumn &column)
{
    const qint64 cents = centsFromJson(RecordTableModel::valueAt(record, column.path));
    const QString direction =
        RecordTableModel::valueAt(record, column.directionPath).toVariant().toString();
    return column.debitValues.contains(direction) ? -std::abs(cents) : std::abs(cents);
}

} // namespace

void RecordTableModel::appendRecords(const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    QList<Row> batch;
    batch.reserve(records.size());
    for (const QJsonValue &record : records) {
        const QJsonObject object = record.toObject();
        Row row;
        row.cells.reserve(m_columns.size());
        row.sortKeys.reserve(m_columns.size());
        for (const RecordColumn &column : std::as_const(m_columns)) {
            const QJsonValue value = valueAt(object, column.path);
            const bool directed = column.format == RecordColumn::Format::Money &&
                                  !column.directionPath.isEmpty() && value.isDouble();
            if (directed) {
                const qint64 cents = signedCents(object, column);
                row.cells << (cents > 0 ? QStringLiteral("+") : QString()) + formatCents(cents);
                row.sortKeys << cents;
            } else {
                row.cells << formatValue(value, column.format);
                row.sortKeys << (column.format == RecordColumn::Format::Money && value.isDouble()
                                     ? QVariant(centsFromJson(value))
                                     : value.toVariant());
            }
        }
        batch << row;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_rows.append(batch);
    endInsertRows();
}

void RecordTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_moreAvailable = false;
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size() ||
        index.column() >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).cells.at(index.column());
    if (role == SortRole)
        return m_rows.at(index.row()).sortKeys.at(index.column());
    if (role == Qt::TextAlignmentRole &&
        m_columns.at(index.column()).format == RecordColumn::Format::Money)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return m_columns.at(section).title;
    // Money headers sit over their right-aligned amounts.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section >= 0 &&
        section < m_columns.size() && m_columns.at(section).format == RecordColumn::Format::Money)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_moreAvailable)
        return;
    // Asked once per page: the pager sets it again when the page arrives.
    m_moreAvailable = false;
    emit fetchMoreRequested();
}

} // namespace kac::models
