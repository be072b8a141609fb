#pragma once

#include <QJsonObject>
#include <QString>

namespace kac::models {

// One item of a voice campaign, as the items table and the CSV export both read it.
struct CampaignItem
{
    QString id;
    QString customer; // the account's billing name
    QString accountNumber;
    QString phoneNumber;
    QString status;  // PENDING, COMPLETED, NO_ANSWER ...
    QString outcome; // PROMISE_TO_PAY ... ; empty while there is none
    int attempts = 0;
    QString lastAttemptedAt; // ISO 8601, empty when never attempted

    // From a CampaignItems.graphql node.
    static CampaignItem fromNode(const QJsonObject &node);
    // Still waiting for its first call (counts against progress).
    bool isPending() const { return status == QLatin1String("PENDING"); }
};

} // namespace kac::models
