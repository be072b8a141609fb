// Every pane heard through Qt's accessibility interface (what AT-SPI hands a screen reader):
// with the real sandbox data, every sub-tab of an account, every list's first row, every dock.
// Fails on a focusable control (or a button, grip or combo box) without a name, a label with text
// that neither its name nor its value carries (the header read "Balance" without the balance),
// a combo box named by its current value, or a tab's page without a name.
#include "ConsoleTour.h"
#include "support/SandboxFixture.h"
#include "ui/AccountTab.h"
#include "ui/ContactDetailsPane.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"
#include "ui/SearchPane.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>

using kac::test::ConsoleTour;

namespace {

QString plain(const QString &text)
{
    QString out = text;
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        out = doc.toPlainText();
    }
    out.remove(QLatin1Char('&')); // mnemonics
    return out.simplified();
}

bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Grip:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
        return true;
    default:
        return false;
    }
}

QString describe(QWidget *w)
{
    QStringList path;
    for (QObject *o = w; o; o = o->parent())
        path.prepend(QStringLiteral("%1(%2)").arg(QLatin1String(o->metaObject()->className()),
                                                  o->objectName()));
    return path.mid(qMax(0, int(path.size()) - 4)).join(QLatin1String(" > "));
}

// The problems a screen reader user would meet in the visible part of `root`.
QStringList problems(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface)
            continue;
        const QString name = iface->text(QAccessible::Name).simplified();
        const QString value = iface->text(QAccessible::Value).simplified();
        const bool focusable = w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
        // Qt names a tab bar by its current tab: an empty one (no account open) has none to say.
        if (auto *bar = qobject_cast<QTabBar *>(w); bar && bar->count() == 0)
            continue;
        if ((focusable || isInteractiveRole(iface->role())) && name.isEmpty())
            found << QStringLiteral("no name: %1").arg(describe(w));
        // A tab's page is what a screen reader enters first: unnamed, it hears "filler" (the
        // issue found one in section content).
        if (auto *tabs = qobject_cast<QTabWidget *>(w); tabs && tabs->currentWidget()) {
            QAccessibleInterface *page =
                QAccessible::queryAccessibleInterface(tabs->currentWidget());
            if (page && page->text(QAccessible::Name).simplified().isEmpty())
                found << QStringLiteral("unnamed page \"%1\": %2")
                             .arg(tabs->tabText(tabs->currentIndex()),
                                  describe(tabs->currentWidget()));
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!combo->currentText().isEmpty() && name == combo->currentText().simplified())
                found
                    << QStringLiteral("combo named by its value \"%1\": %2").arg(name, describe(w));
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = plain(label->text());
            if (!text.isEmpty() && !plain(name).contains(text) && !plain(value).contains(text))
                found << QStringLiteral("label \"%1\" heard as \"%2\": %3")
                             .arg(text.left(60), name.left(60), describe(w));
        }
    }
    return found;
}

// Developer words an agent should never read: a Kraken enum constant ("ON_SUPPLY",
// "DIRECT_DEBIT"), a GraphQL field or operation name in camel case ("accountsSearch",
// "estimateMeterReadings"), a dotted field path ("accounts.phoneNumber"); a unit such as "kWh" is
// not one.
QString developerWords(const QString &text)
{
    static const QRegularExpression words(QStringLiteral(
        "\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]{2,}[A-Z][A-Za-z]*\\b|\\b[a-z]+\\.[a-z]+[A-Z]\\w*\\b"));
    const QRegularExpressionMatch match = words.match(text);
    return match.hasMatch() ? match.captured(0) : QString();
}

// What only Kraken support should read: a Kraken error code ("KT-CT-1113") or a GraphQL field
// path ("account.notes", "accountsSearch.phoneNumber"). Checked where no email or web address can
// show (a dotted path and a domain look alike).
QString supportWords(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("\\bKT-[A-Z]{2}-\\d+\\b|\\b[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)+\\b"));
    const QRegularExpressionMatch match = words.match(text);
    return match.hasMatch() ? match.captured(0) : developerWords(text);
}

// Ampersands as the agent sees them. Where Qt reads mnemonics (buttons, tabs, group boxes, menus,
// labels with a buddy) a lone "&" before a space or at the end vanishes ("Solar & metering" reads
// "Solar  metering"): "&&" was meant. Where it does not (a label without a buddy, a tooltip, a
// window title) "&" before a letter shows as typed ("&File:", "By &id:"): a mnemonic was meant
// (a buddy missing), and "&&" shows doubled: one "&" was meant.
QString mnemonicAmpersand(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" reads "&"
            continue;
        }
        if (i + 1 == text.size() || text.at(i + 1).isSpace())
            return QStringLiteral("a lone \"&\" vanishes in \"%1\"").arg(text);
    }
    return {};
}

