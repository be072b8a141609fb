#include "ui/ActionFeedback.h"

#include "api/ErrorCatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace kac::ui {

using State = models::ExactlyOnceAction::State;

ActionFeedback::ActionFeedback(models::ExactlyOnceAction *action, ActionWords words,
                               const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_action(action)
    , m_words(std::move(words))
    , m_errors(errors)
    , m_status(new QLabel(this))
    , m_checkAgain(new QPushButton(tr("Check again"), this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_checkAgain->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_checkAgain, 0, Qt::AlignTop);
    connect(m_checkAgain, &QPushButton::clicked, m_action, &models::ExactlyOnceAction::checkAgain);
    // Connected before any editor's own slot, so the editor sees the words already updated.
    connect(m_action, &models::ExactlyOnceAction::stateChanged, this, &ActionFeedback::show);
}

QString ActionFeedback::sendButtonText() const
{
    switch (m_action->state()) {
    case State::Failed:
        return tr("Retry (Ctrl+Enter)");
    case State::NotDone:
        return tr("Send again (Ctrl+Enter)");
    default:
        return tr("%1 (Ctrl+Enter)").arg(m_words.send);
    }
}

void ActionFeedback::addSendShortcut(QWidget *editor, const std::function<void()> &send)
{
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, editor);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setAutoRepeat(false); // a held key is one send
        connect(shortcut, &QShortcut::activated, editor, send);
    }
}

void ActionFeedback::show(State state)
{
    const QString reason = m_errors ? m_errors->messageFor(m_action->error()) : QString();
    switch (state) {
    case State::Idle:
        m_status->clear();
        break;
    case State::Sending:
        m_status->setText(m_words.sending);
        break;
    case State::Done:
        m_status->setText(m_words.done);
        break;
    case State::Failed:
        m_status->setText(
            tr("%1: %2 Your text is kept; press Retry.").arg(m_words.notDone, reason));
        break;
    case State::Checking:
        m_status->setText(tr("The connection was lost before Kraken answered: we don't know "
                             "%1. %2")
                              .arg(m_words.question, m_words.checking));
        break;
    case State::Unknown:
        m_status->setText(tr("We don't know %1, and the check failed too. Press Check again "
                             "before sending it a second time.")
                              .arg(m_words.question));
        break;
    case State::NotDone:
        m_status->setText(tr("%1 Your text is kept; you can send it again.").arg(m_words.notThere));
        break;
    case State::Refused:
        m_status->setText(tr("%1: %2").arg(m_words.refused, reason));
        break;
    }
    m_checkAgain->setVisible(state == State::Unknown);
}

} // namespace kac::ui
