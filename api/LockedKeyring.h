#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace kac::api {

// Whether the Secret Service holds a *locked* entry for a QtKeychain key. QtKeychain 0.13
// (libsecret backend) answers a read whose unlock prompt the agent dismissed with
// EntryNotFound, exactly like "nothing remembered"; only the Secret Service itself can tell
// the two apart (SearchItems lists matching items as unlocked and locked). Linux only; the
// answer elsewhere, or when the service cannot be asked, is false.
//
// `done` runs once, later on the event loop, unless `context` is gone by then.
void askWhetherKeyringLocked(const QString &service, const QString &key, QObject *context,
                             std::function<void(bool locked)> done);

} // namespace kac::api
