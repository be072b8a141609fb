#pragma once

#include "models/PagedTableModel.h"

#include <QList>
#include <QString>

namespace kac::models {

// Call tags with their active state (inactive tags can no longer be put on a call).
class CallTagModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Active,
        Id,
        ColumnCount
    };
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        IsActiveRole
    };

    struct Row
    {
        QString id;
        QString name;
        bool isActive = false;
    };

    using PagedTableModel::PagedTableModel;

    static Row fromNode(const QJsonObject &node);
    void appendNodes(const QJsonArray &nodes) override;
    void clear() override;
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace kac::models
