#include "api/ErrorCatalog.h"
#include "models/accounts/RecordTableModel.h"
#include "models/accounts/SectionLoader.h"
#include "models/actions/AccountNoteSender.h"
#include "models/actions/ActivityLog.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "support/WindowActivation.h"
#include "ui/AccountNoteEditor.h"
#include "ui/AccountTab.h"
#include "ui/ActivityPane.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"
#include "ui/RowTableView.h"
#include "ui/SectionPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using kac::models::AccountNoteSender;
using kac::ui::AccountNoteEditor;
using kac::ui::AccountTab;
using kac::ui::MainWindow;
using State = AccountNoteSender::State;

namespace {

const QString kAccount = QStringLiteral("A-2B7E41C9");
// An agent the sandbox lets look but not act (sandbox --look-only-key).
const QString kLookOnlyKey = QStringLiteral("sk_sandbox_look_only");

} // namespace

// The notes section as the agent uses it, in a real window against the real sandbox: Ctrl+Enter
// adds a note the list shows at once, a double press adds one, a failed send keeps the text with
// a Retry, a lost answer is checked before anything is offered again, and closing with unsent
// text asks first.
class TestAccountNotesUi : public QObject
{
    Q_OBJECT
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;
    kac::api::ErrorCatalog m_errors;
    std::unique_ptr<MainWindow> m_window;
    AccountTab *m_tab = nullptr;

    AccountNoteEditor *editor() const { return m_tab->noteEditor(); }

    int loggedNotes()
    {
        int count = 0;
        for (const QJsonObject &line : m_sandbox.requestLog())
            count += line.value("operationName").toString() == QLatin1String("CreateAccountNote");
        return count;
    }

