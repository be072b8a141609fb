#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QTabWidget;

namespace kac::ui {

// The Go menu: moving between the open account tabs and the sections of the current account
// from anywhere in the window, so no section is more than one key press away (the section
// strip alone took 13 arrow presses to reach Conversations).
//   Ctrl+Tab / Ctrl+Shift+Tab    next / previous account tab
//   Alt+1 … Alt+9, Alt+0         the current account's first ten sections
//   Ctrl+PgDown / Ctrl+PgUp      next / previous section
class NavigationActions : public QObject
{
    Q_OBJECT
public:
    NavigationActions(QTabWidget *accountTabs, QMenu *go, QObject *parent);

    void cycleAccountTabs(int step);
    void stepSection(int step);
    void showSection(int index);

private:
    QTabWidget *currentSections() const;
    // Names each section action after the current account's section (e.g. "Conversations").
    void refreshSectionTitles();

    QTabWidget *m_tabs;
    QList<QAction *> m_sectionActions;
};

} // namespace kac::ui
