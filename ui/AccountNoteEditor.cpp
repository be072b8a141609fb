#include "ui/AccountNoteEditor.h"

#include "ui/ActionFeedback.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kac::ui {

using State = models::ExactlyOnceAction::State;

AccountNoteEditor::AccountNoteEditor(api::Transport *transport, const QString &accountNumber,
                                     const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_sender(new models::AccountNoteSender(transport, accountNumber, this))
    , m_text(new QPlainTextEdit(this))
    , m_pin(new QCheckBox(tr("Pin to the account"), this))
    , m_unpin(new QCheckBox(tr("Unpin at"), this))
    , m_unpinAt(new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this))
    , m_add(new QPushButton(this))
    , m_feedback(new ActionFeedback(m_sender,
                                    {tr("Adding the note…"), tr("Note added."),
                                     tr("The note was not added"), tr("whether it was saved"),
                                     tr("Checking the account's notes…"),
                                     tr("Checked: the note is not on the account."),
                                     tr("You cannot add notes here"), tr("Add note")},
                                    errors, this))
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
    m_feedback->checkAgainButton()->setObjectName(QStringLiteral("checkNoteAgainButton"));
    m_feedback->statusLabel()->setObjectName(QStringLiteral("noteStatus"));

    auto *options = new QHBoxLayout;
    options->addWidget(m_pin);
    options->addWidget(m_unpin);
    options->addWidget(m_unpinAt);
    options->addStretch(1);
    options->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_text);
    layout->addLayout(options);
    layout->addWidget(m_feedback);

    ActionFeedback::addSendShortcut(this, [this] { submit(); });
    connect(m_add, &QPushButton::clicked, this, &AccountNoteEditor::submit);
    connect(m_pin, &QCheckBox::toggled, this, &AccountNoteEditor::updateControls);
    connect(m_unpin, &QCheckBox::toggled, this, &AccountNoteEditor::updateControls);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AccountNoteEditor::updateControls);
    connect(m_sender, &models::ExactlyOnceAction::stateChanged, this,
            &AccountNoteEditor::onStateChanged);
    updateControls();
}

QLabel *AccountNoteEditor::statusLabel() const
{
    return m_feedback->statusLabel();
}

bool AccountNoteEditor::hasUnsentText() const
{
    return !m_text->toPlainText().trimmed().isEmpty();
}

void AccountNoteEditor::submit()
{
    const bool pinned = m_pin->isChecked();
    const QDateTime unpinAt = pinned && m_unpin->isChecked() ? m_unpinAt->dateTime() : QDateTime();
    m_sender->sendNote(m_text->toPlainText(), pinned, unpinAt);
}

void AccountNoteEditor::onStateChanged(State state)
{
    if (state == State::Done) {
        m_text->clear(); // on the account now: nothing left to lose
        emit noteSaved();
    }
    updateControls();
}

void AccountNoteEditor::updateControls()
{
    const bool refused = m_sender->state() == State::Refused;
    m_text->setReadOnly(refused);
    m_pin->setEnabled(!refused);
    m_unpin->setEnabled(!refused && m_pin->isChecked());
    m_unpinAt->setEnabled(!refused && m_pin->isChecked() && m_unpin->isChecked());
    m_add->setEnabled(!refused && m_sender->canSend() && hasUnsentText());
    m_add->setText(m_feedback->sendButtonText());
    if (refused)
        m_add->setToolTip(statusLabel()->text());
}

} // namespace kac::ui
