#pragma once

#include <QIdentityProxyModel>

namespace kac::ui {

// Colours quarantined and estimated readings in the table (the model stays free of QtGui).
class ReadingMarksProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace kac::ui
