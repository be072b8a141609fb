#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTableWidget;

namespace kac::ui {

// Help ▸ Keyboard shortcuts: a table generated from the actions themselves (menu path, name,
// keys), so it can never drift from what the keys really do. Extra groups name actions that
// live outside the menus, e.g. the section strip's own keys.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    // Every menu action with a shortcut (submenus included), then the extra groups.
    static QList<Group> groupsFromMenus(const QMenuBar *menus);

    explicit KeyboardShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace kac::ui
