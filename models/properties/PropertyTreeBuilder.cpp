#include "models/properties/PropertyTreeBuilder.h"

#include "models/AgentWords.h"
#include "models/DisplayTime.h"
#include "models/JsonValues.h"
#include "models/properties/MeterIdentifiers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace kac::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PropertyTreeBuilder", text);
}

// An id Kraken sends as an Int or as text. A number that is not an exact whole number (1e30,
// 1.5) is no id: empty, rather than the "0" or rounded digits that would name another record.
QString idText(const QJsonValue &id)
{
    if (!id.isDouble())
        return id.toString();
    const Decoded<qint64> number = decodeInteger(id);
    return number.isAvailable() ? QString::number(number.value()) : QString();
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// A Date or DateTime field as text for shortDate(): a wrong JSON type (a number, an object) is
// kept as its JSON text, so it shows as unavailable rather than as a date Kraken did not send.
QString dateText(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString() || value.isNull() || value.isUndefined())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

std::unique_ptr<PropertyNode> node(PropertyNode::Kind kind, const QString &title,
                                   const QString &detail = {}, const QString &status = {})
{
    auto n = std::make_unique<PropertyNode>();
    n->kind = kind;
    n->title = title;
    n->detail = detail;
    n->status = status;
    return n;
}

// TURNED_ON -> "Turned on"
QString lowerWords(const QString &constant)
{
    return AgentWords::enumText(constant);
}

// `reasons` gains why a date of the period shows as "Unavailable".
QString period(const QString &from, const QString &to, QStringList *reasons)
{
    const QString start = PropertyTreeBuilder::shortDate(from, reasons);
    const QString end = PropertyTreeBuilder::shortDate(to, reasons);
    if (end.isEmpty())
        return start.isEmpty() ? QString() : tr("from %1").arg(start);
    return tr("%1 to %2").arg(start.isEmpty() ? tr("?") : start, end);
}

} // namespace

QString PropertyTreeBuilder::stateAbbreviation(const QString &krakenState)
{
    static const QHash<QString, QString> states{
        {QStringLiteral("AUSTRALIAN_CAPITAL_TERRITORY"), QStringLiteral("ACT")},
        {QStringLiteral("NEW_SOUTH_WALES"), QStringLiteral("NSW")},
        {QStringLiteral("NORTHERN_TERRITORY"), QStringLiteral("NT")},
        {QStringLiteral("QUEENSLAND"), QStringLiteral("QLD")},
        {QStringLiteral("SOUTH_AUSTRALIA"), QStringLiteral("SA")},
        {QStringLiteral("TASMANIA"), QStringLiteral("TAS")},
        {QStringLiteral("VICTORIA"), QStringLiteral("VIC")},
        {QStringLiteral("WESTERN_AUSTRALIA"), QStringLiteral("WA")},
    };
    return states.value(krakenState, krakenState);
}

