#include "api/ReadOnlyTokenStore.h"

#include "api/Log.h"

#include <QPointer>
#include <QTimer>

namespace kac::api {

namespace {

TokenStoreResult notOurs()
{
    return {TokenStoreResult::Status::Unavailable,
            QStringLiteral("Another Kraken Agent Console is open with your profile and keeps its "
                           "sign-in in the system keychain, so this sign-in is kept for this "
                           "session only and will not be remembered."),
            QStringLiteral("the profile belongs to another console: the keychain is read only"),
            {}};
}

// Later, never from inside the call (the TokenStore contract), and only while `context` lives.
void answerLater(QObject *context, TokenStore::Callback done)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QTimer::singleShot(0, [guard, guarded, done = std::move(done)] {
        if (!guarded || guard)
            done(notOurs());
    });
}

} // namespace

ReadOnlyTokenStore::ReadOnlyTokenStore(TokenStore *reads)
    : m_reads(reads)
{}

void ReadOnlyTokenStore::store(const QString &key, const QByteArray &, QObject *context,
                               Callback done)
{
    qCInfo(kacKeychain) << "keychain: not storing" << key << "- another console owns the profile";
    answerLater(context, std::move(done));
}

void ReadOnlyTokenStore::load(const QString &key, QObject *context, Callback done)
{
    m_reads->load(key, context, std::move(done));
}

void ReadOnlyTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    qCInfo(kacKeychain) << "keychain: not removing" << key << "- another console owns the profile";
    answerLater(context, std::move(done));
}

} // namespace kac::api
