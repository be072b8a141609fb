#include "ui/properties/ReadingMarksProxy.h"

#include "models/properties/MeterReadingModel.h"

#include <QBrush>
#include <QColor>

namespace kac::ui {

using models::MeterReadingModel;

QVariant ReadingMarksProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole) {
        if (index.data(MeterReadingModel::QuarantinedRole).toBool())
            return QBrush(QColor(0xff, 0xe0, 0xe0));
        if (index.data(MeterReadingModel::EstimatedRole).toBool())
            return QBrush(QColor(0xff, 0xf3, 0xd6));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == MeterReadingModel::QualityColumn) {
        if (index.data(MeterReadingModel::QuarantinedRole).toBool())
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (index.data(MeterReadingModel::EstimatedRole).toBool())
            return QBrush(QColor(0x8a, 0x4b, 0x00));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace kac::ui