    // Rows of the notes list whose text is `text`.
    int listed(const QString &text) const
    {
        const QAbstractItemModel *model =
            m_tab->sectionPane(QStringLiteral("notes"))->loader()->model();
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                count += model->index(row, column).data().toString() == text ? 1 : 0;
        }
        return count;
    }

    void typeAndConfirm(const QString &text, int presses = 1)
    {
        QPlainTextEdit *edit = editor()->textEdit();
        edit->setFocus();
        QTest::keyClicks(edit, text);
        for (int i = 0; i < presses; ++i)
            QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    }

    bool settles() const
    {
        return QTest::qWaitFor(
            [this] {
                const State state = editor()->sender()->state();
                return state != State::Sending && state != State::Checking;
            },
            15000);
    }

    // Answers the next modal question with `button`; returns its text through `asked`.
    void answerNextQuestion(QMessageBox::StandardButton button, QString *asked)
    {
        QTimer::singleShot(0, this, [button, asked] {
            QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 3000);
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *asked = box->text();
                box->button(button)->click();
            }
        });
    }

    void openNotes()
    {
        m_tab = m_window->openAccount(kAccount);
        QVERIFY(QTest::qWaitFor(
            [this] {
                return m_tab->paneState()->state() == kac::ui::PaneStateWidget::State::Content;
            },
            15000));
        m_tab->sections()->setCurrentWidget(m_tab->sectionPane(QStringLiteral("notes")));
        QVERIFY(QTest::qWaitFor(
            [this] {
                return m_tab->sectionPane(QStringLiteral("notes"))->loader()->state() ==
                       kac::models::LoadState::Loaded;
            },
            15000));
        QVERIFY(editor());
        QVERIFY(editor()->isVisible());
    }

    // What the Activity section's view shows in `column` of each row.
    QStringList activityColumn(int column) const
    {
        auto *pane = m_tab->findChild<kac::ui::ActivityPane *>(QStringLiteral("section_activity"));
        QAbstractItemModel *model = pane->view()->model();
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString();
        return texts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-faults"),
                                  QStringLiteral("--look-only-key"), kLookOnlyKey}),
                 qPrintable(m_sandbox.failure()));
        QVERIFY(m_client.signIn(m_sandbox.url()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(
            kac::ui::ConsoleContext{&m_client.transport, &m_client.session, nullptr, &m_errors});
        QVERIFY(kac::test::showActive(m_window.get()));
        openNotes();
    }

    void cleanup()
    {
        QVERIFY(m_sandbox.setFault({}));
        if (m_tab && m_tab->noteEditor())
            m_tab->noteEditor()->textEdit()->clear(); // nothing left to ask about
        m_window.reset();
        m_tab = nullptr;
    }

    void ctrlEnterTwiceAddsOneNoteTheListShowsAtOnce()
    {
        QAbstractItemModelTester tester(
            m_tab->sectionPane(QStringLiteral("notes"))->loader()->model());
        const int before = loggedNotes();
        const QString text = QStringLiteral("Asked for a paper bill from next month");
        typeAndConfirm(text, 2);
        QVERIFY(QTest::qWaitFor([&] { return listed(text) == 1; }, 15000));
        QCOMPARE(editor()->sender()->state(), State::Done);
        QCOMPARE(loggedNotes(), before + 1);
        QVERIFY(editor()->textEdit()->toPlainText().isEmpty());
        QCOMPARE(editor()->statusLabel()->text(), QStringLiteral("Note added."));
    }

    void aFailedSendKeepsTheTextWithARetry()
    {
        QVERIFY(m_sandbox.setFault(QStringLiteral("http-503;op=CreateAccountNote")));
        const QString text = QStringLiteral("Wants a call back after 5pm");
        typeAndConfirm(text);
        QVERIFY(settles());
        QCOMPARE(editor()->sender()->state(), State::Failed);
        QCOMPARE(editor()->textEdit()->toPlainText(), text);
        QVERIFY(editor()->statusLabel()->text().contains(QLatin1String("not added")));
        QVERIFY(editor()->addButton()->text().startsWith(QLatin1String("Retry")));
        QVERIFY(editor()->addButton()->isEnabled());
        QVERIFY(m_sandbox.setFault({}));
        QTest::mouseClick(editor()->addButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return listed(text) == 1; }, 15000));
    }

    void aLostAnswerIsCheckedBeforeAnythingElse()
    {
        QVERIFY(m_sandbox.setFault(QStringLiteral("reset-after-commit;op=CreateAccountNote")));
        QSignalSpy states(editor()->sender(), &AccountNoteSender::stateChanged);
        QStringList shown;
        connect(editor()->sender(), &AccountNoteSender::stateChanged, this,
                [&] { shown << editor()->statusLabel()->text(); });
        const int before = loggedNotes();
        const QString text = QStringLiteral("Meter box key is with the neighbour");
        typeAndConfirm(text);
        QVERIFY(QTest::qWaitFor([&] { return listed(text) == 1; }, 15000));
        QCOMPARE(editor()->sender()->state(), State::Done);
        QVERIFY2(shown.join('\n').contains(QLatin1String("we don't know whether it was saved")),
                 qPrintable(shown.join('\n')));
        QCOMPARE(loggedNotes(), before + 1); // found by the check, never sent twice
    }

    void closingWithUnsentTextAsksFirst()
    {
        QVERIFY(m_sandbox.setFault(QStringLiteral("http-503;op=CreateAccountNote")));
        typeAndConfirm(QStringLiteral("Draft that must not vanish"));
        QVERIFY(settles());
        QVERIFY(m_tab->hasUnsentText());
        QTabWidget *tabs = m_window->accountTabs();
        const int index = tabs->indexOf(m_tab);
        QString asked;
        answerNextQuestion(QMessageBox::Cancel, &asked);
        m_window->closeAccountTab(index);
        QVERIFY(asked.contains(kAccount));
        QCOMPARE(tabs->indexOf(m_tab), index); // kept, with its text
        QCOMPARE(editor()->textEdit()->toPlainText(), QStringLiteral("Draft that must not vanish"));

        asked.clear();
        answerNextQuestion(QMessageBox::Cancel, &asked);
        QVERIFY(!m_window->close()); // the window stays too
        QVERIFY(!asked.isEmpty());
        QVERIFY(m_window->isVisible());

        asked.clear();
        answerNextQuestion(QMessageBox::Discard, &asked);
        m_window->closeAccountTab(index);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(tabs->indexOf(m_tab), -1);
        m_tab = nullptr;
    }

    void theActivitySectionListsEachSendWithItsResult()
    {
        QAbstractItemModelTester tester(m_tab->activity());
        using Log = kac::models::ActivityLog;
        QVERIFY(m_sandbox.setFault(QStringLiteral("http-503;op=CreateAccountNote")));
        const QString text = QStringLiteral("Prefers a call after school pick-up");
        typeAndConfirm(text);
        QVERIFY(settles());
        QVERIFY(m_sandbox.setFault({}));
        QTest::keyClick(editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier); // Retry
        QVERIFY(QTest::qWaitFor([&] { return listed(text) == 1; }, 15000));

        auto *pane = m_tab->findChild<kac::ui::ActivityPane *>(QStringLiteral("section_activity"));
        QVERIFY(pane);
        m_tab->sections()->setCurrentWidget(pane);
        QVERIFY(pane->view()->isVisible());
        QCOMPARE(activityColumn(Log::ActionColumn),
                 QStringList({QStringLiteral("Note added to the account"),
                              QStringLiteral("Note added to the account")}));
        const QStringList results = activityColumn(Log::ResultColumn);
        QVERIFY2(results.at(0).startsWith(QLatin1String("Not done")), qPrintable(results.at(0)));
        QCOMPARE(results.at(1), QStringLiteral("Done"));
        QVERIFY(!activityColumn(Log::TimeColumn).at(1).isEmpty());
        // What the agent typed is not in the log: it names the action only.
        for (int column = 0; column < Log::ColumnCount; ++column)
            QVERIFY(!activityColumn(column).join(' ').contains(text));
    }

    void anAgentKrakenDoesNotLetActSeesWhyAndSendsNothing()
    {
        kac::test::SignedInTransport lookOnly;
        QVERIFY(lookOnly.signIn(m_sandbox.url(), 15000, kLookOnlyKey));
        m_window = std::make_unique<MainWindow>(
            kac::ui::ConsoleContext{&lookOnly.transport, &lookOnly.session, nullptr, &m_errors});
        QVERIFY(kac::test::showActive(m_window.get()));
        openNotes();
        const int before = loggedNotes();
        typeAndConfirm(QStringLiteral("A note this agent may not add"));
        QVERIFY(
            QTest::qWaitFor([&] { return editor()->sender()->state() == State::Refused; }, 15000));
        QCOMPARE(loggedNotes(), before + 1);
        QVERIFY(!editor()->addButton()->isEnabled());
        const QString status = editor()->statusLabel()->text();
        QVERIFY2(status.startsWith(QLatin1String("You cannot add notes here: ")) &&
                     status.contains(m_errors.messageFor(editor()->sender()->error())),
                 qPrintable(status));
        QCOMPARE(editor()->sender()->error().errorCode, QStringLiteral("KT-CT-4177"));
        QCOMPARE(editor()->addButton()->toolTip(), status);
        // Not retried, by itself or by the agent pressing again.
        QTest::keyClick(editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(300);
        QCOMPARE(loggedNotes(), before + 1);
        QCOMPARE(editor()->textEdit()->toPlainText(),
                 QStringLiteral("A note this agent may not add")); // kept, read-only
        QVERIFY(activityColumn(kac::models::ActivityLog::ResultColumn)
                    .constLast()
                    .startsWith(QLatin1String("Refused")));
        editor()->textEdit()->clear();
        m_window.reset(); // before `lookOnly` goes
        m_tab = nullptr;
    }
};

QTEST_MAIN(TestAccountNotesUi)
#include "tst_account_notes_ui.moc"
