#include "models/actions/AccountNoteSender.h"

#include "api/GraphQLRequest.h"
#include "api/ResponseDecoder.h"
#include "api/SingleFlightMutation.h"
#include "api/Transport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kac::models {

namespace {

// Kraken's clock and ours may differ a little; a note created this long before we sent is
// someone else's (the same words typed earlier), not ours.
constexpr qint64 kClockSkewSeconds = 300;

} // namespace

AccountNoteSender::AccountNoteSender(api::Transport *transport, const QString &accountNumber,
                                     QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_accountNumber(accountNumber)
    , m_mutation(
          new api::SingleFlightMutation(transport, QStringLiteral("CreateAccountNote"), this))
{
    connect(m_mutation, &api::SingleFlightMutation::finished, this, &AccountNoteSender::onSent);
}

AccountNoteSender::~AccountNoteSender() = default;

bool AccountNoteSender::canSend() const
{
    return m_state == State::Idle || m_state == State::Saved || m_state == State::Failed ||
           m_state == State::NotSaved;
}

int AccountNoteSender::sentCount() const
{
    return m_mutation->sentCount();
}

bool AccountNoteSender::isPermissionRefusal(const api::ApiError &error)
{
    if (error.kind != api::ApiError::Kind::Kraken)
        return false;
    static const QStringList codes{QStringLiteral("KT-CT-4177"), QStringLiteral("KT-CT-4123"),
                                   QStringLiteral("KT-CT-1113")};
    if (codes.contains(error.errorCode))
        return true;
    return error.errorType == QLatin1String("AUTHORIZATION") &&
           !api::ResponseDecoder::refusesAccessToken(error);
}

bool AccountNoteSender::send(const QString &text, bool pinned, const QDateTime &unpinAt)
{
    if (!canSend() || text.trimmed().isEmpty())
        return false;
    QJsonObject input{{QStringLiteral("accountNumber"), m_accountNumber},
                      {QStringLiteral("note"), text},
                      {QStringLiteral("isPinned"), pinned}};
    if (pinned && unpinAt.isValid())
        input.insert(QStringLiteral("unpinAt"), unpinAt.toUTC().toString(Qt::ISODate));
    if (!m_mutation->send({{QStringLiteral("input"), input}}))
        return false;
    m_sentText = text;
    m_sentPinned = pinned;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_error = {};
    setState(State::Sending);
    return true;
}

void AccountNoteSender::onSent(const api::GraphQLResult &result)
{
    if (result.ok()) {
        m_error = {};
        setState(State::Saved);
        emit saved();
        return;
    }
    m_error = result.error;
    if (m_error.kind == api::ApiError::Kind::OutcomeUnknown) {
        check();
        return;
    }
    setState(isPermissionRefusal(m_error) ? State::Refused : State::Failed);
}

void AccountNoteSender::checkAgain()
{
    if (m_state == State::Unknown)
        check();
}

void AccountNoteSender::check()
{
    setState(State::Checking);
    delete m_check;
    m_check = m_transport->send(api::Operation::load(QStringLiteral("AccountNotes")),
                                {{QStringLiteral("accountNumber"), m_accountNumber}}, {}, this);
    connect(m_check, &api::GraphQLRequest::finished, this, &AccountNoteSender::onChecked);
}

void AccountNoteSender::onChecked(const api::GraphQLResult &result)
{
    if (m_check)
        m_check->deleteLater();
    if (!result.ok()) {
        // Still unknown; the lost answer stays the error the agent reads.
        setState(State::Unknown);
        return;
    }
    const QJsonArray notes = result.data.value(QLatin1String("account"))
                                 .toObject()
                                 .value(QLatin1String("notes"))
                                 .toArray();
    const QDateTime earliest = m_sentAt.addSecs(-kClockSkewSeconds);
    for (const QJsonValue &value : notes) {
        const QJsonObject note = value.toObject();
        const QDateTime created =
            QDateTime::fromString(note.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
        if (note.value(QLatin1String("body")).toString() == m_sentText &&
            note.value(QLatin1String("isPinned")).toBool() == m_sentPinned && created.isValid() &&
            created >= earliest) {
            m_error = {};
            setState(State::Saved);
            emit saved();
            return;
        }
    }
    setState(State::NotSaved);
}

void AccountNoteSender::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace kac::models
