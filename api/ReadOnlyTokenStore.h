#pragma once

#include "api/TokenStore.h"

namespace kac::api {

// A TokenStore that reads through to another and never changes it: the view of the keychain a
// console gets when another console owns the profile (issue 14.7). That console's remembered
// sign-in is read (so the second one can resume too), but the second one's sign-in, renewal,
// "Remember me" unticked or sign-out must not overwrite or delete it: store() and remove()
// leave the keychain alone and answer Unavailable, which the Session reports as "kept for this
// session only" (store) or ignores (remove). Answers come later on the event loop, as the
// TokenStore contract requires.
class ReadOnlyTokenStore : public TokenStore
{
public:
    explicit ReadOnlyTokenStore(TokenStore *reads); // not owned; must outlive this store

    void store(const QString &key, const QByteArray &secret, QObject *context,
               Callback done) override;
    void load(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    TokenStore *m_reads;
};

} // namespace kac::api
