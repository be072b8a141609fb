#include "models/RecordTableModel.h"

#include "models/AgentWords.h"
#include "models/DisplayTime.h"
#include "models/Money.h"
#include "models/PiiText.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

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
    switch (format) {
    case RecordColumn::Format::Money:
        return formatCents(centsFromJson(value));
    case RecordColumn::Format::Date:
        return DisplayTime::isoDate(value.toString());
    case RecordColumn::Format::DateTime:
        return DisplayTime::isoDateTime(value.toString());
    case RecordColumn::Format::Enum:
        return AgentWords::enumText(value.toString());
    case RecordColumn::Format::Email:
        return maskEmail(value.toString());
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

void RecordTableModel::appendRecords(const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    QList<QStringList> batch;
    batch.reserve(records.size());
    for (const QJsonValue &record : records) {
        const QJsonObject object = record.toObject();
        QStringList cells;
        cells.reserve(m_columns.size());
        for (const RecordColumn &column : std::as_const(m_columns))
            cells << formatValue(valueAt(object, column.path), column.format);
        batch << cells;
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
        return m_rows.at(index.row()).at(index.column());
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