QString PropertyTreeBuilder::readFrequencyText(const QString &frequency)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("A_1"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Monthly")},
        {QStringLiteral("A_2"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Bi-monthly")},
        {QStringLiteral("A_3"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Quarterly")},
        {QStringLiteral("D"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Daily or weekly")},
        {QStringLiteral("DAILY"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Daily")},
        {QStringLiteral("MONTHLY"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Monthly")},
        {QStringLiteral("BI_MONTHLY"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Bi-monthly")},
        {QStringLiteral("QUARTERLY"), QT_TRANSLATE_NOOP("PropertyTreeBuilder", "Quarterly")},
    };
    const auto it = texts.constFind(frequency);
    return it == texts.constEnd() ? frequency : tr(*it);
}

QString PropertyTreeBuilder::unitText(const QString &unitOfMeasure)
{
    // Kraken spells units in capitals; bills write the SI prefixes and VAr in their own case.
    static const QHash<QString, QString> units{
        {QStringLiteral("MWH"), QStringLiteral("MWh")},
        {QStringLiteral("KWH"), QStringLiteral("kWh")},
        {QStringLiteral("WH"), QStringLiteral("Wh")},
        {QStringLiteral("MVARH"), QStringLiteral("MVArh")},
        {QStringLiteral("KVARH"), QStringLiteral("kVArh")},
        {QStringLiteral("VARH"), QStringLiteral("VArh")},
        {QStringLiteral("MVAR"), QStringLiteral("MVAr")},
        {QStringLiteral("KVAR"), QStringLiteral("kVAr")},
        {QStringLiteral("VAR"), QStringLiteral("VAr")},
        {QStringLiteral("KW"), QStringLiteral("kW")},
        {QStringLiteral("MVAH"), QStringLiteral("MVAh")},
        {QStringLiteral("KVAH"), QStringLiteral("kVAh")},
        {QStringLiteral("VAH"), QStringLiteral("VAh")},
        {QStringLiteral("KVA"), QStringLiteral("kVA")},
        {QStringLiteral("KV"), QStringLiteral("kV")},
        {QStringLiteral("KA"), QStringLiteral("kA")},
    };
    return units.value(unitOfMeasure, unitOfMeasure);
}

QString PropertyTreeBuilder::shortDate(const QString &iso, QStringList *reasons)
{
    if (iso.isEmpty())
        return {};
    QString reason;
    if (iso.size() == 10) {
        const Decoded<QDate> date = decodeDate(iso);
        if (date.isAvailable())
            return DisplayTime::date(date.value());
        reason = date.reason();
    } else {
        // A date-time: the day it is in Australia, not in UTC.
        const Decoded<QDateTime> at = decodeDateTime(iso);
        if (at.isAvailable())
            return DisplayTime::date(at.value().toTimeZone(DisplayTime::agentZone()).date());
        reason = at.reason();
    }
    if (reasons)
        *reasons << reason;
    return unavailableText();
}

std::vector<std::unique_ptr<PropertyNode>> PropertyTreeBuilder::build(const QJsonArray &properties)
{
    std::vector<std::unique_ptr<PropertyNode>> rows;
    for (const QJsonValue &value : properties) {
        if (value.isObject())
            rows.push_back(property(value.toObject()));
    }
    return rows;
}

std::unique_ptr<PropertyNode> PropertyTreeBuilder::property(const QJsonObject &p)
{
    const QString state = stateAbbreviation(str(p, "state"));
    QString address = str(p, "address");
    if (address.isEmpty())
        address = tr("(no address)");
    QStringList where;
    if (!state.isEmpty())
        where << state;
    if (!str(p, "postcode").isEmpty())
        where << str(p, "postcode");
    if (!str(p, "label").isEmpty())
        where << str(p, "label");
    auto root = node(PropertyNode::Kind::Property, address, where.join(QStringLiteral(" · ")));
    root->id = str(p, "id");

    for (const QJsonValue &value : p.value(QLatin1String("occupancyPeriods")).toArray()) {
        const QJsonObject o = value.toObject();
        QStringList reasons;
        auto row = node(PropertyNode::Kind::Occupancy, tr("Occupancy"),
                        period(dateText(o, "effectiveFrom"), dateText(o, "effectiveTo"), &reasons),
                        o.value(QLatin1String("isOccupier")).toBool() ? tr("Occupier")
                                                                      : tr("Not occupier"));
        row->unavailableReason = reasons.join(QLatin1Char('\n'));
        row->accountNumber = str(o, "accountNumber");
        if (!row->accountNumber.isEmpty())
            row->detail += QStringLiteral(" · ") + row->accountNumber;
        root->addChild(std::move(row));
    }

    const QJsonObject network = p.value(QLatin1String("embeddedNetwork")).toObject();
    if (!network.isEmpty()) {
        auto row = node(PropertyNode::Kind::EmbeddedNetwork, tr("Embedded network"),
                        QStringLiteral("%1 (%2)").arg(str(network, "name"), str(network, "id")));
        row->id = str(network, "id");
        root->addChild(std::move(row));
    }

    for (const QJsonValue &value : p.value(QLatin1String("meterPoints")).toArray()) {
        if (value.isObject())
            root->addChild(meterPoint(value.toObject()));
    }
    return root;
}

std::unique_ptr<PropertyNode> PropertyTreeBuilder::meterPoint(const QJsonObject &m)
{
    const bool gas = str(m, "__typename") == QLatin1String("GasMeterPointType") ||
                     str(m, "supplyType") == QLatin1String("GAS");
    const QString identifier = str(m, "identifier");
    // Kraken gives the NMI's checksum; a MIRN's check digit is computed (Kraken has none).
    QString checksum = str(m, "nmiChecksum");
    if (gas && identifier.size() == 10)
        checksum = QString::number(MeterIdentifiers::mirnCheckDigit(identifier));
    QString title =
        gas ? tr("Gas · MIRN %1").arg(identifier) : tr("Electricity · NMI %1").arg(identifier);
    if (!checksum.isEmpty())
        title += QStringLiteral(" (%1)").arg(checksum);

    // The distributor: the electricity network (LNSP) or the gas distributor.
    const QString distributor =
        str(m.value(QLatin1String(gas ? "distributor" : "lnsp")).toObject(), "displayName");
    QStringList facts;
    facts << (str(m, "supplyType").isEmpty()
                  ? lowerWords(gas ? QStringLiteral("GAS") : QStringLiteral("ELECTRICITY"))
                  : lowerWords(str(m, "supplyType")));
    if (!distributor.isEmpty())
        facts << distributor;
    const bool sensitiveLoad = m.value(QLatin1String("sensitiveLoad")).toBool();
    if (sensitiveLoad)
        facts.prepend(tr("SENSITIVE LOAD"));

    auto point = node(PropertyNode::Kind::MeterPoint, title, facts.join(QStringLiteral(" · ")),
                      lowerWords(str(m, "supplyStatus")));
    point->id = idText(m.value(QLatin1String("id")));
    point->marketIdentifier = identifier;
    point->fuel = gas ? QStringLiteral("GAS") : QStringLiteral("ELECTRICITY");
    point->flagged = sensitiveLoad;

    const QJsonValue onSupply = m.value(QLatin1String("isOnSupply"));
    if (onSupply.isBool() || !dateText(m, "supplyStartDate").isEmpty()) {
        QStringList parts;
        QStringList reasons;
        const QString since = shortDate(dateText(m, "supplyStartDate"), &reasons);
        if (!since.isEmpty())
            parts << tr("supply start %1").arg(since);
        if (!distributor.isEmpty())
            parts << distributor;
        auto row =
            node(PropertyNode::Kind::SupplyDetails, tr("Supply"), parts.join(QStringLiteral(" · ")),
                 onSupply.isBool() ? (onSupply.toBool() ? tr("On supply") : tr("Off supply"))
                                   : QString());
        row->marketIdentifier = identifier;
        row->fuel = point->fuel;
        row->unavailableReason = reasons.join(QLatin1Char('\n'));
        point->addChild(std::move(row));
    }

    for (const QJsonValue &value : m.value(QLatin1String("agreements")).toArray()) {
        const QJsonObject a = value.toObject();
        const QJsonObject product = a.value(QLatin1String("product")).toObject();
        QString name = str(product, "displayName");
        if (!str(product, "code").isEmpty())
            name = name.isEmpty() ? str(product, "code")
                                  : QStringLiteral("%1 (%2)").arg(name, str(product, "code"));
        // AusAgreementInterface.isActive is a String ("true" / "false").
        const QJsonValue active = a.value(QLatin1String("isActive"));
        const bool isActive = active.isBool() ? active.toBool()
                                              : active.toString().compare(QLatin1String("true"),
                                                                          Qt::CaseInsensitive) == 0;
        QStringList reasons;
        auto row = node(PropertyNode::Kind::Agreement, tr("Agreement: %1").arg(name),
                        period(dateText(a, "validFrom"), dateText(a, "validTo"), &reasons),
                        isActive ? tr("Active") : tr("Inactive"));
        row->unavailableReason = reasons.join(QLatin1Char('\n'));
        row->id = idText(a.value(QLatin1String("id")));
        row->marketIdentifier = identifier;
        row->fuel = point->fuel;
        point->addChild(std::move(row));
    }

    for (const QJsonValue &value : m.value(QLatin1String("meters")).toArray()) {
        if (value.isObject())
            point->addChild(meter(value.toObject(), *point));
    }
    return point;
}

std::unique_ptr<PropertyNode> PropertyTreeBuilder::meter(const QJsonObject &m,
                                                         const PropertyNode &point)
{
    const QString serial = str(m, "serialNumber");
    const bool gas = str(m, "__typename") == QLatin1String("GasMeterType") ||
                     (str(m, "__typename").isEmpty() && point.fuel == QLatin1String("GAS"));
    QStringList facts;
    QString status;
    QString frequency;
    if (gas) {
        const QString type = str(m, "gasMeterType");
        if (!type.isEmpty())
            facts << (type == QLatin1String("HOT_WATER") ? tr("hot water") : tr("gas"));
        frequency = str(m, "meterReadFrequency");
        status = lowerWords(str(m, "gasMeterStatus")); // TURNED_ON -> Turned on
    } else {
        if (!str(m, "installationType").isEmpty())
            facts << lowerWords(str(m, "installationType")); // BASIC, COMMS4, MRIM, ...
        if (m.value(QLatin1String("isSmart")).toBool())
            facts << tr("smart");
        const QString method = str(m, "readTypeMethod");
        if (method == QLatin1String("R"))
            facts << tr("remotely read");
        else if (method == QLatin1String("M"))
            facts << tr("manually read");
        frequency = str(m, "readTypeFrequency");
        const QString code = str(m, "status");
        status = code == QLatin1String("C")   ? tr("Current")
                 : code == QLatin1String("R") ? tr("Removed")
                                              : code;
    }
    if (!frequency.isEmpty())
        facts << readFrequencyText(frequency).toLower();
    auto row = node(PropertyNode::Kind::Meter, tr("Meter %1").arg(serial),
                    facts.join(QStringLiteral(" · ")), status);
    row->id = str(m, "id");
    row->meterId = row->id;
    row->meterSerial = serial;
    row->readingFrequency = frequency;
    row->marketIdentifier = point.marketIdentifier;
    row->fuel = str(m, "fuelType").isEmpty() ? point.fuel : str(m, "fuelType");

    for (const QJsonValue &value : m.value(QLatin1String("registers")).toArray()) {
        const QJsonObject r = value.toObject();
        const bool isExport = r.value(QLatin1String("isExportRegister")).toBool();
        QStringList facts;
        const QString unit = unitText(str(r, "unitOfMeasure"));
        if (!unit.isEmpty())
            facts << unit;
        if (!str(r, "timeOfDay").isEmpty())
            facts << str(r, "timeOfDay");
        if (isExport)
            facts << tr("export");
        const QString controlled = str(r, "controlledLoad");
        if (!controlled.isEmpty() &&
            controlled.compare(QLatin1String("No"), Qt::CaseInsensitive) != 0)
            facts << tr("controlled load: %1").arg(controlled);
        const QJsonValue active = r.value(QLatin1String("isActive"));
        auto reg =
            node(PropertyNode::Kind::Register, tr("Register %1").arg(str(r, "identifier")),
                 facts.join(QStringLiteral(" · ")),
                 active.isBool() ? (active.toBool() ? tr("Active") : tr("Inactive")) : QString());
        reg->id = str(r, "id");
        reg->flagged = isExport;
        reg->unit = unit;
        reg->meterId = row->meterId;
        reg->meterSerial = serial;
        reg->readingFrequency = row->readingFrequency;
        reg->marketIdentifier = row->marketIdentifier;
        reg->fuel = row->fuel;
        row->addChild(std::move(reg));
    }
    return row;
}

} // namespace kac::models
