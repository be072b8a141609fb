// A session the server stops accepting (a restart here; a key rotation or revocation in
// production): the real window against the real sandbox, whose tokens are revoked behind the
// console's back. The panes must not fail with KT-CT-1111 nor resend the dead token: one
// renewal, then the sign-in dialog with the tabs kept, and every waiting pane loads by itself
// once the agent has signed in again.
#include "models/accounts/AccountService.h"
#include "support/ConsoleFixture.h"
#include "support/SandboxFixture.h"
#include "ui/AccountTab.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"
#include "ui/SectionPane.h"
#include "ui/SignInController.h"
#include "ui/SignInDialog.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <memory>

using kac::ui::AccountTab;
using kac::ui::MainWindow;
using kac::ui::PaneStateWidget;

namespace {

const QString OrganizationKey = QStringLiteral("sk_sandbox_org_secret");
const QString ApiKey = QStringLiteral("sk_sandbox_agent_key");
const QString FirstAccount = QStringLiteral("A-2B7E41C9");
const QString SecondAccount = QStringLiteral("A-5C19D3E8");

// Invalidates every token the sandbox issued, as a restart would (needs --allow-faults):
// access tokens then answer KT-CT-1111, refresh tokens KT-CT-1135.
bool revokeTokens(const QUrl &sandbox)
{
    QUrl revokeUrl = sandbox;
    revokeUrl.setPath(QStringLiteral("/sandbox/revoke-tokens"));
    QNetworkAccessManager network;
    QNetworkRequest request(revokeUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray()));
    return QTest::qWaitFor([&] { return reply->isFinished(); }, 10000) &&
           reply->error() == QNetworkReply::NoError &&
           QJsonDocument::fromJson(reply->readAll()).object().value(u"revoked").toBool();
}

bool settled(const PaneStateWidget *pane)
{
    return pane->state() == PaneStateWidget::State::Content ||
           pane->state() == PaneStateWidget::State::Empty;
}

} // namespace

