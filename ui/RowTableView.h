#pragma once

#include <QTableView>

namespace kac::ui {

// A table read row by row (whole rows selected). Home/End (with or without Ctrl) go to the
// first/last row and keep the column the agent is in: QTableView's End would also move to the
// last column and scroll the view sideways, pushing the first column (the date) out of sight.
class RowTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};

} // namespace kac::ui