QString literalAmpersand(const QString &shown)
{
    const QString text = Qt::mightBeRichText(shown) ? [&shown] {
        QTextDocument doc;
        doc.setHtml(shown);
        return doc.toPlainText();
    }()
                                                    : shown;
    static const QRegularExpression meant(QStringLiteral("&(&|[\\p{L}\\p{N}])"));
    const QRegularExpressionMatch match = meant.match(text);
    if (!match.hasMatch())
        return {};
    return match.captured(1) == QLatin1String("&")
               ? QStringLiteral("\"&&\" shows doubled in \"%1\"").arg(text)
               : QStringLiteral("a literal \"&\" (a mnemonic meant) in \"%1\"").arg(text);
}

QStringList ampersandProblems(QWidget *top)
{
    QStringList found;
    const auto note = [&found](const QString &problem, const QString &who) {
        if (!problem.isEmpty())
            found << problem + QStringLiteral(": ") + who;
    };
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        note(literalAmpersand(w->toolTip()), describe(w));
        if (w->isWindow())
            note(literalAmpersand(w->windowTitle()), describe(w));
        if (auto *label = qobject_cast<QLabel *>(w)) {
            note(label->buddy() ? mnemonicAmpersand(label->text())
                                : literalAmpersand(label->text()),
                 describe(w));
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(mnemonicAmpersand(button->text()), describe(w));
        if (auto *group = qobject_cast<QGroupBox *>(w))
            note(mnemonicAmpersand(group->title()), describe(w));
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            note(literalAmpersand(edit->placeholderText()), describe(w));
        if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                note(mnemonicAmpersand(bar->tabText(i)), describe(w));
                note(literalAmpersand(bar->tabToolTip(i)), describe(w));
            }
        }
    }
    // Menus (the menu bar's, shown or not) read mnemonics in every action's text.
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            note(mnemonicAmpersand(action->text()), QStringLiteral("menu ") + action->text());
            if (action->menu())
                walk(action->menu()->actions());
        }
    };
    for (auto *bar : top->findChildren<QMenuBar *>())
        walk(bar->actions());
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    ConsoleTour m_tour;
    QStringList m_problems;

    void check(const QString &where)
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            QStringList found = problems(top);
            QList<QWidget *> widgets = top->findChildren<QWidget *>();
            widgets.prepend(top);
            for (QWidget *w : std::as_const(widgets)) {
                if (!w->isVisible())
                    continue;
                for (const QString &text : ConsoleTour::texts(w, 100)) {
                    const QString word = developerWords(text);
                    if (!word.isEmpty())
                        found << QStringLiteral("developer words \"%1\" in \"%2\": %3")
                                     .arg(word, text.left(80), describe(w));
                }
            }
            for (const QString &problem : std::as_const(found)) {
                const QString line = where + QStringLiteral(": ") + problem;
                if (!m_problems.contains(line))
                    m_problems << line;
            }
        }
    }

    void report()
    {
        const QStringList found = m_problems;
        m_problems.clear();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        // Faults allowed: partialNoticeHasNoCodeOrFieldPath has Kraken refuse a field.
        QVERIFY2(m_tour.start({QStringLiteral("--allow-faults")}),
                 qPrintable(m_tour.sandbox.failure()));
    }

    void searchPaneIsNamed()
    {
        m_tour.window->searchPane()->searchField()->setText(QStringLiteral("2204"));
        ConsoleTour::settle();
        QTest::qWait(600); // the debounce, then the results
        ConsoleTour::settle();
        check(QStringLiteral("search"));
        report();
    }

    // The header speaks its values ("Balance: $487.12 owing"), each section, sub-tab and list.
    void everyAccountPaneIsNamed()
    {
        for (const QString &number : {QStringLiteral("A-2B7E41C9"), QStringLiteral("A-8E4B92D1")}) {
            kac::ui::AccountTab *tab = m_tour.open(number);
            QVERIFY(tab);
            ConsoleTour::tourTabs(tab->sections(), number,
                                  [this](const QString &where) { check(where); });
        }
        report();
    }

    // The reveal toggle's name says what it does now: "Hide Mobile" while the mobile shows.
    void revealToggleNameFollowsItsState()
    {
        kac::ui::AccountTab *tab = m_tour.open(QStringLiteral("A-2B7E41C9"));
        tab->sections()->setCurrentIndex(0);
        auto *reveal = tab->findChild<QAbstractButton *>(QStringLiteral("contact0_mobile_reveal"));
        QVERIFY(reveal);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(reveal);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Reveal Mobile"));
        reveal->click();
        QCOMPARE(reveal->text(), QStringLiteral("Hide"));
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Hide Mobile"));
        auto *mobile = tab->findChild<QLabel *>(QStringLiteral("contact0_mobile"));
        QAccessibleInterface *label = QAccessible::queryAccessibleInterface(mobile);
        QVERIFY2(label->text(QAccessible::Name).contains(QLatin1String("0491 570 156")),
                 qPrintable(label->text(QAccessible::Name)));
        reveal->click();
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Reveal Mobile"));
    }

    void everyDockIsNamed()
    {
        m_tour.tourDocks([this](const QString &where) { check(where); });
        report();
    }

    // No pane, dock or menu shows "&File:" (a mnemonic meant, no buddy), a doubled "&&", or
    // loses a lone "&" to a mnemonic ("Solar & metering" in a tab).
    void noLiteralOrLostAmpersands()
    {
        const auto checkAmpersands = [this](const QString &where) {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (!top->isVisible())
                    continue;
                for (const QString &problem : ampersandProblems(top)) {
                    const QString line = where + QStringLiteral(": ") + problem;
                    if (!m_problems.contains(line))
                        m_problems << line;
                }
            }
        };
        checkAmpersands(QStringLiteral("search"));
        kac::ui::AccountTab *tab = m_tour.open(QStringLiteral("A-5C19D3E8")); // a business
        QVERIFY(tab);
        ConsoleTour::tourTabs(tab->sections(), QStringLiteral("A-5C19D3E8"), checkAmpersands);
        m_tour.tourDocks(checkAmpersands);
        report();
    }

    // A partial answer (KT-CT-1113, a field switched off for the team) in a real pane: the
    // notice, its tooltip, its description and its button speak plain words; the code and the
    // field path (pane->noticeDetails(), for support) are nowhere an agent or a screen reader
    // can read them. The issue saw "KT-CT-1113, account.notes" there.
    void partialNoticeHasNoCodeOrFieldPath()
    {
        QVERIFY2(m_tour.sandbox.setFault(QStringLiteral("disabled-field;op=AccountNotes")),
                 qPrintable(m_tour.sandbox.failure()));
        const auto clearFault = qScopeGuard([this] { m_tour.sandbox.setFault({}); });
        kac::ui::AccountTab *tab = m_tour.open(QStringLiteral("A-7D20A6F3")); // not toured yet
        QVERIFY(tab);
        QTabWidget *sections = tab->sections();
        int notes = -1;
        for (int i = 0; i < sections->count(); ++i) {
            if (sections->tabText(i) == QLatin1String("Notes"))
                notes = i;
        }
        QVERIFY(notes >= 0);
        sections->setCurrentIndex(notes);
        kac::ui::PaneStateWidget *pane = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (auto *p : sections->widget(notes)->findChildren<kac::ui::PaneStateWidget *>())
                    if (p->isVisible() && p->hasNotice())
                        pane = p;
                return pane != nullptr;
            },
            15000));
        ConsoleTour::settle();
        // What support gets: the code and the path Kraken refused.
        const QString details = pane->noticeDetails();
        QVERIFY2(details.startsWith(QLatin1String("KT-CT-1113, account.")), qPrintable(details));
        const QString path = details.section(QStringLiteral(", "), 1);
        auto *notice = pane->findChild<QWidget *>(QStringLiteral("partialNotice"));
        QVERIFY(notice && notice->isVisible());
        QList<QWidget *> widgets = notice->findChildren<QWidget *>();
        widgets.prepend(notice);
        QStringList found;
        int texts = 0;
        for (QWidget *w : std::as_const(widgets)) {
            for (const QString &text : ConsoleTour::texts(w)) {
                if (text.isEmpty())
                    continue;
                ++texts;
                const QString word = text.contains(path) ? path : supportWords(text);
                if (!word.isEmpty())
                    found << QStringLiteral("\"%1\" in \"%2\": %3").arg(word, text, describe(w));
            }
        }
        QVERIFY2(texts >= 3, qPrintable(QString::number(texts))); // the text, tooltip, button
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(pane->noticeText().contains(QLatin1String("could not be loaded")),
                 qPrintable(pane->noticeText()));
    }

    // The parts the issue found unnamed, by name: the search clear button, the splitter handle.
    void clearButtonAndSplitterHandlesAreNamed()
    {
        QLineEdit *field = m_tour.window->searchPane()->searchField();
        field->setText(QStringLiteral("x"));
        const auto buttons = field->findChildren<QAbstractButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QAbstractButton *button : buttons)
            QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name),
                     QStringLiteral("Clear search"));
        auto *splitter = qobject_cast<QSplitter *>(m_tour.window->centralWidget());
        QVERIFY(splitter);
        QVERIFY(!QAccessible::queryAccessibleInterface(splitter->handle(1))
                     ->text(QAccessible::Name)
                     .isEmpty());
        field->clear();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
