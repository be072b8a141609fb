// The one binding from a Loadable to a PaneStateWidget: every state shows the right page, Retry
// on the error page and on the notice calls retry(), rows on screen stay while a reload runs,
// and a state change never takes the focus from where the agent is typing.

#include "models/Loadable.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>
#include <QVBoxLayout>

using namespace kac;
using models::LoadState;
using ui::PaneStateWidget;

namespace {

// The smallest Loadable: whatever the test sets, and how often Retry reached it.
class TinyLoadable : public models::Loadable
{
public:
    LoadState state() const override { return m_state; }
    api::ApiError error() const override { return m_error; }
    api::ApiError partialError() const override { return m_partial; }
    api::ApiError pageError() const override { return m_page; }
    void retry() override { ++retries; }

    void set(LoadState state, const api::ApiError &error = {}, const api::ApiError &partial = {},
             const api::ApiError &page = {})
    {
        m_state = state;
        m_error = error;
        m_partial = partial;
        m_page = page;
        emit changed();
    }

    int retries = 0;

private:
    LoadState m_state = LoadState::Idle;
    api::ApiError m_error;
    api::ApiError m_partial;
    api::ApiError m_page;
};

api::ApiError krakenError(const QString &code)
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Kraken;
    error.errorCode = code;
    error.errorDescription = QStringLiteral("refused");
    return error;
}

} // namespace

class TestPaneStateBinding : public QObject
{
    Q_OBJECT
private slots:
    void everyStateShowsItsPage()
    {
        PaneStateWidget pane;
        pane.setContent(new QWidget);
        TinyLoadable source;
        ui::bindPaneState(&pane, &source, QStringLiteral("Nothing here."),
                          QStringLiteral("Loading things…"));
        QCOMPARE(pane.state(), PaneStateWidget::State::Loading); // Idle: loads when shown

        source.set(LoadState::Loading);
        QCOMPARE(pane.state(), PaneStateWidget::State::Loading);

        source.set(LoadState::Loaded);
        QCOMPARE(pane.state(), PaneStateWidget::State::Content);
        QVERIFY(!pane.hasNotice());

        source.set(LoadState::Loaded, {}, krakenError(QStringLiteral("KT-CT-1113")));
        QCOMPARE(pane.state(), PaneStateWidget::State::Content);
        QVERIFY(pane.hasNotice());
        // The code is in the notice's details; its text is in agent words.
        QVERIFY2(pane.noticeDetails().contains(QStringLiteral("KT-CT-1113")),
                 qPrintable(pane.noticeDetails()));
        QVERIFY2(!pane.noticeText().contains(QStringLiteral("KT-CT-")),
                 qPrintable(pane.noticeText()));

        source.set(LoadState::Loaded, {}, {}, krakenError(QStringLiteral("KT-CT-4177")));
        QCOMPARE(pane.state(), PaneStateWidget::State::Content); // the rows stay
        QVERIFY(pane.hasNotice());
        QVERIFY2(pane.noticeText().startsWith(QStringLiteral("More rows could not be loaded")),
                 qPrintable(pane.noticeText()));
        QVERIFY2(pane.noticeDetails().contains(QStringLiteral("KT-CT-4177")),
                 qPrintable(pane.noticeDetails()));

        source.set(LoadState::Empty);
        QCOMPARE(pane.state(), PaneStateWidget::State::Empty);
        QCOMPARE(pane.emptyText(), QStringLiteral("Nothing here."));

        source.set(LoadState::Failed, krakenError(QStringLiteral("KT-CT-4177")));
        QCOMPARE(pane.state(), PaneStateWidget::State::Error);
        QCOMPARE(pane.errorCode(), QStringLiteral("KT-CT-4177"));
        QVERIFY(pane.retryButton()->isVisibleTo(&pane));

        // Back to the start (a suspended load): the busy page again, not the error.
        source.set(LoadState::Idle);
        QCOMPARE(pane.state(), PaneStateWidget::State::Loading);
    }

    void idleCanSayWhatToDo()
    {
        PaneStateWidget pane;
        pane.setContent(new QWidget);
        TinyLoadable source;
        ui::bindPaneState(&pane, &source, QStringLiteral("Choose one."), {}, false);
        QCOMPARE(pane.state(), PaneStateWidget::State::Empty);
        QCOMPARE(pane.emptyText(), QStringLiteral("Choose one."));
    }

    void retryOnEitherPageCallsRetry()
    {
        PaneStateWidget pane;
        pane.setContent(new QWidget);
        TinyLoadable source;
        ui::bindPaneState(&pane, &source, QStringLiteral("Nothing here."));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        source.set(LoadState::Failed, krakenError(QStringLiteral("KT-CT-4177")));
        QTest::mouseClick(pane.retryButton(), Qt::LeftButton);
        QCOMPARE(source.retries, 1);

        source.set(LoadState::Loaded, {}, {}, krakenError(QStringLiteral("KT-CT-4177")));
        QVERIFY(pane.noticeRetryButton());
        QTest::mouseClick(pane.noticeRetryButton(), Qt::LeftButton);
        QCOMPARE(source.retries, 2);
    }

    void rowsOnScreenStayWhileReloading()
    {
        PaneStateWidget pane;
        pane.setContent(new QWidget);
        TinyLoadable source;
        QStandardItemModel rows;
        ui::bindPagedList(&pane, &source, &rows, QStringLiteral("No rows."));
        QCOMPARE(pane.state(), PaneStateWidget::State::Empty); // nothing asked for yet
        source.set(LoadState::Loading);
        QCOMPARE(pane.state(), PaneStateWidget::State::Loading); // nothing to keep
        rows.appendRow(new QStandardItem(QStringLiteral("a row")));
        source.set(LoadState::Loaded);
        source.set(LoadState::Loading);
        QCOMPARE(pane.state(), PaneStateWidget::State::Content);
    }

    void stateChangesDoNotStealFocus()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *typing = new QLineEdit(&window);
        auto *pane = new PaneStateWidget(&window);
        pane->setContent(new QLineEdit);
        layout->addWidget(typing);
        layout->addWidget(pane);
        TinyLoadable source;
        ui::bindPaneState(pane, &source, QStringLiteral("Nothing here."));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typing->setFocus();
        QTRY_VERIFY(typing->hasFocus());
        const LoadState states[] = {LoadState::Loading, LoadState::Loaded,  LoadState::Empty,
                                    LoadState::Failed,  LoadState::Loading, LoadState::Failed};
        for (LoadState state : states) {
            source.set(state, state == LoadState::Failed ? krakenError(QStringLiteral("KT-CT-4177"))
                                                         : api::ApiError());
            QVERIFY2(typing->hasFocus(), "a state change took the focus from the agent's typing");
        }
    }
};

QTEST_MAIN(TestPaneStateBinding)
#include "tst_pane_state_binding.moc"
