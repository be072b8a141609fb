#include "models/properties/NmiDiscoveryAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace kac::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NmiDiscoveryAddress", text);
}

// Street types as Australian addresses write them (AS 4590 / Australia Post abbreviations),
// each with the StreetType value Kraken takes. Anything else stays part of the street name.
const QHash<QString, QString> &streetTypeTable()
{
    static const QHash<QString, QString> table = [] {
        const QList<QStringList> rows{
            {"ALLEY", "ALLY"},       {"APPROACH", "APP"},   {"ARCADE", "ARC"},
            {"AVENUE", "AVE", "AV"}, {"BEND", "BEND"},      {"BOULEVARD", "BVD", "BLVD"},
            {"BROADWAY", "BDWY"},    {"BYPASS", "BYPA"},    {"CAUSEWAY", "CSWY"},
            {"CHASE", "CH"},         {"CIRCLE", "CIR"},     {"CIRCUIT", "CCT"},
            {"CLOSE", "CL"},         {"CONCOURSE", "CON"},  {"CORNER", "CNR"},
            {"COURT", "CT"},         {"COVE", "COVE"},      {"CRESCENT", "CRES", "CR"},
            {"CREST", "CRST"},       {"CROSSING", "CRSG"},  {"DRIVE", "DR", "DRV"},
            {"ENTRANCE", "ENT"},     {"ESPLANADE", "ESP"},  {"FREEWAY", "FWY"},
            {"GARDENS", "GDNS"},     {"GATE", "GTE"},       {"GLADE", "GLDE"},
            {"GLEN", "GLEN"},        {"GRANGE", "GRA"},     {"GREEN", "GRN"},
            {"GROVE", "GR"},         {"HEIGHTS", "HTS"},    {"HIGHWAY", "HWY"},
            {"HILL", "HILL"},        {"JUNCTION", "JNC"},   {"LANE", "LANE", "LA", "LN"},
            {"LINK", "LINK"},        {"LOOP", "LOOP"},      {"MALL", "MALL"},
            {"MEWS", "MEWS"},        {"MOTORWAY", "MWY"},   {"OUTLOOK", "OTLK"},
            {"PARADE", "PDE"},       {"PARKWAY", "PKWY"},   {"PASS", "PASS"},
            {"PATH", "PATH"},        {"PLACE", "PL"},       {"PLAZA", "PLZA"},
            {"POINT", "PNT"},        {"PROMENADE", "PROM"}, {"QUAY", "QY"},
            {"RESERVE", "RES"},      {"RETREAT", "RTT"},    {"RIDGE", "RDGE"},
            {"RISE", "RISE"},        {"ROAD", "RD"},        {"ROW", "ROW"},
            {"SQUARE", "SQ"},        {"STREET", "ST"},      {"STRIP", "STRP"},
            {"TERRACE", "TCE"},      {"TRACK", "TRK"},      {"TRAIL", "TRL"},
            {"VALE", "VALE"},        {"VIEW", "VIEW"},      {"VISTA", "VSTA"},
            {"WALK", "WALK"},        {"WAY", "WAY", "WY"},  {"WHARF", "WHRF"},
        };
        QHash<QString, QString> t;
        for (const QStringList &row : rows) {
            for (const QString &spelling : row)
                t.insert(spelling, row.first());
        }
        return t;
    }();
    return table;
}

// Flat or unit types an agent may say before the number, with the FlatOrUnitType value.
const QHash<QString, QString> &flatTypeTable()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("UNIT"), QStringLiteral("UNIT")},
        {QStringLiteral("U"), QStringLiteral("UNIT")},
        {QStringLiteral("FLAT"), QStringLiteral("FLAT")},
        {QStringLiteral("APARTMENT"), QStringLiteral("APARTMENT")},
        {QStringLiteral("APT"), QStringLiteral("APARTMENT")},
        {QStringLiteral("SHOP"), QStringLiteral("SHOP")},
        {QStringLiteral("SUITE"), QStringLiteral("SUITE")},
        {QStringLiteral("VILLA"), QStringLiteral("VILLA")},
        {QStringLiteral("TOWNHOUSE"), QStringLiteral("TOWNHOUSE")},
        {QStringLiteral("OFFICE"), QStringLiteral("OFFICE")},
        {QStringLiteral("STUDIO"), QStringLiteral("STUDIO")},
        {QStringLiteral("DUPLEX"), QStringLiteral("DUPLEX")},
    };
    return table;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

