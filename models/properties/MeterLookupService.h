#pragma once

#include "api/ApiError.h"
#include "api/LatestRequest.h" // also declares api::Transport
#include "api/RequestOptions.h"
#include "models/properties/MeterIdentifiers.h"
#include "models/properties/NmiDiscoveryAddress.h"

#include <QObject>
#include <QPointer>

namespace kac::models {

// Finds who supplies an NMI or MIRN (NmiLookup / MirnLookup: nmiCheck or mirnCheck with its
// account, the meter point and the property), and an NMI from an address (NmiDiscovery, with
// Kraken's NMIDiscoveryAddressInput). Identifiers and addresses are checked locally first: a
// typo is rejected without a request. A newer lookup drops the older reply.
class MeterLookupService : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        MeterIdentifiers::Kind kind = MeterIdentifiers::Kind::Nmi;
        QString identifier;    // the 10-character NMI / MIRN that was looked up
        QString accountNumber; // empty when nobody we know supplies it
        QString krakenStatus;  // KrakenStatus: ON_SUPPLY / GAINING / LOSING / LOST / OFF_SUPPLY
        bool isOnSupply = false;
        bool isOccupier = false;
        QString supplyStartDate;
        QString propertyId;
        QString address;
        QString meterPointStatus; // the NMI's supplyStatus (NmiLookup only)
        QString checkDigit;       // NMI: Kraken's nmiChecksum; MIRN: computed here
        bool found() const { return !accountNumber.isEmpty(); }
    };

    using Address = NmiDiscoveryAddress;

    explicit MeterLookupService(api::Transport *transport, QObject *parent = nullptr);
    ~MeterLookupService() override;

    void setRequestOptions(const api::RequestOptions &options) { m_options = options; }

    // Checks `typed` (NMI or MIRN, guessed from its shape) and, when it passes, looks it up.
    // Returns the local check; on a rejection `rejected` is emitted and nothing is sent.
    MeterIdentifiers::Check lookup(const QString &typed);
    MeterIdentifiers::Check lookupNmi(const QString &typed);
    MeterIdentifiers::Check lookupMirn(const QString &typed);

    // Sends NmiDiscovery for `address` when it can be matched at all; otherwise emits
    // discoveryRejected with the reason and sends nothing. Returns whether it was sent.
    bool discoverNmi(const Address &address);

    bool isBusy() const;

signals:
    void rejected(const kac::models::MeterIdentifiers::Check &check);
    void lookupStarted(const QString &identifier);
    void lookupFinished(const kac::models::MeterLookupService::Result &result);
    void lookupFailed(const kac::api::ApiError &error);

    void discoveryFinished(const QString &nmi); // with its check digit appended
    void discoveryNoMatch(const QString &reason);
    void discoveryRejected(const QString &reason); // the address is incomplete: nothing sent
    void discoveryFailed(const kac::api::ApiError &error);

private:
    MeterIdentifiers::Check send(const MeterIdentifiers::Check &check);
    void onLookup(const MeterIdentifiers::Check &check, const api::GraphQLResult &result);

    QPointer<api::Transport> m_transport;
    api::RequestOptions m_options;
    api::LatestRequest *m_lookupRequest;
    api::LatestRequest *m_discoveryRequest;
};

} // namespace kac::models

Q_DECLARE_METATYPE(kac::models::MeterLookupService::Result)
Q_DECLARE_METATYPE(kac::models::MeterIdentifiers::Check)
