// No unmasked customer PII on screen: on every pane of the console (the real sandbox data),
// after the agent signs out (the sign-in dialog in front), and after the idle lock. The known
// values are the sandbox's own fixed customers (sandbox/data/fixtures.js): their emails,
// mobiles, landlines and dates of birth, in every form the console could write them. Every
// visible widget's text is read: labels, fields, buttons, text views, combo items, tab texts,
// tooltips, window titles, accessible names and values, and the visible cells of item views.
#include "ConsoleTour.h"
#include "models/PiiText.h"
#include "ui/IdleLock.h"
#include "ui/SearchPane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QTreeView>

using kac::test::ConsoleTour;

namespace {

struct Pii
{
    QStringList emails;    // lower case
    QStringList numbers;   // national significant numbers: "491570156"
    QStringList birthDays; // every written form of each date of birth
};

Pii sandboxPii()
{
    Pii pii;
    QFile file(qEnvironmentVariable("KAC_SANDBOX_DIR") + QStringLiteral("/data/fixtures.js"));
    if (!file.open(QIODevice::ReadOnly))
        return pii;
    const QString text = QString::fromUtf8(file.readAll());
    // The fixed customers' `user: { ... }` records (not the agents).
    static const QRegularExpression user(QStringLiteral("user: \\{([^}]*)\\}"));
    for (auto m = user.globalMatch(text); m.hasNext();) {
        const QString record = m.next().captured(1);
        const auto field = [&](const char *name) {
            const QRegularExpression re(QStringLiteral("%1: '([^']+)'").arg(QLatin1String(name)));
            return re.match(record).captured(1);
        };
        if (!field("email").isEmpty())
            pii.emails << field("email").toLower();
        for (const char *phone : {"mobile", "landline"}) {
            if (field(phone).startsWith(QLatin1String("+61")))
                pii.numbers << field(phone).mid(3);
        }
        const QDate dob = QDate::fromString(field("dateOfBirth"), Qt::ISODate);
        if (dob.isValid()) {
            const QLocale au(QLocale::English, QLocale::Australia);
            pii.birthDays << dob.toString(Qt::ISODate) << dob.toString(QStringLiteral("dd/MM/yyyy"))
                          << dob.toString(QStringLiteral("d/M/yyyy"))
                          << au.toString(dob, QStringLiteral("d MMM yyyy"))
                          << au.toString(dob, QStringLiteral("d MMMM yyyy"));
        }
    }
    return pii;
}

// The PII found in `text`, if any.
QString leak(const Pii &pii, const QString &text)
{
    if (text.isEmpty())
        return {};
    const QString lower = text.toLower();
    for (const QString &email : pii.emails) {
        if (lower.contains(email))
            return email;
    }
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    for (const QString &number : pii.numbers) {
        if (digits.contains(number))
            return number;
    }
    for (const QString &day : pii.birthDays) {
        if (text.contains(day))
            return day;
    }
    return {};
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT
private:
    ConsoleTour m_tour;
    Pii m_pii;
    QStringList m_leaks;

    void check(const QString &where)
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            QList<QWidget *> widgets = top->findChildren<QWidget *>();
            widgets.prepend(top);
            for (QWidget *w : std::as_const(widgets)) {
                if (!w->isVisible())
                    continue;
                for (const QString &text : ConsoleTour::texts(w)) {
                    const QString found = leak(m_pii, text);
                    if (!found.isEmpty())
                        m_leaks << QStringLiteral("%1: %2 in %3(%4): \"%5\"")
                                       .arg(where, found,
                                            QLatin1String(w->metaObject()->className()),
                                            w->objectName(), text.left(80));
                }
            }
        }
    }

    void report()
    {
        m_leaks.removeDuplicates();
        const QStringList found = m_leaks;
        m_leaks.clear();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    QAbstractButton *revealMobile(kac::ui::AccountTab *tab)
    {
        tab->sections()->setCurrentIndex(0); // Account users
        ConsoleTour::settle();
        auto *reveal = tab->findChild<QAbstractButton *>(QStringLiteral("contact0_mobile_reveal"));
        if (reveal && !reveal->isChecked())
            reveal->click();
        return reveal;
    }

    bool mobileShown(kac::ui::AccountTab *tab)
    {
        auto *mobile = tab->findChild<QLabel *>(QStringLiteral("contact0_mobile"));
        return mobile && !leak(m_pii, mobile->text()).isEmpty();
    }

private slots:
    void initTestCase()
    {
        m_pii = sandboxPii();
        QVERIFY2(m_pii.emails.size() >= 7 && m_pii.numbers.size() >= 10 &&
                     m_pii.birthDays.size() >= 7 * 5,
                 "the fixed customers' PII is read from sandbox/data/fixtures.js");
        QVERIFY2(m_tour.start(), qPrintable(m_tour.sandbox.failure()));
    }

    // Masking is one rule: Account users, Billing details, the Conversations header, the
    // message list and a read message, properties, every section, the docks.
    void noPaneShowsUnmaskedPii()
    {
        for (const QString &number : {QStringLiteral("A-2B7E41C9"), QStringLiteral("A-8E4B92D1")}) {
            kac::ui::AccountTab *tab = m_tour.open(number);
            QVERIFY(tab);
            ConsoleTour::tourTabs(tab->sections(), number,
                                  [this](const QString &where) { check(where); });
        }
        m_tour.tourDocks([this](const QString &where) { check(where); });
        report();
    }

    // The revealed mobile is the one thing that may show, and only until a lock or sign-out.
    void revealShowsTheMobile()
    {
        kac::ui::AccountTab *tab = m_tour.open(QStringLiteral("A-2B7E41C9"));
        QVERIFY(revealMobile(tab));
        QVERIFY(mobileShown(tab));
    }

    // Sign-out: behind the sign-in dialog nothing of the customer remains visible; after
    // signing back in the tabs are where they were, and the revealed mobile is masked again.
    void signOutLeavesNothingOnScreen()
    {
        kac::ui::AccountTab *tab = m_tour.open(QStringLiteral("A-2B7E41C9"));
        QVERIFY(revealMobile(tab));
        QVERIFY(mobileShown(tab));
        const QStringList before = m_tour.window->openAccountNumbers();
        QAction *signOut = nullptr;
        for (QAction *action : m_tour.window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Sign &out"))
                signOut = action;
        }
        QVERIFY(signOut);
        signOut->trigger();
        QTest::qWait(200);
        check(QStringLiteral("after sign-out"));
        report();
        QVERIFY2(!tab->isVisible(), "the account is not on screen behind the sign-in dialog");

        QVERIFY(m_tour.signIn());
        QTRY_VERIFY_WITH_TIMEOUT(tab->isVisible(), 5000);
        QCOMPARE(m_tour.window->openAccountNumbers(), before); // the agent's place is kept
        QVERIFY2(!mobileShown(tab), "the mobile revealed before signing out is masked again");
        check(QStringLiteral("signed in again"));
        report();
    }

    void idleLockLeavesNothingOnScreen()
    {
        kac::ui::AccountTab *tab = m_tour.open(QStringLiteral("A-2B7E41C9"));
        QVERIFY(revealMobile(tab));
        QVERIFY(mobileShown(tab));
        auto *lock = m_tour.window->findChild<kac::ui::IdleLock *>();
        QVERIFY(lock);
        QSignalSpy locked(lock, &kac::ui::IdleLock::locked);
        lock->setTimeoutMs(200);
        QVERIFY(locked.wait(5000));
        check(QStringLiteral("after idle lock"));
        report();

        QVERIFY(m_tour.signIn());
        QTRY_VERIFY_WITH_TIMEOUT(!lock->isLocked(), 5000);
        lock->setTimeoutMs(0);
        QVERIFY(tab->isVisible());
        QVERIFY2(!mobileShown(tab), "the mobile revealed before the lock is masked again");
    }
};

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
