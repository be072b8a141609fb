#pragma once

#include <QJsonObject>
#include <QString>

namespace kac::models {

// One item of a voice campaign (Kraken's VoiceCampaignItemType), as the items table and the
// CSV export both read it. Kraken keeps no attempts or outcome on an item: its status and call
// window are what there is, plus the metadata uploaded with it.
struct CampaignItem
{
    QString id;
    QString accountId; // AccountType.id, not the account number
    // The account number, when the item's metadata names one (`accountNumber`), as the
    // campaign's upload gives it; what "open the account" needs.
    QString accountNumber;
    QString phoneNumber;
    QString status;          // CampaignItemStatus: UNASSIGNED, ASSIGNED, IN_PROGRESS, COMPLETE ...
    QString callWindowStart; // ISO 8601, empty when Kraken has none
    QString callWindowEnd;
    QString metadata; // the JSON exactly as received (what the export writes)
    QString details;  // the metadata for reading: "key: value; ..." without the account number

    // From a CampaignItems.graphql node.
    static CampaignItem fromNode(const QJsonObject &node);
    // Not called yet (counts against progress): unassigned, selected for calling or assigned.
    bool isPending() const;
};

} // namespace kac::models
