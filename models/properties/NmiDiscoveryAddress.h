#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <utility>

namespace kac::models {

// An address as an agent reads it out, and the NMIDiscoveryAddressInput Kraken's nmiDiscovery
// takes for it: house (with suffix) or lot number, street name and StreetType, suburb
// (suburbLocality), StateChoices (stateTerritory), postcode, JurisdictionChoices
// (jurisdictionCode) and the flat or unit. Checked here first, so an address AEMO could never
// match costs no request. Pure functions, no I/O.
struct NmiDiscoveryAddress
{
    QString unit;        // "4", or "Shop 4" / "Apt 4B": a leading word names the flat/unit type
    QString houseNumber; // "26", or "26A" (a trailing letter is the house number's suffix)
    QString lotNumber;   // instead of a house number, for lots without one
    QString street;      // "Sylvan Road" or "Sylvan Rd": a known street type is split off
    QString suburb;
    QString state;    // "QLD" or "QUEENSLAND"
    QString postcode; // four digits

    struct Input
    {
        QJsonObject input; // NMIDiscoveryAddressInput (when problem is empty)
        QString problem;   // agent-facing reason nothing can be sent
        bool ok() const { return problem.isEmpty(); }
    };
    Input toInput() const;

    // "Sylvan Road" -> {"Sylvan", "ROAD"}, "Sylvan Rd" too; "Sylvan" -> {"Sylvan", ""}. The
    // type is only split off when it is one of the street types this console knows (a
    // subset of Kraken's StreetType, common in Australian addresses, with their abbreviations).
    static std::pair<QString, QString> splitStreet(const QString &street);
    // "QLD", "Queensland" or "QUEENSLAND" -> "QUEENSLAND" (StateChoices); "" when unknown.
    static QString stateChoice(const QString &state);
    // Every StreetType / FlatOrUnitType value this console can send (tests check them against
    // the reference schema's enums).
    static QStringList streetTypes();
    static QStringList flatUnitTypes();
};

} // namespace kac::models
