#include "api/KeychainTokenStore.h"

#include "api/LockedKeyring.h"
#include "api/Log.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace kac::api {

namespace {

using Status = TokenStoreResult::Status;

TokenStoreResult unavailable(const QString &detail)
{
    return {Status::Unavailable,
            QStringLiteral("The system keychain is unavailable or locked, so this sign-in is "
                           "kept for this session only and will not be remembered."),
            detail,
            {}};
}

// The agent cancelled (dismissed) the keychain's unlock prompt, or it is locked and denies us.
TokenStoreResult locked(bool storing, const QString &detail)
{
    return {Status::Locked,
            storing ? QStringLiteral("The keychain stayed locked (unlock cancelled), so this "
                                     "sign-in is kept for this session only and will not be "
                                     "remembered.")
                    : QStringLiteral("The keychain is locked; sign in to continue."),
            detail,
            {}};
}

TokenStoreResult failed(const QString &message, const QString &detail)
{
    return {Status::Failed, message, detail, {}};
}

QString failureMessage(bool storing)
{
    return storing ? QStringLiteral("The sign-in could not be saved in the system keychain.")
                   : QStringLiteral("The system keychain could not be read or updated.");
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QUrl &endpoint)
    : m_serviceName(serviceNameFor(endpoint))
{}

QString KeychainTokenStore::serviceNameFor(const QUrl &endpoint)
{
    const int defaultPort = endpoint.scheme() == QLatin1String("http") ? 80 : 443;
    const QString host = endpoint.host(QUrl::FullyEncoded).toLower();
    return QStringLiteral("Kraken Agent Console (%1:%2)").arg(host).arg(endpoint.port(defaultPort));
}

void KeychainTokenStore::setEndpoint(const QUrl &endpoint)
{
    m_serviceName = serviceNameFor(endpoint);
}

void KeychainTokenStore::store(const QString &key, const QByteArray &secret, QObject *context,
                               Callback done)
{
    if (secret.size() > MaxSecretBytes) {
        const TokenStoreResult result =
            failed(QStringLiteral("The sign-in is too large to save in the system keychain."),
                   QStringLiteral("secret of %1 bytes exceeds the %2-byte keychain limit")
                       .arg(secret.size())
                       .arg(MaxSecretBytes));
        qCWarning(kacKeychain) << "keychain: refusing to store" << key << "-" << result.detail;
        // Answer later, as every other path does, so callers never see a re-entrant callback.
        QPointer<QObject> guard(context);
        const bool guarded = context != nullptr;
        QTimer::singleShot(0, [guard, guarded, done, result] {
            if (!guarded || guard)
                done(result);
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, Operation::Store, context, std::move(done));
}

void KeychainTokenStore::load(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    run(job, Operation::Load, context, std::move(done));
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    run(job, Operation::Remove, context, std::move(done));
}

void KeychainTokenStore::run(QKeychain::Job *job, Operation operation, QObject *context,
                             Callback done)
{
    // Plain text in QSettings is not a keychain; QtKeychain defaults to off, and we say so.
    job->setInsecureFallback(false);
    // The job deletes itself (deleteLater) after finished; nobody else ever deletes it.
    job->setAutoDelete(true);

    // Exactly one answer: either the job's, or the timeout's, whichever comes first.
    auto answered = std::make_shared<bool>(false);
    auto timedOut = std::make_shared<bool>(false);
    const QString service = job->service();
    const QString writeId = service + QLatin1Char('\n') + job->key();
    const quint64 write = operation == Operation::Store ? ++(*m_writes)[writeId] : 0;
    const std::shared_ptr<QHash<QString, quint64>> writes = m_writes;
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    auto answer = [answered, guard, guarded, done](const TokenStoreResult &result) {
        if (*answered)
            return;
        *answered = true;
        if (!guarded || guard)
            done(result);
    };

    const QString key = job->key();
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [operation, key, answer, timedOut, service, writeId, write,
         writes](QKeychain::Job *finished) {
            if (*timedOut && operation == Operation::Store &&
                finished->error() == QKeychain::NoError && writes->value(writeId) == write) {
                // Stored after we said it would not be: take it back.
                qCWarning(kacKeychain)
                    << "keychain: a timed-out write of" << key << "landed late; removing it";
                auto *undo = new QKeychain::DeletePasswordJob(service);
                undo->setKey(key);
                undo->setInsecureFallback(false);
                undo->setAutoDelete(true);
                undo->start();
            }
            TokenStoreResult result;
            switch (finished->error()) {
            case QKeychain::NoError:
                if (operation == Operation::Load)
                    result.secret =
                        static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                break;
            case QKeychain::EntryNotFound:
                // Not an error: nothing remembered yet, or already removed. But a read whose
                // unlock prompt was dismissed reads the same; the Secret Service tells.
                if (operation == Operation::Load) {
                    askWhetherKeyringLocked(service, key, nullptr, [answer](bool isLocked) {
                        answer(isLocked ? locked(false, QStringLiteral("a locked entry matches"))
                                        : TokenStoreResult{Status::NotFound, {}, {}, {}});
                    });
                    return;
                }
                break;
            // libsecret's IsLocked, e.g. a write after the agent dismissed the unlock prompt.
            case QKeychain::AccessDenied:
            case QKeychain::AccessDeniedByUser:
                result = locked(operation == Operation::Store, finished->errorString());
                break;
            case QKeychain::NoBackendAvailable:
            // QtKeychain 0.13 reports a missing, unreachable or locked Secret Service as
            // OtherError.
            case QKeychain::OtherError:
                result = unavailable(finished->errorString());
                break;
            case QKeychain::CouldNotDeleteEntry:
            case QKeychain::NotImplemented:
                result =
                    failed(failureMessage(operation == Operation::Store), finished->errorString());
                break;
            }
            if (!result.ok() && result.status != Status::NotFound)
                qCInfo(kacKeychain)
                    << "keychain:" << key << "error" << finished->error() << result.detail;
            answer(result);
        });

    // The timer lives on the job, so it goes away with the job once the job has finished.
    QTimer::singleShot(m_timeoutMs, job, [answer, answered, timedOut, key] {
        if (*answered)
            return;
        *timedOut = true;
        qCWarning(kacKeychain) << "keychain: no answer for" << key
                               << "- treating it as unavailable";
        answer(unavailable(QStringLiteral("the keychain did not answer in time")));
    });

    job->start();
}

} // namespace kac::api
