#pragma once

#include "models/actions/ExactlyOnceAction.h"

#include <QDateTime>
#include <QString>

namespace kac::models {

// Adds notes to one account (createAccountNote), exactly once each. Kraken's input has no
// idempotency key, so after a lost answer the check asks AccountNotes whether a note with the
// same text and pin, created since just before it was sent, is there. The text lives in memory
// only (the editor holds the draft); nothing here logs it.
class AccountNoteSender : public ExactlyOnceAction
{
    Q_OBJECT
public:
    AccountNoteSender(api::Transport *transport, const QString &accountNumber,
                      QObject *parent = nullptr);

    // False, and nothing sent, when it cannot send now or the text is blank. `unpinAt` only
    // with `pinned` (invalid: no unpin time).
    bool sendNote(const QString &text, bool pinned, const QDateTime &unpinAt = {});

private:
    QString m_accountNumber;
};

} // namespace kac::models
