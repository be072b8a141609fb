#pragma once

#include "models/DecodedValue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kac::models {

// A safety-critical or care flag that the account header shows as a banner.
struct AccountFlag
{
    enum class Severity
    {
        Critical,
        Warning,
        Notice
    };
    Severity severity = Severity::Notice;
    QString id;     // "lifeSupport", "hardship", "vulnerability", "deceased"
    QString title;  // "Life support"
    QString detail; // "Oxygen concentrator. Do not disconnect."
};

// An electricity (NMI) or gas (MIRN) supply point on the account.
struct SupplyPoint
{
    QString kind;       // "NMI" or "MIRN"
    QString identifier; // without check digit
    QString checksum;   // check digit (Kraken's nmiChecksum; computed for a MIRN)
    QString distributor;
    QString address;
};

// An account user's contact details. PII: the UI masks them until revealed.
struct AccountContact
{
    QString userId;
    QString name;
    QString email;
    QString mobile;
    QString landline;
    QString dateOfBirth; // ISO date
    bool deceased = false;
};

// What the account's first screen shows, parsed from the AccountOverview answer.
struct AccountOverview
{
    QString number;
    QString status;
    QString brand;
    QString accountType;
    QString customerName;
    // Unavailable (with the reason) when Kraken's value is not a real amount, never 0.
    Decoded<qint64> balanceCents; // Kraken: negative means the customer owes
    Decoded<qint64> overdueCents;
    QList<AccountFlag> flags; // most severe first
    QList<SupplyPoint> supplyPoints;
    QList<AccountContact> contacts;

    bool hasFlag(const QString &id) const;
    // `account` is data.account of AccountOverview.graphql, `users` its
    // data.getUsersForAccounts (Kraken's AccountType has no users of its own).
    static AccountOverview fromJson(const QJsonObject &account, const QJsonArray &users = {});
};

} // namespace kac::models