std::pair<QString, QString> NmiDiscoveryAddress::splitStreet(const QString &street)
{
    QString name = simplified(street);
    const int space = name.lastIndexOf(QLatin1Char(' '));
    if (space <= 0)
        return {name, {}};
    QString last = name.mid(space + 1).toUpper();
    last.remove(QLatin1Char('.'));
    const auto it = streetTypeTable().constFind(last);
    if (it == streetTypeTable().constEnd())
        return {name, {}};
    return {name.left(space), *it};
}

QString NmiDiscoveryAddress::stateChoice(const QString &state)
{
    static const QHash<QString, QString> states{
        {QStringLiteral("ACT"), QStringLiteral("AUSTRALIAN_CAPITAL_TERRITORY")},
        {QStringLiteral("NSW"), QStringLiteral("NEW_SOUTH_WALES")},
        {QStringLiteral("NT"), QStringLiteral("NORTHERN_TERRITORY")},
        {QStringLiteral("QLD"), QStringLiteral("QUEENSLAND")},
        {QStringLiteral("SA"), QStringLiteral("SOUTH_AUSTRALIA")},
        {QStringLiteral("TAS"), QStringLiteral("TASMANIA")},
        {QStringLiteral("VIC"), QStringLiteral("VICTORIA")},
        {QStringLiteral("WA"), QStringLiteral("WESTERN_AUSTRALIA")},
    };
    const QString key = simplified(state).toUpper().replace(QLatin1Char(' '), QLatin1Char('_'));
    if (states.contains(key))
        return states.value(key);
    for (const QString &choice : states) {
        if (choice == key)
            return choice;
    }
    return {};
}

QStringList NmiDiscoveryAddress::streetTypes()
{
    QStringList values = streetTypeTable().values();
    values.removeDuplicates();
    values.sort();
    return values;
}

QStringList NmiDiscoveryAddress::flatUnitTypes()
{
    QStringList values = flatTypeTable().values();
    values.removeDuplicates();
    values.sort();
    return values;
}

NmiDiscoveryAddress::Input NmiDiscoveryAddress::toInput() const
{
    Input result;
    QJsonObject &input = result.input;
    const QString house = simplified(houseNumber).toUpper();
    const QString lot = simplified(lotNumber);
    if (!house.isEmpty() && !lot.isEmpty()) {
        result.problem = tr("Give a house number or a lot number, not both.");
        return result;
    }
    if (house.isEmpty() && lot.isEmpty()) {
        result.problem = tr("Give a house number (or a lot number).");
        return result;
    }
    if (!house.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^(\\d{1,5})\\s*([A-Z]?)$"));
        const auto match = shape.match(house);
        if (!match.hasMatch()) {
            result.problem =
                tr("The house number is digits, with at most one letter after them (26A).");
            return result;
        }
        input.insert(QStringLiteral("houseNumber"), match.captured(1));
        if (!match.captured(2).isEmpty())
            input.insert(QStringLiteral("houseNumberSuffix"), match.captured(2));
    } else {
        input.insert(QStringLiteral("lotNumber"), lot);
    }

    const auto [streetName, streetType] = splitStreet(street);
    if (streetName.isEmpty()) {
        result.problem = tr("Give the street name.");
        return result;
    }
    input.insert(QStringLiteral("streetName"), streetName);
    if (!streetType.isEmpty())
        input.insert(QStringLiteral("streetType"), streetType);

    const QString stateValue = stateChoice(state);
    if (stateValue.isEmpty()) {
        result.problem = tr("Choose the state.");
        return result;
    }
    input.insert(QStringLiteral("stateTerritory"), stateValue);
    // The jurisdiction is the state's own; AEMO's special ones (Wagga Wagga-Tamworth,
    // isolated systems) are not offered here.
    input.insert(QStringLiteral("jurisdictionCode"), stateValue);

    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    const QString code = simplified(postcode);
    if (!fourDigits.match(code).hasMatch()) {
        result.problem = tr("The postcode is four digits.");
        return result;
    }
    input.insert(QStringLiteral("postcode"), code);

    if (!simplified(suburb).isEmpty())
        input.insert(QStringLiteral("suburbLocality"), simplified(suburb));

    const QString flat = simplified(unit);
    if (!flat.isEmpty()) {
        QString type = QStringLiteral("UNIT");
        QString number = flat;
        const int space = flat.indexOf(QLatin1Char(' '));
        if (space > 0) {
            const QString word = flat.left(space).toUpper().remove(QLatin1Char('.'));
            if (flatTypeTable().contains(word)) {
                type = flatTypeTable().value(word);
                number = flat.mid(space + 1);
            }
        }
        input.insert(QStringLiteral("flatUnitType"), type);
        input.insert(QStringLiteral("flatUnitNumber"), number.toUpper());
    }
    return result;
}

} // namespace kac::models
