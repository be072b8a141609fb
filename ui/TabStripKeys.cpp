#include "ui/TabStripKeys.h"

#include <QAction>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace kac::ui {

QList<QAction *> addTabStripKeys(QTabWidget *tabs)
{
    QTabBar *strip = tabs->tabBar();
    const auto stripAction = [tabs, strip](const QString &text, const QString &name,
                                           const QKeySequence &key, auto indexOf) {
        auto *action = new QAction(text, strip);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(action, &QAction::triggered, tabs,
                         [tabs, indexOf] { tabs->setCurrentIndex(indexOf(tabs->count())); });
        strip->addAction(action);
        return action;
    };
    QList<QAction *> actions{
        stripAction(QObject::tr("First section"), QStringLiteral("firstTabAction"),
                    QKeySequence(Qt::Key_Home), [](int) { return 0; }),
        stripAction(QObject::tr("Last section"), QStringLiteral("lastTabAction"),
                    QKeySequence(Qt::Key_End), [](int count) { return count - 1; }),
    };
    for (QToolButton *arrow : strip->findChildren<QToolButton *>())
        arrow->setFocusPolicy(Qt::NoFocus);
    return actions;
}

} // namespace kac::ui
