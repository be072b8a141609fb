#include "models/PagedTableModel.h"

namespace kac::models {

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable && !m_loading;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Asked once per page: the loader says again whether there is more when the page arrives.
    m_moreAvailable = false;
    emit fetchMoreRequested();
}

} // namespace kac::models
