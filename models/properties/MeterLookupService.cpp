#include "models/properties/MeterLookupService.h"

#include "api/LatestRequest.h"
#include "api/Operation.h"
#include "api/Transport.h"

#include <QJsonObject>

namespace kac::models {

using api::GraphQLResult;
using api::Operation;

MeterLookupService::MeterLookupService(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_lookupRequest(new api::LatestRequest(transport, this))
    , m_discoveryRequest(new api::LatestRequest(transport, this))
{}

// Destroying the LatestRequests (children) aborts their replies; they never call back.
MeterLookupService::~MeterLookupService() = default;

bool MeterLookupService::isBusy() const
{
    return m_lookupRequest->isBusy() || m_discoveryRequest->isBusy();
}

MeterIdentifiers::Check MeterLookupService::lookup(const QString &typed)
{
    return send(MeterIdentifiers::checkEither(typed));
}

MeterIdentifiers::Check MeterLookupService::lookupNmi(const QString &typed)
{
    return send(MeterIdentifiers::checkNmi(typed));
}

MeterIdentifiers::Check MeterLookupService::lookupMirn(const QString &typed)
{
    return send(MeterIdentifiers::checkMirn(typed));
}

MeterIdentifiers::Check MeterLookupService::send(const MeterIdentifiers::Check &check)
{
    m_lookupRequest->cancel(); // a newer lookup wins; the older reply never arrives
    if (!check.isValid()) {
        emit rejected(check);
        return check;
    }
    if (!m_transport)
        return check;
    const bool gas = check.kind == MeterIdentifiers::Kind::Mirn;
    // Both forms of the argument: String! for the market checks, ID! for property().
    const QJsonObject variables = gas ? QJsonObject{{QStringLiteral("mirn"), check.identifier},
                                                    {QStringLiteral("mirnId"), check.identifier}}
                                      : QJsonObject{{QStringLiteral("nmi"), check.identifier},
                                                    {QStringLiteral("nmiId"), check.identifier}};
    m_lookupRequest->send(
        Operation::load(gas ? QStringLiteral("MirnLookup") : QStringLiteral("NmiLookup")),
        variables, [this, check](const GraphQLResult &result) { onLookup(check, result); },
        m_options);
    emit lookupStarted(check.identifier);
    return check;
}

void MeterLookupService::onLookup(const MeterIdentifiers::Check &check, const GraphQLResult &result)
{
    const bool gas = check.kind == MeterIdentifiers::Kind::Mirn;
    const QJsonObject market =
        result.data.value(QLatin1String(gas ? "mirnCheck" : "nmiCheck")).toObject();
    if (!result.ok() || (market.isEmpty() && !result.fieldErrors.isEmpty())) {
        emit lookupFailed(result.ok() ? result.fieldErrors.first() : result.error);
        return;
    }
    Result found;
    found.kind = check.kind;
    found.identifier = check.identifier;
    found.accountNumber =
        market.value(QLatin1String("account")).toObject().value(QLatin1String("number")).toString();
    found.krakenStatus = market.value(QLatin1String("krakenStatus")).toString();
    found.isOnSupply = market.value(QLatin1String("isOnSupply")).toBool();
    found.isOccupier = market.value(QLatin1String("isOccupier")).toBool();
    found.supplyStartDate = market.value(QLatin1String("supplyStartDate")).toString();
    // The property and meter point only mean something when the market check found a supply:
    // for an unknown identifier Kraken may still return an object with placeholder fields.
    if (found.found()) {
        const QJsonObject property = result.data.value(QLatin1String("property")).toObject();
        found.propertyId = property.value(QLatin1String("id")).toString();
        found.address = property.value(QLatin1String("address")).toString();
        const QJsonObject point = result.data.value(QLatin1String("meterPoint")).toObject();
        found.meterPointStatus = point.value(QLatin1String("supplyStatus")).toString();
        found.checkDigit = point.value(QLatin1String("nmiChecksum")).toString();
    }
    if (found.checkDigit.isEmpty())
        found.checkDigit = QString::number(check.checkDigit);
    emit lookupFinished(found);
}

bool MeterLookupService::discoverNmi(const Address &address)
{
    m_discoveryRequest->cancel();
    const NmiDiscoveryAddress::Input built = address.toInput();
    if (!built.ok()) {
        emit discoveryRejected(built.problem);
        return false;
    }
    if (!m_transport)
        return false;
    const QJsonObject &input = built.input;
    m_discoveryRequest->send(
        Operation::load(QStringLiteral("NmiDiscovery")), {{QStringLiteral("input"), input}},
        [this](const GraphQLResult &result) {
            if (!result.ok()) {
                emit discoveryFailed(result.error);
                return;
            }
            const QJsonObject discovery =
                result.data.value(QLatin1String("nmiDiscovery")).toObject();
            const QString nmi = discovery.value(QLatin1String("nmi")).toString();
            if (!nmi.isEmpty()) {
                emit discoveryFinished(nmi + QString::number(MeterIdentifiers::nmiCheckDigit(nmi)));
                return;
            }
            // NMIDiscoveryTypeErrorUnion: say what each member means to an agent; an unknown one
            // keeps Kraken's message.
            const QJsonObject error = discovery.value(QLatin1String("error")).toObject();
            const QString type = error.value(QLatin1String("__typename")).toString();
            const QString message = error.value(QLatin1String("message")).toString();
            if (type == QLatin1String("MissingHouseAndLotNumberErrorType"))
                emit discoveryNoMatch(tr("Give a house number or a lot number."));
            else if (type == QLatin1String("BothHouseAndLotNumberErrorType"))
                emit discoveryNoMatch(tr("Give a house number or a lot number, not both."));
            else if (type == QLatin1String("AEMOAPIUnavailableErrorType") ||
                     type == QLatin1String("UnableToParseAEMOAPIResponseErrorType"))
                emit discoveryNoMatch(
                    tr("AEMO's NMI discovery service is not answering; try again later."));
            else if (type == QLatin1String("FailureStatusCodeInAEMOResponseErrorType"))
                emit discoveryNoMatch(tr("AEMO found no NMI at that address. Check the house "
                                         "number, street and postcode."));
            else if (!message.isEmpty())
                emit discoveryNoMatch(message);
            else
                emit discoveryNoMatch(tr("No NMI matched that address."));
        },
        m_options);
    return true;
}

} // namespace kac::models
