#include "ui/NavigationActions.h"

#include "ui/AccountTab.h"

#include <QAction>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>

namespace kac::ui {

namespace {
constexpr int kNumberedSections = 10; // Alt+1 … Alt+9, then Alt+0
} // namespace

NavigationActions::NavigationActions(QTabWidget *accountTabs, QMenu *go, QObject *parent)
    : QObject(parent)
    , m_tabs(accountTabs)
{
    QAction *next = go->addAction(tr("&Next account tab"));
    next->setObjectName(QStringLiteral("nextAccountTabAction"));
    // Window-wide, so it works even when a table or the section strip has focus.
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    connect(next, &QAction::triggered, this, [this] { cycleAccountTabs(1); });
    QAction *previous = go->addAction(tr("&Previous account tab"));
    previous->setObjectName(QStringLiteral("previousAccountTabAction"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
    connect(previous, &QAction::triggered, this, [this] { cycleAccountTabs(-1); });
    go->addSeparator();
    QAction *nextSection = go->addAction(tr("Next &section"));
    nextSection->setObjectName(QStringLiteral("nextSectionAction"));
    nextSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextSection, &QAction::triggered, this, [this] { stepSection(1); });
    QAction *previousSection = go->addAction(tr("Previous s&ection"));
    previousSection->setObjectName(QStringLiteral("previousSectionAction"));
    previousSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousSection, &QAction::triggered, this, [this] { stepSection(-1); });
    go->addSeparator();
    for (int i = 0; i < kNumberedSections; ++i) {
        QAction *section = go->addAction(tr("Section %1").arg(i + 1));
        section->setObjectName(QStringLiteral("sectionAction%1").arg(i + 1));
        section->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_0 + (i + 1) % 10)));
        connect(section, &QAction::triggered, this, [this, i] { showSection(i); });
        m_sectionActions << section;
    }
    connect(go, &QMenu::aboutToShow, this, &NavigationActions::refreshSectionTitles);
    connect(m_tabs, &QTabWidget::currentChanged, this, &NavigationActions::refreshSectionTitles);
}

void NavigationActions::cycleAccountTabs(int step)
{
    const int count = m_tabs->count();
    if (count < 2)
        return;
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void NavigationActions::stepSection(int step)
{
    QTabWidget *sections = currentSections();
    if (!sections || sections->count() == 0)
        return;
    const int count = sections->count();
    showSection((sections->currentIndex() + step + count) % count);
}

void NavigationActions::showSection(int index)
{
    QTabWidget *sections = currentSections();
    if (!sections || index >= sections->count())
        return;
    sections->setCurrentIndex(index);
    // The agent asked for this section: the keyboard goes with the eyes.
    sections->tabBar()->setFocus(Qt::ShortcutFocusReason);
}

QTabWidget *NavigationActions::currentSections() const
{
    auto *tab = qobject_cast<AccountTab *>(m_tabs->currentWidget());
    return tab ? tab->sections() : nullptr;
}

void NavigationActions::refreshSectionTitles()
{
    QTabWidget *sections = currentSections();
    for (int i = 0; i < m_sectionActions.size(); ++i) {
        const QString title = sections && i < sections->count() ? sections->tabText(i) : QString();
        QAction *action = m_sectionActions[i];
        action->setText(title.isEmpty() ? tr("Section %1").arg(i + 1)
                                        : tr("Section %1: %2").arg(i + 1).arg(title));
    }
}

} // namespace kac::ui
