#include "models/properties/PropertyTreeBuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace kac::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PropertyTreeBuilder", text);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
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

QString period(const QString &from, const QString &to)
{
    const QString start = PropertyTreeBuilder::shortDate(from);
    const QString end = PropertyTreeBuilder::shortDate(to);
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

QString PropertyTreeBuilder::shortDate(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    if (iso.size() > 10) {
        // A date-time: show the day it is in Australian market time, not in UTC.
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (at.isValid())
            date = at.toOffsetFromUtc(10 * 3600).date();
    }
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
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
        auto row = node(PropertyNode::Kind::Occupancy, tr("Occupancy"),
                        period(str(o, "effectiveFrom"), str(o, "effectiveTo")),
                        o.value(QLatin1String("isOccupier")).toBool() ? tr("Occupier")
                                                                      : tr("Not occupier"));
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
    const bool gas = str(m, "__typename") == QLatin1String("GasMeterPointType")
                     || str(m, "supplyType") == QLatin1String("GAS");
    QString identifier = str(m, gas ? "mirn" : "nmi");
    if (identifier.isEmpty())
        identifier = str(m, "identifier");
    const QString checksum = str(m, "checksum");
    QString title = gas ? tr("Gas · MIRN %1").arg(identifier) : tr("Electricity · NMI %1").arg(identifier);
    if (!checksum.isEmpty())
        title += QStringLiteral(" (%1)").arg(checksum);

    QStringList facts;
    facts << (str(m, "supplyType").isEmpty() ? (gas ? QStringLiteral("GAS") : QStringLiteral("ELECTRICITY"))
                                              : str(m, "supplyType"));
    if (!str(m, "distributor").isEmpty())
        facts << str(m, "distributor");
    const bool lifeSupport = m.value(QLatin1String("isLifeSupport")).toBool();
    if (lifeSupport)
        facts.prepend(tr("LIFE SUPPORT"));

    auto point = node(PropertyNode::Kind::MeterPoint, title, facts.join(QStringLiteral(" · ")),
                      str(m, "status"));
    point->id = str(m, "id");
    point->marketIdentifier = identifier;
    point->fuel = gas ? QStringLiteral("GAS") : QStringLiteral("ELECTRICITY");
    point->flagged = lifeSupport;

    const QJsonObject supply = m.value(QLatin1String("supplyDetails")).toObject();
    if (!supply.isEmpty()) {
        const bool on = supply.value(QLatin1String("isOnSupply")).toBool();
        QStringList parts;
        const QString since = shortDate(str(supply, "supplyStartDate"));
        if (!since.isEmpty())
            parts << tr("supply start %1").arg(since);
        if (!str(supply, "distributor").isEmpty())
            parts << str(supply, "distributor");
        auto row = node(PropertyNode::Kind::SupplyDetails, tr("Supply"), parts.join(QStringLiteral(" · ")),
                        on ? tr("On supply") : tr("Off supply"));
        row->marketIdentifier = identifier;
        row->fuel = point->fuel;
        point->addChild(std::move(row));
    }

    for (const QJsonValue &value : m.value(QLatin1String("agreements")).toArray()) {
        const QJsonObject a = value.toObject();
        const QJsonObject product = a.value(QLatin1String("product")).toObject();
        QString name = str(product, "displayName");
        if (!str(product, "code").isEmpty())
            name = name.isEmpty() ? str(product, "code") : QStringLiteral("%1 (%2)").arg(name, str(product, "code"));
        auto row = node(PropertyNode::Kind::Agreement, tr("Agreement: %1").arg(name),
                        period(str(a, "validFrom"), str(a, "validTo")),
                        a.value(QLatin1String("isActive")).toBool() ? tr("Active") : tr("Inactive"));
        row->id = str(a, "id");
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

std::unique_ptr<PropertyNode> PropertyTreeBuilder::meter(const QJsonObject &m, const PropertyNode &point)
{
    const QString serial = str(m, "serialNumber");
    QStringList facts;
    for (const char *key : {"meterType", "readingFrequency"}) {
        if (!str(m, key).isEmpty())
            facts << str(m, key);
    }
    if (m.value(QLatin1String("isSmart")).toBool())
        facts << tr("smart");
    auto row = node(PropertyNode::Kind::Meter, tr("Meter %1").arg(serial), facts.join(QStringLiteral(" · ")),
                    str(m, "status"));
    row->id = str(m, "id");
    row->meterId = row->id;
    row->meterSerial = serial;
    row->readingFrequency = str(m, "readingFrequency");
    row->marketIdentifier = point.marketIdentifier;
    row->fuel = str(m, "fuelType").isEmpty() ? point.fuel : str(m, "fuelType");

    for (const QJsonValue &value : m.value(QLatin1String("registers")).toArray()) {
        const QJsonObject r = value.toObject();
        QStringList facts;
        if (!str(r, "unit").isEmpty())
            facts << str(r, "unit");
        if (r.value(QLatin1String("isExport")).toBool())
            facts << tr("export");
        auto reg = node(PropertyNode::Kind::Register,
                        tr("Register %1 %2").arg(str(r, "identifier"), str(r, "description")).trimmed(),
                        facts.join(QStringLiteral(" · ")));
        reg->id = str(r, "id");
        reg->flagged = r.value(QLatin1String("isExport")).toBool();
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
