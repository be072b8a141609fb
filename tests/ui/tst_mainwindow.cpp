#include "models/AppSettings.h"
#include "support/WindowActivation.h"
#include "ui/AccountTab.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"
#include "ui/SearchPane.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using kac::models::AppSettings;
using kac::ui::MainWindow;
using kac::ui::PaneStateWidget;

// The widgets on their own, offscreen and without a network: states, dialogs, tabs, keys.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> iniFile(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private slots:
    void statusBarShowsEndpointAndConnectionState()
    {
        MainWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/v1/graphql/")));
        window.setConnectionState(QStringLiteral("Connected"));
        auto *endpoint = window.findChild<QLabel *>(QStringLiteral("endpointLabel"));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(endpoint && connection);
        QCOMPARE(endpoint->text(), QStringLiteral("http://127.0.0.1:9/v1/graphql/"));
        QCOMPARE(connection->text(), QStringLiteral("Connected"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("userLabel")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("latencyLabel")));
    }

    void paneStateShowsEachState()
    {
        PaneStateWidget pane;
        auto *content = new QLabel(QStringLiteral("rows"));
        pane.setContent(content);
        pane.showLoading();
        QCOMPARE(pane.state(), PaneStateWidget::State::Loading);
        pane.show();
        pane.showContent();
        QCOMPARE(pane.state(), PaneStateWidget::State::Content);
        QVERIFY(content->isVisible());
        QVERIFY(!pane.hasNotice());
        QVERIFY(pane.noticeText().isEmpty());

        // Partial data: the content stays, with a notice saying in plain words what is missing
        // (the code and the field path only in the debug log, for Kraken support), and a
        // Retry of its own; complete data afterwards hides the notice again.
        kac::api::ApiError refused;
        refused.kind = kac::api::ApiError::Kind::Kraken;
        refused.errorCode = QStringLiteral("KT-CT-1113");
        refused.path = QStringList{QStringLiteral("account"), QStringLiteral("notes")};
        pane.showContent(refused);
        QVERIFY(content->isVisible());
        QVERIFY(pane.hasNotice());
        QVERIFY2(pane.noticeText().startsWith(QStringLiteral("Notes could not be loaded.")),
                 qPrintable(pane.noticeText()));
        for (const QString &developerWords :
             {QStringLiteral("KT-CT-1113"), QStringLiteral("account.notes"),
              QStringLiteral("account"), QStringLiteral("notes")})
            QVERIFY2(!pane.noticeText().contains(developerWords), qPrintable(pane.noticeText()));
        // The code and path are kept for support (the debug log), and shown nowhere: not in
        // the tooltip an agent hovers, nor in the description a screen reader reads.
        QCOMPARE(pane.noticeDetails(), QStringLiteral("KT-CT-1113, account.notes"));
        auto *noticeLabel = pane.findChild<QLabel *>(QStringLiteral("partialNoticeText"));
        QVERIFY(noticeLabel);
        QVERIFY(!noticeLabel->toolTip().isEmpty());
        for (const QString &shown : {noticeLabel->toolTip(), noticeLabel->accessibleDescription()})
            for (const QString &developerWords :
                 {QStringLiteral("KT-CT-1113"), QStringLiteral("account.notes")})
                QVERIFY2(!shown.contains(developerWords), qPrintable(shown));
        QSignalSpy noticeRetry(&pane, &PaneStateWidget::retryRequested);
        pane.noticeRetryButton()->click();
        QCOMPARE(noticeRetry.size(), 1);
        pane.showContent();
        QVERIFY(!pane.hasNotice());

        pane.showEmpty(QStringLiteral("Nothing here: try another search."));
        QCOMPARE(pane.emptyText(), QStringLiteral("Nothing here: try another search."));
        kac::api::ApiError error;
        error.kind = kac::api::ApiError::Kind::Kraken;
        error.errorCode = QStringLiteral("KT-CT-4177");
        error.errorDescription = QStringLiteral("Unauthorized.");
        pane.showError(error);
        QCOMPARE(pane.state(), PaneStateWidget::State::Error);
        QCOMPARE(pane.errorCode(), QStringLiteral("KT-CT-4177"));
        QVERIFY(!pane.errorMessage().isEmpty());
        QSignalSpy retry(&pane, &PaneStateWidget::retryRequested);
        pane.retryButton()->click();
        QCOMPARE(retry.size(), 1);

        // An endpoint without what the pane needs: said plainly, with why, and no Retry.
        kac::api::ApiError notOffered =
            kac::api::ApiError::make(kac::api::ApiError::Kind::NotOffered);
        notOffered.errorDescription = QStringLiteral("this Kraken has no field AccountType.notes");
        pane.setErrorCatalog(nullptr);
        pane.showError(notOffered);
        QCOMPARE(pane.errorCode(), QStringLiteral("Not offered by this Kraken"));
        QVERIFY2(pane.errorMessage().contains(QStringLiteral("AccountType.notes")),
                 qPrintable(pane.errorMessage()));
        QVERIFY(!pane.retryButton()->isVisible());
        pane.showError(error);
        QVERIFY(pane.retryButton()->isVisible()); // back for errors that a retry can fix
    }

    // The dialog offers what the endpoint's ObtainJSONWebTokenInput has.
    void signInDialogOffersTheEndpointsMethods()
    {
        using Method = kac::ui::SignInRequest::Method;
        kac::ui::SignInDialog dialog(nullptr);
        dialog.show();
        const QUrl endpoint(QStringLiteral("https://kraken.example.com/v1/graphql/"));
        dialog.setEndpoint(endpoint);
        auto *byPassword = dialog.findChild<QAbstractButton *>(QStringLiteral("byPassword"));
        auto *byApiKey = dialog.findChild<QAbstractButton *>(QStringLiteral("byApiKey"));
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("email"));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("key"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("signInMethodsNote"));
        QVERIFY(byPassword && byApiKey && email && key && note);
        QVERIFY(byPassword->isVisible()); // not asked yet: everything is offered
        byPassword->click();
        QVERIFY(email->isVisible() && !key->isVisible());

        // The 2026 input: no email or password; the chosen method moves to one on offer.
        dialog.setMethods(endpoint, kac::api::SignInMethodSet::fromInputFields(
                                        {QStringLiteral("APIKey"), QStringLiteral("preSignedKey"),
                                         QStringLiteral("organizationSecretKey"),
                                         QStringLiteral("refreshToken")}));
        QVERIFY(!byPassword->isVisible());
        QVERIFY(byApiKey->isVisible() && byApiKey->isChecked());
        QVERIFY(!email->isVisible() && key->isVisible());
        QVERIFY(!note->isVisible());
        QVERIFY(!dialog.offers(Method::Password));
        dialog.chooseMethod(Method::OrganizationSecretKey);
        key->setText(QStringLiteral("sk_org"));
        QCOMPARE(dialog.request().method, Method::OrganizationSecretKey);
        QCOMPARE(dialog.request().key, QStringLiteral("sk_org"));
        QVERIFY(dialog.request().password.isEmpty());

        // An answer for an endpoint the agent has left is ignored.
        dialog.setMethods(QUrl(QStringLiteral("https://other.example.com/v1/graphql/")),
                          kac::api::SignInMethodSet::fromInputFields({QStringLiteral("APIKey")}));
        QVERIFY(dialog.offers(Method::OrganizationSecretKey));

        // An older Kraken with email and password.
        dialog.setMethods(endpoint, kac::api::SignInMethodSet::fromInputFields(
                                        {QStringLiteral("email"), QStringLiteral("password"),
                                         QStringLiteral("refreshToken")}));
        QVERIFY(byPassword->isVisible() && byPassword->isChecked());
        QVERIFY(!byApiKey->isVisible());
        // Could not ask: everything offered, and the dialog says why.
        dialog.setMethods(endpoint, kac::api::SignInMethodSet{});
        QVERIFY(byApiKey->isVisible() && byPassword->isVisible());
        QVERIFY(note->isVisible());
    }

    void signInDialogValidatesTheEndpoint()
    {
        kac::ui::SignInDialog dialog(nullptr);
        auto *signIn = dialog.findChild<QAbstractButton *>(QStringLiteral("signInButton"));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        QVERIFY(signIn && combo);
        QVERIFY(combo->count() >= 4); // production, test, sandbox, custom
        dialog.setEndpoint(QUrl(QStringLiteral("http://kraken.example.com/v1/graphql/")));
        QVERIFY(!dialog.endpointProblem().isEmpty()); // plain HTTP off this computer
        dialog.findChild<QLineEdit *>(QStringLiteral("key"))->setText(QStringLiteral("sk_key"));
        QVERIFY(!signIn->isEnabled());
        dialog.setEndpoint(QUrl(QStringLiteral("https://kraken.example.com/v1/graphql/")));
        QVERIFY(dialog.endpointProblem().isEmpty());
        QVERIFY(signIn->isEnabled());
        QSignalSpy requested(&dialog, &kac::ui::SignInDialog::signInRequested);
        signIn->click();
        QCOMPARE(requested.size(), 1);
        const auto request = requested.first().first().value<kac::ui::SignInRequest>();
        QCOMPARE(request.key, QStringLiteral("sk_key"));
        QCOMPARE(request.method, kac::ui::SignInRequest::Method::ApiKey); // the default
        QVERIFY(!signIn->isEnabled()); // busy until the session answers
        dialog.showError(QStringLiteral("Authentication failed."));
        QVERIFY(signIn->isEnabled());
    }

    void settingsDialogShowsLockedKeysReadOnly()
    {
        auto system = iniFile(QStringLiteral("system.ini"));
        system->setValue(QStringLiteral("network/http2"), false);
        system->setValue(QStringLiteral("locked"), QStringList{QStringLiteral("network/http2")});
        system->sync();
        auto user = iniFile(QStringLiteral("user-settings.ini"));
        AppSettings settings(user.get(), system.get());
        kac::ui::SettingsDialog dialog(&settings);
        auto *http2 = dialog.findChild<QCheckBox *>(QStringLiteral("http2"));
        auto *restore = dialog.findChild<QCheckBox *>(QStringLiteral("restoreTabs"));
        QVERIFY(!http2->isEnabled());
        QVERIFY(!http2->toolTip().isEmpty());
        QVERIFY(restore->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("managedNote"))->text().isEmpty());
        restore->setChecked(!restore->isChecked());
        QVERIFY(dialog.save());
        QCOMPARE(settings.value(AppSettings::kRestoreTabs).toBool(), restore->isChecked());
    }

    void tabsOpenCloseCycleAndComeBack()
    {
        auto user = iniFile(QStringLiteral("user-tabs.ini"));
        AppSettings settings(user.get(), nullptr);
        settings.setValue(AppSettings::kRestoreTabs, true);
        QStringList numbers{QStringLiteral("A-2B7E41C9"), QStringLiteral("A-5C19D3E8"),
                            QStringLiteral("A-7D20A6F3")};
        {
            MainWindow window({nullptr, nullptr, &settings, nullptr});
            // Window shortcuts need the active window (a bare X server activates nothing itself).
            QVERIFY(kac::test::showActive(&window));
            for (const QString &number : numbers)
                window.openAccount(number);
            window.openAccount(numbers.first()); // already open: switches to it
            QCOMPARE(window.accountTabs()->count(), 3);
            QCOMPARE(window.accountTabs()->currentIndex(), 0);
            QTest::keyClick(&window, Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(window.accountTabs()->currentIndex(), 1);
            QTest::keyClick(&window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(window.accountTabs()->currentIndex(), 0);
            window.accountTabs()->tabBar()->moveTab(0, 2); // reorder: remembered
            QCOMPARE(settings.value(AppSettings::kOpenTabs).toStringList(),
                     (QStringList{numbers[1], numbers[2], numbers[0]}));
            window.accountTabs()->setCurrentIndex(0);
            QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
            QCOMPARE(window.accountTabs()->count(), 2);
            QCOMPARE(settings.value(AppSettings::kOpenTabs).toStringList(),
                     (QStringList{numbers[2], numbers[0]}));
            QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
            QVERIFY(window.searchPane()->searchField()->hasFocus());
        }
        QCOMPARE(settings.value(AppSettings::kRecentAccounts).toStringList().first(), numbers[2]);
        MainWindow next({nullptr, nullptr, &settings, nullptr});
        next.restoreTabs();
        QCOMPARE(next.openAccountNumbers(), (QStringList{numbers[2], numbers[0]}));
    }

    // Issue 14.3: 3,003 stored tabs (some junk) and a 5 MB recent entry: the window restores
    // at most 20 well-formed tabs at once and tells the agent what was left out.
    void hostileStoredTabsAreBoundedAndNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("hostile-tabs.ini"));
        QStringList tabs{QStringLiteral("<script>"), QStringLiteral("A-2B7E41C9")};
        for (int i = 0; i < 3001; ++i)
            tabs << QStringLiteral("A-%1").arg(i, 8, 16, QLatin1Char('0')).toUpper();
        {
            QSettings writer(path, QSettings::IniFormat);
            writer.setValue(AppSettings::kOpenTabs, tabs);
            writer.setValue(AppSettings::kRecentAccounts,
                            QStringList{QString(5 * 1024 * 1024, u'9')});
        }
        const auto settings = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        MainWindow window({nullptr, nullptr, settings.get(), nullptr});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("left out")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("open tabs")));
        QElapsedTimer clock;
        clock.start();
        window.restoreTabs();
        QCOMPARE(window.accountTabs()->count(), AppSettings::kMaxOpenTabs);
        QCOMPARE(window.openAccountNumbers().first(), QStringLiteral("A-2B7E41C9"));
        // Generous for a loaded 2-core machine: the count is the bound (3,003 tabs took minutes).
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("profileLabel")));
    }

    // Issue 14.7: a second window on the same profile shows it saves nothing, and its tabs never
    // replace the first one's.
    void aSecondConsoleOnTheProfileLeavesTheFirstsTabs()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared-profile.ini"));
        const QStringList firstTabs{QStringLiteral("A-2B7E41C9"), QStringLiteral("A-5C19D3E8")};
        const auto firstSettings = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        MainWindow first({nullptr, nullptr, firstSettings.get(), nullptr});
        for (const QString &number : firstTabs)
            first.openAccount(number);
        QVERIFY(!first.findChild<QLabel *>(QStringLiteral("profileLabel")));

        const auto secondSettings = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        {
            MainWindow second({nullptr, nullptr, secondSettings.get(), nullptr});
            second.show();
            QVERIFY(QTest::qWaitForWindowExposed(&second));
            auto *profile = second.findChild<QLabel *>(QStringLiteral("profileLabel"));
            QVERIFY(profile && profile->isVisible());
            QVERIFY(profile->text().contains(QStringLiteral("Not saving")));
            QVERIFY(second.statusBar()->currentMessage().contains(
                QStringLiteral("Another Kraken Agent Console")));
            second.openAccount(QStringLiteral("A-7D20A6F3"));
            second.openAccount(QStringLiteral("A-8E4B92D1"));
            second.closeAccountTab(0);
            QCOMPARE(second.openAccountNumbers(), QStringList{QStringLiteral("A-8E4B92D1")});
        }
        secondSettings->sync();
        firstSettings->sync();
        QSettings onDisk(path, QSettings::IniFormat);
        QCOMPARE(onDisk.value(AppSettings::kOpenTabs).toStringList(), firstTabs);
        QCOMPARE(onDisk.value(AppSettings::kRecentAccounts).toStringList().first(),
                 firstTabs.last());
    }

    void controlsHaveAccessibleNames()
    {
        MainWindow window({});
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (qobject_cast<QHeaderView *>(widget)) // announced with its table
                continue;
            // A spin box's or combo box's inner line edit is announced through its owner.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
                qobject_cast<QTabWidget *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->objectName() + QLatin1Char(' ') +
                                    widget->metaObject()->className()));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
