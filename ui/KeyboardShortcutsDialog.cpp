#include "ui/KeyboardShortcutsDialog.h"

#include "ui/AccessibleNames.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kac::ui {

namespace {

QString plainText(const QAction *action)
{
    // "&Close account tab" → "Close account tab"; "Properties && meters" → "Properties & meters".
    QString text = AccessibleNames::withoutMnemonic(action->text());
    text.remove(QStringLiteral("…"));
    return text;
}

void collect(const QMenu *menu, QList<QAction *> &into)
{
    for (QAction *action : menu->actions()) {
        if (QMenu *sub = action->menu())
            collect(sub, into);
        else if (!action->shortcuts().isEmpty())
            into << action;
    }
}

} // namespace

QList<KeyboardShortcutsDialog::Group>
KeyboardShortcutsDialog::groupsFromMenus(const QMenuBar *menus)
{
    QList<Group> groups;
    for (QAction *top : menus->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        Group group{plainText(top), {}};
        collect(menu, group.actions);
        if (!group.actions.isEmpty())
            groups << group;
    }
    return groups;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab moves on to Close
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const Group &group : groups) {
        for (const QAction *action : group.actions) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(group.title));
            m_table->setItem(row, 1, new QTableWidgetItem(plainText(action)));
            m_table->setItem(row, 2, new QTableWidgetItem(keys.join(tr(" or "))));
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace kac::ui
