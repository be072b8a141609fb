#pragma once

#include "models/PagedTableModel.h"
#include "models/campaigns/CampaignItem.h"

#include <QList>
#include <QMap>

namespace kac::models {

// A campaign's items, page by page: account, phone, status, call window and the item's
// metadata. Keeps a running count of statuses over the rows loaded so far (for the chart).
class CampaignItemModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Account,
        Phone,
        Status,
        CallWindow,
        Details,
        ColumnCount
    };
    enum Role
    {
        AccountNumberRole = Qt::UserRole + 1,
        ItemIdRole
    };

    using PagedTableModel::PagedTableModel;

    void appendNodes(const QJsonArray &nodes) override;
    void clear() override;

    const CampaignItem &itemAt(int row) const { return m_items.at(row); }
    QString accountNumberAt(int row) const;
    // Phone numbers are masked until the agent reveals them (design: PII masked by default).
    void setPhonesRevealed(bool revealed);
    bool phonesRevealed() const { return m_phonesRevealed; }

    // Agent-facing status label ("Complete", "Unassigned") -> rows loaded with it. Kraken
    // keeps no outcome on an item, so the summary is of where the items are.
    const QMap<QString, int> &outcomeCounts() const { return m_outcomeCounts; }
    int pendingCount() const { return m_pending; }
    static QString outcomeLabel(const CampaignItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void outcomesChanged();

private:
    QList<CampaignItem> m_items;
    QMap<QString, int> m_outcomeCounts;
    int m_pending = 0;
    bool m_phonesRevealed = false;
};

} // namespace kac::models
