#pragma once

#include "models/DecodedValue.h"
#include "models/PagedTableModel.h"

#include <QList>
#include <QString>

namespace kac::models {

// One row per voice campaign: name, type, status, item count and progress.
// Kraken has no progress field: progress (share of items no longer pending) is known only once
// every item of the campaign has been seen (the campaign view's "all loaded" or an export), and
// the service reports it with setProgress(); until then the column shows a dash.
class CampaignListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Status,
        ItemCount,
        Progress,
        ColumnCount
    };
    enum Role
    {
        CampaignIdRole = Qt::UserRole + 1,
        ProgressRole /* double 0..1, or -1 */
    };

    struct Row
    {
        QString id;
        QString name;
        QString campaignType;      // PREVIEW ...
        QString status;            // ACTIVE ...
        Decoded<qint64> itemCount; // campaignItems.totalCount
        double progress = -1;
    };

    using PagedTableModel::PagedTableModel;

    void appendNodes(const QJsonArray &nodes) override;
    void clear() override;
    void setProgress(const QString &campaignId, double progress);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    QString campaignIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace kac::models
