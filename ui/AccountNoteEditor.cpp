#include "ui/AccountNoteEditor.h"

#include "api/ErrorCatalog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kac::ui {

using State = models::AccountNoteSender::State;

AccountNoteEditor::AccountNoteEditor(api::Transport *transport, const QString &accountNumber,
                                     const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_sender(new models::AccountNoteSender(transport, accountNumber, this))
    , m_errors(errors)
    , m_text(new QPlainTextEdit(this))
    , m_pin(new QCheckBox(tr("Pin to the account"), this))
    , m_unpin(new QCheckBox(tr("Unpin at"), this))
    , m_unpinAt(new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this))
    , m_add(new QPushButton(tr("Add note (Ctrl+Enter)"), this))
    , m_checkAgain(new QPushButton(tr("Check again"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountNoteEditor"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("New note"));
    m_text->setPlaceholderText(tr("Write a note on this account; Ctrl+Enter adds it."));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_pin->setObjectName(QStringLiteral("notePinned"));
    m_unpin->setObjectName(QStringLiteral("noteUnpin"));
    m_unpinAt->setObjectName(QStringLiteral("noteUnpinAt"));
    m_unpinAt->setAccessibleName(tr("Unpin the note at"));
    m_unpinAt->setCalendarPopup(true);
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_checkAgain->setObjectName(QStringLiteral("checkNoteAgainButton"));
    m_checkAgain->hide();
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *options = new QHBoxLayout;
    options->addWidget(m_pin);
    options->addWidget(m_unpin);
    options->addWidget(m_unpinAt);
    options->addStretch(1);
    options->addWidget(m_checkAgain);
    options->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_text);
    layout->addLayout(options);
    layout->addWidget(m_status);

    // Ctrl+Enter on either Enter key, from anywhere in the editor.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setAutoRepeat(false); // a held key is one note
        connect(shortcut, &QShortcut::activated, this, &AccountNoteEditor::submit);
    }
    connect(m_add, &QPushButton::clicked, this, &AccountNoteEditor::submit);
    connect(m_checkAgain, &QPushButton::clicked, m_sender, &models::AccountNoteSender::checkAgain);
    connect(m_pin, &QCheckBox::toggled, this, &AccountNoteEditor::updateControls);
    connect(m_unpin, &QCheckBox::toggled, this, &AccountNoteEditor::updateControls);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AccountNoteEditor::updateControls);
    connect(m_sender, &models::AccountNoteSender::stateChanged, this,
            &AccountNoteEditor::onStateChanged);
    updateControls();
}

bool AccountNoteEditor::hasUnsentText() const
{
    return !m_text->toPlainText().trimmed().isEmpty();
}

void AccountNoteEditor::submit()
{
    const bool pinned = m_pin->isChecked();
    const QDateTime unpinAt = pinned && m_unpin->isChecked() ? m_unpinAt->dateTime() : QDateTime();
    m_sender->send(m_text->toPlainText(), pinned, unpinAt);
}

void AccountNoteEditor::onStateChanged(State state)
{
    const QString reason = m_errors ? m_errors->messageFor(m_sender->error()) : QString();
    switch (state) {
    case State::Idle:
        m_status->clear();
        break;
    case State::Sending:
        m_status->setText(tr("Adding the note…"));
        break;
    case State::Saved:
        m_text->clear(); // on the account now: nothing left to lose
        m_status->setText(tr("Note added."));
        emit noteSaved();
        break;
    case State::Failed:
        m_status->setText(
            tr("The note was not added: %1 Your text is kept; press Retry.").arg(reason));
        break;
    case State::Checking:
        m_status->setText(tr("The connection was lost before Kraken answered: we don't know "
                             "whether it was saved. Checking the account's notes…"));
        break;
    case State::Unknown:
        m_status->setText(tr("We don't know whether it was saved, and the check failed too. "
                             "Press Check again before sending it a second time."));
        break;
    case State::NotSaved:
        m_status->setText(tr("Checked: the note is not on the account. Your text is kept; you "
                             "can send it again."));
        break;
    case State::Refused:
        m_status->setText(tr("You cannot add notes here: %1").arg(reason));
        break;
    }
    updateControls();
}

void AccountNoteEditor::updateControls()
{
    const State state = m_sender->state();
    const bool refused = state == State::Refused;
    m_text->setReadOnly(refused);
    m_pin->setEnabled(!refused);
    m_unpin->setEnabled(!refused && m_pin->isChecked());
    m_unpinAt->setEnabled(!refused && m_pin->isChecked() && m_unpin->isChecked());
    m_add->setEnabled(!refused && m_sender->canSend() && hasUnsentText());
    m_add->setText(state == State::Failed     ? tr("Retry (Ctrl+Enter)")
                   : state == State::NotSaved ? tr("Send again (Ctrl+Enter)")
                                              : tr("Add note (Ctrl+Enter)"));
    if (refused)
        m_add->setToolTip(m_status->text());
    m_checkAgain->setVisible(state == State::Unknown);
}

} // namespace kac::ui
