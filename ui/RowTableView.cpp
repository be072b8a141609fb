#include "ui/RowTableView.h"

#include <QHeaderView>

namespace kac::ui {

QModelIndex RowTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if ((action != MoveHome && action != MoveEnd) || !model())
        return QTableView::moveCursor(action, modifiers);
    const int rows = model()->rowCount(rootIndex());
    if (rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    // The column stays; with none yet, the leftmost one on screen.
    const int column = current.isValid()
                           ? current.column()
                           : horizontalHeader()->logicalIndex(horizontalHeader()->visualIndexAt(0));
    return model()->index(action == MoveHome ? 0 : rows - 1, std::max(column, 0), rootIndex());
}

} // namespace kac::ui
