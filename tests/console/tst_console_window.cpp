#include "models/AppSettings.h"
#include "models/accounts/AccountService.h"
#include "support/ConsoleFixture.h"
#include "support/SandboxFixture.h"
#include "ui/AccountHeaderWidget.h"
#include "ui/AccountTab.h"
#include "ui/IdleLock.h"
#include "ui/MainWindow.h"
#include "ui/SearchPane.h"
#include "ui/SignInController.h"
#include "ui/SignInDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using kac::models::AppSettings;
using kac::ui::MainWindow;

// The whole window against the real sandbox: sign in through the dialog, then search and open
// three accounts as tabs with the keyboard, as an agent would.
class TestConsoleWindow : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    kac::test::SandboxFixture m_passwordSandbox; // --password-sign-in: an older Kraken
    kac::test::ConsoleFixture m_console;         // signs in through the dialog, below
    kac::api::Session &m_session = m_console.session();
    AppSettings *m_settings = m_console.settings();
    MainWindow *m_window = m_console.window();

    QLabel *statusLabel(const char *name) const
    {
        return m_window->findChild<QLabel *>(QLatin1String(name));
    }

    // Types `url` as a custom endpoint and waits until the dialog knows the endpoint's sign-in
    // methods (asked of the endpoint itself, without a token).
    bool chooseEndpoint(kac::ui::SignInDialog *dialog, const QUrl &url)
    {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        combo->setCurrentIndex(combo->count() - 1); // Custom URL…
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("customUrl"));
        field->setText(url.toString());
        emit field->editingFinished(); // as when the agent leaves the field
        return QTest::qWaitFor([&] { return dialog->methods().known && dialog->endpoint() == url; },
                               10000);
    }

    void fillKey(kac::ui::SignInDialog *dialog, const QString &key)
    {
        dialog->findChild<QAbstractButton *>(QStringLiteral("byApiKey"))->click();
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("key"));
        field->clear();
        QTest::keyClicks(field, key);
    }

    void fillPassword(kac::ui::SignInDialog *dialog, const QString &email, const QString &password)
    {
        dialog->findChild<QAbstractButton *>(QStringLiteral("byPassword"))->click();
        auto *emailField = dialog->findChild<QLineEdit *>(QStringLiteral("email"));
        emailField->clear();
        QTest::keyClicks(emailField, email);
        auto *passwordField = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        passwordField->clear();
        QTest::keyClicks(passwordField, password);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure()));
        QVERIFY2(m_passwordSandbox.start({QStringLiteral("--password-sign-in")}),
                 qPrintable(m_passwordSandbox.failure()));
        QVERIFY(m_console.show());
    }

    void signInThroughTheDialog()
    {
        m_window->signIn()->showDialog(QStringLiteral("Please sign in."));
        QPointer<kac::ui::SignInDialog> dialog = m_window->signIn()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *signIn = dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton"));

        QVERIFY(chooseEndpoint(dialog, m_sandbox.url()));
        // This Kraken's ObtainJSONWebTokenInput has no email or password: not offered.
        QVERIFY(dialog->findChild<QAbstractButton *>(QStringLiteral("byApiKey"))->isVisible());
        QVERIFY(
            dialog->findChild<QAbstractButton *>(QStringLiteral("byOrganizationKey"))->isVisible());
        QVERIFY(!dialog->findChild<QAbstractButton *>(QStringLiteral("byPassword"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("email"))->isVisible());
        fillKey(dialog, QStringLiteral("sk_not_a_sandbox_key"));
        QVERIFY(dialog->endpointProblem().isEmpty());
        QVERIFY(signIn->isEnabled());
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText() != QStringLiteral("Signing in…"), 10000);
        QVERIFY2(!dialog->errorText().isEmpty(), "a refused sign-in says why");
        QVERIFY(dialog->isVisible());

        fillKey(dialog, QStringLiteral("sk_sandbox_agent_key"));
        QSignalSpy signedIn(&m_session, &kac::api::Session::signedIn);
        signIn->click();
        QVERIFY(signedIn.wait(10000));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        // The token names only a subject; the viewer query then names the agent.
        QTRY_COMPARE_WITH_TIMEOUT(
            statusLabel("userLabel")->text(),
            QStringLiteral("Console Integration (integration@sandbox.kraken.test)"), 10000);
        QCOMPARE(statusLabel("connectionLabel")->text(), QStringLiteral("Connected"));
        QCOMPARE(statusLabel("endpointLabel")->text(), m_sandbox.url().toString());
        // The chosen endpoint is remembered for the next start (never the password).
        QCOMPARE(m_settings->value(AppSettings::kEndpointUrl).toString(),
                 m_sandbox.url().toString());
    }

    void openThreeAccountsWithTheKeyboard()
    {
        const QStringList numbers{QStringLiteral("A-2B7E41C9"), QStringLiteral("A-5C19D3E8"),
                                  QStringLiteral("A-9A63F05B")};
        QLineEdit *field = m_window->searchPane()->searchField();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        for (const QString &number : numbers) {
            QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
            QVERIFY(field->hasFocus());
            QTest::keyClicks(field, number); // replaces the selected previous term
            QSignalSpy opened(m_window, &MainWindow::accountOpened);
            QTest::keyClick(field, Qt::Key_Return);
            QVERIFY(opened.wait(10000));
        }
        QCOMPARE(m_window->openAccountNumbers(), numbers);
        for (const QString &number : numbers) {
            kac::ui::AccountTab *tab = m_window->accountTab(number);
            QTRY_COMPARE_WITH_TIMEOUT(tab->service()->state(),
                                      kac::models::AccountService::State::Loaded, 10000);
            QCOMPARE(tab->header()->fieldText(QStringLiteral("accountNumber")), number);
        }
        QCOMPARE(m_settings->value(AppSettings::kOpenTabs).toStringList(), numbers);
        QCOMPARE(m_settings->value(AppSettings::kRecentAccounts).toStringList().first(),
                 numbers.last());
        QVERIFY(statusLabel("latencyLabel")->text().endsWith(QStringLiteral("ms")));
        // Tab titles carry the customer's surname once loaded.
        QTRY_COMPARE(m_window->accountTabs()->tabText(0), QStringLiteral("A-2B7E41C9 Tregellas"));
    }

    // Idle lock in the real window: the account tabs and the team docks hide, the docks' keys
    // cannot bring one back, and signing in again shows everything as it was.
    void idleLockHidesTabsAndDocksUntilSignIn()
    {
        auto *lock = m_window->findChild<kac::ui::IdleLock *>();
        QVERIFY(lock);
        auto *campaigns = m_window->findChild<QDockWidget *>(QStringLiteral("campaignsDock"));
        QVERIFY(campaigns);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(campaigns->isVisible());
        const QStringList open = m_window->openAccountNumbers();
        QVERIFY(!open.isEmpty());

        lock->lock();
        QVERIFY(!m_window->accountTabs()->isVisible());
        QVERIFY(!campaigns->isVisible());
        QTest::keyClick(m_window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(!campaigns->isVisible(), "the dock came back while locked");

        QSignalSpy signedIn(&m_session, &kac::api::Session::signedIn);
        m_session.signInWithApiKey(QStringLiteral("sk_sandbox_agent_key"), false);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(!lock->isLocked());
        QVERIFY(m_window->accountTabs()->isVisible());
        QVERIFY(campaigns->isVisible());
        QCOMPARE(m_window->openAccountNumbers(), open); // the tabs survived
        campaigns->hide();
    }

    // An API-key session's token names only a subject: the status bar asks Kraken who it is,
    // and forgets the name at sign-out.
    void apiKeySessionShowsTheAgentsNameUntilSignOut()
    {
        m_session.signOut();
        QTRY_VERIFY(statusLabel("userLabel")->text().isEmpty());
        QSignalSpy signedIn(&m_session, &kac::api::Session::signedIn);
        m_session.signInWithApiKey(QStringLiteral("sk_sandbox_agent_key"), false);
        QVERIFY(signedIn.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(
            statusLabel("userLabel")->text(),
            QStringLiteral("Console Integration (integration@sandbox.kraken.test)"), 10000);
        m_session.signOut();
        QTRY_VERIFY(statusLabel("userLabel")->text().isEmpty());
    }

    // An older Kraken whose ObtainJSONWebTokenInput has email and password: the dialog offers
    // them, and signing in with them works (and a wrong password is refused with a reason).
    void passwordSignInWhereTheEndpointHasIt()
    {
        m_window->signIn()->showDialog(QStringLiteral("Please sign in."));
        QPointer<kac::ui::SignInDialog> dialog = m_window->signIn()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(chooseEndpoint(dialog, m_passwordSandbox.url()));
        QVERIFY(dialog->findChild<QAbstractButton *>(QStringLiteral("byPassword"))->isVisible());
        QVERIFY(dialog->findChild<QAbstractButton *>(QStringLiteral("byApiKey"))->isVisible());
        auto *signIn = dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton"));

        fillPassword(dialog, QStringLiteral("agent@sandbox.kraken.test"),
                     QStringLiteral("not-the-password"));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("email"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("key"))->isVisible());
        QVERIFY(signIn->isEnabled());
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText() != QStringLiteral("Signing in…"), 10000);
        QVERIFY2(!dialog->errorText().isEmpty(), "a refused sign-in says why");

        fillPassword(dialog, QStringLiteral("agent@sandbox.kraken.test"),
                     QStringLiteral("sandbox-agent"));
        QSignalSpy signedIn(&m_session, &kac::api::Session::signedIn);
        signIn->click();
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(signedIn.first().first().toString(), QStringLiteral("agent@sandbox.kraken.test"));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(statusLabel("userLabel")->text(),
                                  QStringLiteral("Jordan Ashby (agent@sandbox.kraken.test)"),
                                  10000);
        QCOMPARE(statusLabel("endpointLabel")->text(), m_passwordSandbox.url().toString());
        m_session.signOut();
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_console_window.moc"
