#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace kac::models {

// Base of every read-only table that fills page by page (account sections, meter readings,
// campaigns, conversations). The model only holds rows: the PagedLoader appends nodes, says
// whether more exist and whether a page is loading, and answers fetchMoreRequested(). A view's
// fetchMore() therefore never sends a request itself and never asks twice while a page is on
// its way.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Appends one page of connection nodes in a single beginInsertRows/endInsertRows.
    virtual void appendNodes(const QJsonArray &nodes) = 0;
    virtual void clear() = 0;
    // Before a page: how many rows the connection holds in all (-1 unknown), so a model that
    // keeps a long history can allocate once.
    virtual void expectRows(int totalCount) { Q_UNUSED(totalCount) }

    void setMoreAvailable(bool more) { m_moreAvailable = more; }
    bool moreAvailable() const { return m_moreAvailable; }
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void fetchMoreRequested();
    void loadingChanged(bool loading);

private:
    bool m_moreAvailable = false;
    bool m_loading = false;
};

} // namespace kac::models
