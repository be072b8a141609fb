#include "models/properties/MeterReadingModel.h"

#include "models/AgentWords.h"
#include "models/DecodedValue.h"

#include <QDateTime>
#include <QLocale>

namespace kac::models {

namespace {

// "Interval · 30 min", "Accumulation": what kind of read a row is.
QString readTypeText(const MeterReading &r)
{
    if (r.type == MeterReading::Type::Accumulation)
        return MeterReadingModel::tr("Accumulation");
    const qint32 minutes = r.intervalSeconds / 60;
    if (minutes <= 0)
        return MeterReadingModel::tr("Interval");
    if (minutes == 1440)
        return MeterReadingModel::tr("Interval · 1 day");
    if (minutes % 1440 == 0)
        return MeterReadingModel::tr("Interval · %1 days").arg(minutes / 1440);
    return MeterReadingModel::tr("Interval · %1 min").arg(minutes);
}

} // namespace

MeterReadingModel::MeterReadingModel(MeterReading::Origin origin, QObject *parent)
    : PagedTableModel(parent)
    , m_origin(origin)
{}

MeterReadingModel::~MeterReadingModel() = default;

void MeterReadingModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_hasPreviousIndex = false;
    m_previousIndex = 0;
    m_unavailableCount = 0;
    endResetModel();
}

void MeterReadingModel::expectRows(int totalCount)
{
    if (totalCount > 0 && m_rows.capacity() < totalCount)
        m_rows.reserve(totalCount); // one allocation for the whole history
}

void MeterReadingModel::appendNodes(const QJsonArray &nodes)
{
    QVector<MeterReading> page;
    page.reserve(nodes.size());
    for (const QJsonValue &node : nodes) {
        MeterReading r = MeterReading::fromJson(node.toObject(), m_origin);
        if (r.readAtMs < 0)
            continue;
        if (r.unit.isEmpty())
            r.unit = m_unit;
        if (!r.unavailableReason.isEmpty()) {
            ++m_unavailableCount; // kept as a row, left out of the chart (hasConsumption false)
        } else if (r.type == MeterReading::Type::Accumulation &&
                   r.origin == MeterReading::Origin::Meter) {
            // Use since the last index the console could read: after an unavailable one that
            // spans both intervals, which is still the true use.
            r.hasConsumption = m_hasPreviousIndex;
            r.consumption = m_hasPreviousIndex ? r.value - m_previousIndex : 0;
            m_hasPreviousIndex = true;
            m_previousIndex = r.value;
        }
        page.append(r);
    }
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

int MeterReadingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeterReadingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeterReadingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeterReading &r = m_rows.at(index.row());
    const bool valueCell = index.column() == ValueColumn || index.column() == ConsumptionColumn;
    if (valueCell && !r.unavailableReason.isEmpty()) {
        if (role == Qt::DisplayRole)
            return unavailableText();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return r.unavailableReason; // the reason beside "Unavailable", as every pane does
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the whole text of a cell the column cuts short
        switch (index.column()) {
        case ReadAtColumn:
            // Market time (AEST, UTC+10), which is how NEM interval data is stamped.
            return QDateTime::fromMSecsSinceEpoch(r.readAtMs, Qt::OffsetFromUTC, 10 * 3600)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case ReadTypeColumn:
            return readTypeText(r);
        case ValueColumn:
            return QLocale().toString(r.value, 'f', 3);
        case ConsumptionColumn:
            return r.hasConsumption ? QLocale().toString(r.consumption, 'f', 3)
                                    : QStringLiteral("—");
        case UnitColumn:
            return r.unit;
        case QualityColumn:
            if (r.quarantined)
                return tr("Quarantined");
            if (r.origin == MeterReading::Origin::Estimate)
                return tr("Kraken estimate");
            return MeterReading::qualityText(r.qualityFlag);
        case SourceColumn:
            return AgentWords::enumText(r.source); // "SELF_READING_CREATE" -> agent words
        case RegistersColumn:
            return r.registers;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == ConsumptionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReadAtMsRole:
        return r.readAtMs;
    case ValueRole:
        return r.unavailableReason.isEmpty() ? QVariant(r.value) : QVariant();
    case ConsumptionRole:
        return r.hasConsumption ? QVariant(r.consumption) : QVariant();
    case QuarantinedRole:
        return r.quarantined;
    case EstimatedRole:
        return r.estimated;
    case OriginRole:
        return int(r.origin);
    case IdRole:
        return r.id;
    case ReadTypeRole:
        return int(r.type);
    case HasConsumptionRole:
        return r.hasConsumption;
    }
    return {};
}

QVariant MeterReadingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ReadAtColumn:
        return tr("Read at (AEST)");
    case ReadTypeColumn:
        return tr("Read type");
    case ValueColumn:
        return tr("Value");
    case ConsumptionColumn:
        return tr("Consumption");
    case UnitColumn:
        return tr("Unit");
    case QualityColumn:
        return tr("Quality");
    case SourceColumn:
        return tr("Source");
    case RegistersColumn:
        return tr("Registers");
    }
    return {};
}

} // namespace kac::models
