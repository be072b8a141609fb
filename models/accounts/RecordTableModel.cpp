#include "models/accounts/RecordTableModel.h"

#include "models/AgentWords.h"
#include "models/DisplayTime.h"
#include "models/JsonValues.h"
#include "models/Money.h"
#include "models/PiiText.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <cstdlib>
#include <functional>

namespace kac::models {

RecordTableModel::RecordTableModel(const QList<RecordColumn> &columns, QObject *parent)
    : PagedTableModel(parent)
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

namespace {

template <typename T>
RecordTableModel::Cell cellOf(const Decoded<T> &value,
                              const std::function<QString(const T &)> &format)
{
    if (!value.isAvailable())
        return {unavailableText(), value.reason()};
    return {format(value.value()), {}};
}

} // namespace

RecordTableModel::Cell RecordTableModel::formatCell(const QJsonValue &value,
                                                    RecordColumn::Format format)
{
    // An absent optional field (a bill with no due date) is an empty cell, not a fault.
    if (value.isNull() || value.isUndefined())
        return {};
    switch (format) {
    case RecordColumn::Format::Money: {
        const Decoded<qint64> cents = decodeCents(value);
        Cell cell = cellOf<qint64>(cents, [](const qint64 &amount) { return formatCents(amount); });
        if (cents.isAvailable())
            cell.sortKey = cents.value(); // decoded once, for the text and the sort
        return cell;
    }
    case RecordColumn::Format::Date:
        return cellOf<QDate>(decodeDate(value),
                             [](const QDate &date) { return DisplayTime::date(date); });
    case RecordColumn::Format::DateTime:
        return cellOf<QDateTime>(decodeDateTime(value),
                                 [](const QDateTime &time) { return DisplayTime::dateTime(time); });
    case RecordColumn::Format::Enum:
        return {AgentWords::enumText(value.toString()), {}};
    case RecordColumn::Format::Email:
        return {maskEmail(value.toString()), {}};
    case RecordColumn::Format::Boolean:
        return {value.toBool() ? tr("Yes") : tr("No"), {}};
    case RecordColumn::Format::TypeName:
    case RecordColumn::Format::Text:
        break;
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << item.toVariant().toString();
        return {parts.join(QStringLiteral(", ")), {}};
    }
    return {value.toVariant().toString(), {}};
}

namespace {

// A money column with a direction: the amount signed by the record's type.
RecordTableModel::Cell directedMoneyCell(const QJsonObject &record, const RecordColumn &column)
{
    const QJsonValue value = RecordTableModel::valueAt(record, column.path);
    if (value.isNull() || value.isUndefined())
        return {};
    const Decoded<qint64> cents = decodeCents(value);
    if (!cents.isAvailable())
        return {unavailableText(), cents.reason(), {}};
    const QString direction =
        RecordTableModel::valueAt(record, column.directionPath).toVariant().toString();
    const qint64 amount =
        column.debitValues.contains(direction) ? -std::abs(cents.value()) : std::abs(cents.value());
    return {(amount > 0 ? QStringLiteral("+") : QString()) + formatCents(amount), {}, amount};
}

RecordTableModel::Cell recordCell(const QJsonObject &record, const RecordColumn &column)
{
    if (column.format == RecordColumn::Format::Money && !column.directionPath.isEmpty())
        return directedMoneyCell(record, column);
    const QJsonValue value = RecordTableModel::valueAt(record, column.path);
    RecordTableModel::Cell cell = RecordTableModel::formatCell(value, column.format);
    if (!cell.sortKey.isValid())
        cell.sortKey = value.toVariant();
    return cell;
}

} // namespace

void RecordTableModel::appendRecords(const QJsonArray &records)
{
    QList<QList<Cell>> rows;
    rows.reserve(records.size());
    for (const QJsonValue &record : records) {
        const QJsonObject object = record.toObject();
        QList<Cell> cells;
        cells.reserve(m_columns.size());
        for (const RecordColumn &column : std::as_const(m_columns))
            cells << recordCell(object, column);
        rows << cells;
    }
    appendRows(rows);
}

void RecordTableModel::appendFields(const QJsonObject &object, const QList<RecordColumn> &fields)
{
    QList<QList<Cell>> rows;
    rows.reserve(fields.size());
    for (const RecordColumn &field : fields)
        rows << QList<Cell>{{field.title, {}},
                            formatCell(valueAt(object, field.path), field.format)};
    appendRows(rows);
}

void RecordTableModel::appendRows(const QList<QList<Cell>> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const QList<Cell> &cells : rows) {
        Row row;
        row.cells.reserve(m_columns.size());
        row.sortKeys.reserve(m_columns.size());
        for (int column = 0; column < m_columns.size(); ++column) {
            const Cell cell = column < cells.size() ? cells.at(column) : Cell{};
            row.cells << cell.text;
            row.sortKeys << cell.sortKey;
            if (!cell.unavailableReason.isEmpty())
                m_unavailableReasons.insert({int(m_rows.size()), column}, cell.unavailableReason);
        }
        m_rows << row;
    }
    endInsertRows();
}

void RecordTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_unavailableReasons.clear();
    setMoreAvailable(false);
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
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return row.cells.at(index.column());
    if (role == SortRole)
        return row.sortKeys.at(index.column());
    const QString reason = m_unavailableReasons.value({index.row(), index.column()});
    if (role == Qt::ToolTipRole)
        return reason.isEmpty() ? row.cells.at(index.column()) : reason;
    if (role == Qt::AccessibleDescriptionRole && !reason.isEmpty())
        return reason;
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

} // namespace kac::models
