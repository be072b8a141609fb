#include "models/properties/PropertyTreeModel.h"

#include <functional>

namespace kac::models {

PropertyTreeModel::PropertyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

PropertyTreeModel::~PropertyTreeModel() = default;

void PropertyTreeModel::setProperties(std::vector<std::unique_ptr<PropertyNode>> properties)
{
    beginResetModel();
    m_roots = std::move(properties);
    for (auto &root : m_roots)
        root->parent = nullptr;
    endResetModel();
}

void PropertyTreeModel::clear()
{
    setProperties({});
}

const PropertyNode *PropertyTreeModel::nodeAt(const QModelIndex &index)
{
    return index.isValid() ? static_cast<const PropertyNode *>(index.internalPointer()) : nullptr;
}

QList<PropertyTreeModel::MeterRef> PropertyTreeModel::meters() const
{
    QList<MeterRef> refs;
    std::function<void(const PropertyNode &, const QString &)> walk = [&](const PropertyNode &node,
                                                                          const QString &address) {
        if (node.kind == PropertyNode::Kind::Meter) {
            MeterRef ref{node.meterId,          node.meterSerial, node.fuel, node.marketIdentifier,
                         node.readingFrequency, address,          {},        {}};
            for (const auto &child : node.children) {
                if (child->kind == PropertyNode::Kind::Register && !child->flagged) {
                    ref.primaryRegisterId = child->id;
                    ref.primaryRegisterUnit = child->unit;
                    break;
                }
            }
            refs.append(ref);
        }
        for (const auto &child : node.children)
            walk(*child, address);
    };
    for (const auto &root : m_roots)
        walk(*root, root->title);
    return refs;
}

QModelIndex PropertyTreeModel::indexOfMeter(const QString &meterId) const
{
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            const PropertyNode *node = nodeAt(child);
            if (node->kind == PropertyNode::Kind::Meter && node->meterId == meterId)
                return child;
            const QModelIndex found = find(child);
            if (found.isValid())
                return found;
        }
        return QModelIndex();
    };
    return find(QModelIndex());
}

QModelIndex PropertyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_roots.size())
            return {};
        return createIndex(row, column, m_roots[size_t(row)].get());
    }
    const PropertyNode *p = nodeAt(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PropertyTreeModel::parent(const QModelIndex &child) const
{
    const PropertyNode *node = nodeAt(child);
    if (!node || !node->parent)
        return {};
    const PropertyNode *p = node->parent;
    int row = -1;
    if (!p->parent) {
        for (size_t i = 0; i < m_roots.size(); ++i) {
            if (m_roots[i].get() == p)
                row = int(i);
        }
    } else {
        row = p->row();
    }
    return row < 0 ? QModelIndex() : createIndex(row, 0, const_cast<PropertyNode *>(p));
}

int PropertyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    return int(nodeAt(parent)->children.size());
}

int PropertyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PropertyTreeModel::data(const QModelIndex &index, int role) const
{
    const PropertyNode *node = nodeAt(index);
    if (!node || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    // The reason beside an "Unavailable" date, as a tooltip and for a screen reader.
    if ((role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) &&
        index.column() == DetailColumn && !node->unavailableReason.isEmpty())
        return node->unavailableReason;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return node->title;
        case DetailColumn:
            return node->detail;
        case StatusColumn:
            return node->status;
        }
        return {};
    case Qt::AccessibleTextRole:
        return QStringList{node->title, node->detail, node->status}.join(QLatin1String(", "));
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case MarketIdentifierRole:
        return node->marketIdentifier;
    case FuelRole:
        return node->fuel;
    case MeterIdRole:
        return node->meterId;
    case MeterSerialRole:
        return node->meterSerial;
    case ReadingFrequencyRole:
        return node->readingFrequency;
    case AccountNumberRole:
        return node->accountNumber;
    case SensitiveLoadRole:
        return node->kind == PropertyNode::Kind::MeterPoint && node->flagged;
    }
    return {};
}

QVariant PropertyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Property / meter point");
    case DetailColumn:
        return tr("Details");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> PropertyTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "kid");
    names.insert(MarketIdentifierRole, "marketIdentifier");
    names.insert(FuelRole, "fuel");
    names.insert(MeterIdRole, "meterId");
    names.insert(MeterSerialRole, "meterSerial");
    names.insert(ReadingFrequencyRole, "readingFrequency");
    names.insert(AccountNumberRole, "accountNumber");
    names.insert(SensitiveLoadRole, "sensitiveLoad");
    return names;
}

} // namespace kac::models
