#pragma once

#include <QWidget>

namespace kac::models {
class ActivityLog;
}

namespace kac::ui {

class RowTableView;

// An account tab's "Activity" section: what the agent did in it this session, newest last, with
// each result as it stands now.
class ActivityPane : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPane(models::ActivityLog *log, QWidget *parent = nullptr);

    RowTableView *view() const { return m_view; }

private:
    RowTableView *m_view;
};

} // namespace kac::ui