class TestConsoleReauth : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    using Console = kac::test::ConsoleFixture;

    void open(Console &console)
    {
        console.window()->signIn()->useEndpoint(m_sandbox.url());
        QVERIFY(console.show());
    }

    QLabel *statusLabel(Console &console, const char *name) const
    {
        return console.window()->findChild<QLabel *>(QLatin1String(name));
    }

    // Token requests in the sandbox's log since line `from`.
    int tokenRequestsSince(qsizetype from) const
    {
        const QList<QJsonObject> log = m_sandbox.requestLog();
        int count = 0;
        for (qsizetype i = from; i < log.size(); ++i)
            count += log.at(i).value(u"operationName").toString() == u"ObtainKrakenToken";
        return count;
    }

    int refusedSince(qsizetype from) const
    {
        const QList<QJsonObject> log = m_sandbox.requestLog();
        int count = 0;
        for (qsizetype i = from; i < log.size(); ++i)
            count += log.at(i).value(u"outcome").toString() == u"error:KT-CT-1111";
        return count;
    }

    static bool tabLoaded(AccountTab *tab)
    {
        return QTest::qWaitFor([tab] { return settled(tab->paneState()); }, 15000);
    }

    // Shows the tab's second section: its first load goes out now (sections load lazily).
    static kac::ui::SectionPane *showSecondSection(AccountTab *tab)
    {
        tab->sections()->setCurrentIndex(1);
        return qobject_cast<kac::ui::SectionPane *>(tab->sections()->currentWidget());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-faults")}),
                 qPrintable(m_sandbox.failure()));
    }

    void invalidatedTokenAsksForSignInAndPanesReloadByThemselves()
    {
        Console console;
        open(console);
        QSignalSpy signedIn(&console.session(), &kac::api::Session::signedIn);
        // Only the refresh token is kept for an organisation key: nothing renews it silently.
        console.session().signInWithOrganizationSecretKey(OrganizationKey, false);
        QVERIFY(signedIn.wait(10000));
        AccountTab *first = console.window()->openAccount(FirstAccount);
        QVERIFY(tabLoaded(first));
        QTRY_COMPARE(statusLabel(console, "connectionLabel")->text(), QStringLiteral("Connected"));

        const qsizetype before = m_sandbox.requestLog().size();
        QVERIFY(revokeTokens(m_sandbox.url()));
        // The agent carries on: another account, and another section of the first.
        AccountTab *second = console.window()->openAccount(SecondAccount);
        kac::ui::SectionPane *section = showSecondSection(first);
        QVERIFY(section);

        QTRY_VERIFY_WITH_TIMEOUT(console.window()->signIn()->dialog() &&
                                     console.window()->signIn()->dialog()->isVisible(),
                                 10000);
        kac::ui::SignInDialog *dialog = console.window()->signIn()->dialog();
        QCOMPARE(console.session().state(), kac::api::Session::State::SignInRequired);
        QCOMPARE(tokenRequestsSince(before), 1); // one renewal attempt, refused
        QVERIFY(statusLabel(console, "userLabel")->text().isEmpty());
        QCOMPARE(statusLabel(console, "connectionLabel")->text(),
                 QStringLiteral("Sign-in required"));
        QCOMPARE(console.window()->accountTabs()->count(), 2);
        // The panes wait for the new session rather than fail with the dead token.
        QCOMPARE(second->paneState()->state(), PaneStateWidget::State::Loading);
        QCOMPARE(section->paneState()->state(), PaneStateWidget::State::Loading);
        const int refused = refusedSince(before);
        QVERIFY2(refused >= 1 && refused <= 2, qPrintable(QString::number(refused)));
        QTest::qWait(300);
        QCOMPARE(refusedSince(before), refused); // the dead token is not sent again

        QTRY_VERIFY_WITH_TIMEOUT(dialog->methods().known, 10000);
        dialog->findChild<QAbstractButton *>(QStringLiteral("byOrganizationKey"))->click();
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("key"));
        field->clear();
        QTest::keyClicks(field, OrganizationKey);
        dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton"))->click();
        QVERIFY(signedIn.wait(10000));

        // Nobody pressed Retry: every waiting pane loads by itself.
        QVERIFY(tabLoaded(second));
        QVERIFY(QTest::qWaitFor([section] { return settled(section->paneState()); }, 15000));
        QCOMPARE(console.window()->accountTabs()->count(), 2);
        QTRY_COMPARE(statusLabel(console, "connectionLabel")->text(), QStringLiteral("Connected"));
        for (PaneStateWidget *pane : console.window()->findChildren<PaneStateWidget *>())
            QVERIFY2(pane->state() != PaneStateWidget::State::Error, qPrintable(pane->errorCode()));
    }

    // An API-key session has the key to renew with: it recovers without asking the agent.
    void apiKeySessionRecoversWithoutAsking()
    {
        Console console;
        open(console);
        QSignalSpy signedIn(&console.session(), &kac::api::Session::signedIn);
        QSignalSpy required(&console.session(), &kac::api::Session::signInRequired);
        console.session().signInWithApiKey(ApiKey, false);
        QVERIFY(signedIn.wait(10000));
        AccountTab *first = console.window()->openAccount(FirstAccount);
        QVERIFY(tabLoaded(first));

        QVERIFY(revokeTokens(m_sandbox.url()));
        AccountTab *second = console.window()->openAccount(SecondAccount);
        QVERIFY(tabLoaded(second));
        QCOMPARE(required.size(), 0);
        QVERIFY(!console.window()->signIn()->dialog() ||
                !console.window()->signIn()->dialog()->isVisible());
        QCOMPARE(console.session().state(), kac::api::Session::State::SignedIn);
    }
};

QTEST_MAIN(TestConsoleReauth)
#include "tst_console_reauth.moc"
