#pragma once

// The whole console against the real sandbox, toured pane by pane: every sub-tab of an open
// account (and the sub-tabs inside those), the first row of every list selected (a message
// read, a campaign opened), and every dock shown. The accessibility and privacy tests check
// the window at each stop. Header-only: shared by tests/ui/tst_accessibility and tst_privacy.

#include "models/accounts/AccountService.h"
#include "support/ConsoleFixture.h"
#include "support/SandboxFixture.h"
#include "ui/AccountTab.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <functional>

namespace kac::test {

class ConsoleTour
{
public:
    using Visit = std::function<void(const QString &where)>;

    SandboxFixture sandbox;
    ConsoleFixture console;
    ui::MainWindow *window = console.window();

    // Starts the sandbox (with `sandboxArguments`, e.g. --allow-faults), shows the window at
    // the most common agent screen size, signs in.
    bool start(const QStringList &sandboxArguments = {})
    {
        return sandbox.start(sandboxArguments) && console.show() && signIn();
    }

    bool signIn() { return console.signIn(sandbox.url()); }

    ui::AccountTab *open(const QString &number)
    {
        ui::AccountTab *tab = window->openAccount(number);
        // Best effort: the tour checks the tab in whatever state it reached (a tab still
        // loading after 15 s is checked too), so running out of time is no failure here.
        (void)QTest::qWaitFor(
            [&] { return tab->service()->state() != models::AccountService::State::Loading; },
            15000);
        settle();
        return tab;
    }

    // Until no visible pane is busy (at most 15 s: a pane still loading is also checked).
    static void settle()
    {
        // Best effort, as above: a pane still loading at the limit is checked as it is.
        (void)QTest::qWaitFor(
            [] {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (!top->isVisible())
                        continue;
                    for (auto *pane : top->findChildren<ui::PaneStateWidget *>()) {
                        if (pane->isVisible() &&
                            pane->state() == ui::PaneStateWidget::State::Loading)
                            return false;
                    }
                }
                return true;
            },
            15000);
        QTest::qWait(50); // queued repaints and label updates
    }

    // Every sub-tab of `tabs` (depth first), the first row of each list on it selected.
    static void tourTabs(QTabWidget *tabs, const QString &where, const Visit &visit)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            QWidget *page = tabs->widget(i);
            const QString here = where + QLatin1Char('/') + tabs->tabText(i);
            selectFirstRows(page);
            visit(here);
            for (QTabWidget *inner : page->findChildren<QTabWidget *>()) {
                if (nearestTabWidget(inner) == tabs && inner->isVisible())
                    tourTabs(inner, here, visit);
            }
        }
    }

    // Every dock shown in turn (and its sub-tabs toured), then hidden again.
    void tourDocks(const Visit &visit)
    {
        for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
            dock->toggleViewAction()->trigger();
            settle();
            selectFirstRows(dock);
            visit(dock->windowTitle());
            for (QTabWidget *tabs : dock->findChildren<QTabWidget *>()) {
                if (!nearestTabWidget(tabs) && tabs->isVisible())
                    tourTabs(tabs, dock->windowTitle(), visit);
            }
            dock->toggleViewAction()->trigger();
        }
    }

    // Everything a visible widget shows or tells an assistive technology.
    static QStringList texts(QWidget *w, int maxRows = 300)
    {
        QStringList out{w->toolTip(), w->accessibleName(), w->accessibleDescription()};
        if (w->isWindow())
            out << w->windowTitle();
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
            out << iface->text(QAccessible::Name) << iface->text(QAccessible::Value)
                << iface->text(QAccessible::Description);
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            out << edit->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        if (auto *text = qobject_cast<QTextEdit *>(w))
            out << text->toPlainText();
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        }
        if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                out << bar->tabText(i) << bar->tabToolTip(i);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            const auto *table = qobject_cast<QTableView *>(view);
            const auto *tree = qobject_cast<QTreeView *>(view);
            const int rows = qMin(model->rowCount(view->rootIndex()), maxRows);
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                if ((table && table->isColumnHidden(column)) ||
                    (tree && tree->isColumnHidden(column)))
                    continue;
                out << model->headerData(column, Qt::Horizontal).toString();
                for (int row = 0; row < rows; ++row) {
                    const QModelIndex index = model->index(row, column, view->rootIndex());
                    for (int role :
                         {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        out << index.data(role).toString();
                }
            }
        }
        return out;
    }

private:
    static QTabWidget *nearestTabWidget(QWidget *widget)
    {
        for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (auto *tabs = qobject_cast<QTabWidget *>(w))
                return tabs;
        }
        return nullptr;
    }

    static void selectFirstRows(QWidget *page)
    {
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0 ||
                view->currentIndex().isValid())
                continue;
            view->setCurrentIndex(view->model()->index(0, 0));
            settle();
        }
    }
};

} // namespace kac::test
