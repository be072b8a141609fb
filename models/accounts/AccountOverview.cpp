#include "models/accounts/AccountOverview.h"

#include "models/AgentWords.h"
#include "models/AustralianIdentifiers.h"
#include "models/DisplayTime.h"
#include "models/JsonValues.h"
#include "models/Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace kac::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kac::models::AccountOverview", text);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Kraken keeps life support on the account (hasLifeSupportRecord and the registration
// records) and marks the NMI itself as a sensitive load: either one shows the banner.
AccountFlag lifeSupportFlag(const QJsonObject &account)
{
    const QJsonObject lifeSupport = account.value(QLatin1String("lifeSupport")).toObject();
    const QJsonArray records = lifeSupport.value(QLatin1String("records")).toArray();
    bool registered =
        lifeSupport.value(QLatin1String("hasLifeSupportRecord")).toBool() || !records.isEmpty();
    for (const QJsonValue &property : account.value(QLatin1String("properties")).toArray()) {
        for (const QJsonValue &point :
             property.toObject().value(QLatin1String("meterPoints")).toArray())
            registered =
                registered || point.toObject().value(QLatin1String("sensitiveLoad")).toBool();
    }
    if (!registered)
        return {};
    QStringList equipment;
    for (const QJsonValue &record : records) {
        const QString item = AgentWords::enumText(str(record.toObject(), "lifeSupportEquipment"));
        if (!item.isEmpty() && !equipment.contains(item))
            equipment << item;
    }
    QString detail = equipment.isEmpty() ? tr("Registered life support.")
                                         : equipment.join(QStringLiteral(", ")) + QLatin1Char('.');
    detail += QLatin1Char(' ') + tr("Do not disconnect.");
    return {AccountFlag::Severity::Critical, QStringLiteral("lifeSupport"), tr("Life support"),
            detail};
}

AccountFlag hardshipFlag(const QJsonObject &account)
{
    const QJsonArray agreements =
        account.value(QLatin1String("activeHardshipAgreements")).toArray();
    if (!account.value(QLatin1String("isInHardship")).toBool() && agreements.isEmpty())
        return {};
    QString detail = tr("Customer is in a hardship program.");
    if (!agreements.isEmpty()) {
        const QJsonObject first = agreements.first().toObject();
        const QString type = AgentWords::enumText(str(first, "hardshipType"));
        const QString since = DisplayTime::isoDate(str(first, "startDate"));
        detail = tr("Hardship agreement%1%2.")
                     .arg(type.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(type),
                          since.isEmpty() ? QString() : tr(" since %1").arg(since));
    }
    return {AccountFlag::Severity::Warning, QStringLiteral("hardship"), tr("Hardship"), detail};
}

// A user with special-circumstance records (Kraken's care register) is a vulnerable customer.
AccountFlag vulnerabilityFlag(const QJsonArray &users)
{
    QStringList details;
    for (const QJsonValue &user : users) {
        const QJsonObject circumstances =
            user.toObject().value(QLatin1String("specialCircumstances")).toObject();
        for (const QJsonValue &record : circumstances.value(QLatin1String("records")).toArray()) {
            const QJsonObject r = record.toObject();
            QString text = str(r, "summary").isEmpty()
                               ? AgentWords::enumText(str(r, "internalCode"))
                               : str(r, "summary");
            if (text.isEmpty())
                text = tr("Special circumstances recorded");
            const QString until = DisplayTime::isoDate(str(r, "expiryDate"));
            if (!until.isEmpty())
                text = tr("%1 (until %2)").arg(text, until);
            details << text;
        }
    }
    if (details.isEmpty())
        return {};
    return {AccountFlag::Severity::Warning, QStringLiteral("vulnerability"),
            tr("Vulnerable customer"), details.join(QStringLiteral("; "))};
}

// Kraken gives no MIRN check digit; it is computed (AEMO's algorithm) for the header.
QString mirnChecksum(const QString &mirn)
{
    const int digit = mirn.size() == 10 ? mirnCheckDigit(mirn) : -1;
    return digit < 0 ? QString() : QString::number(digit);
}

QString displayName(const QJsonObject &provider)
{
    return provider.value(QLatin1String("displayName")).toString();
}

} // namespace

bool AccountOverview::hasFlag(const QString &id) const
{
    return std::any_of(flags.cbegin(), flags.cend(),
                       [&](const AccountFlag &f) { return f.id == id; });
}

AccountOverview AccountOverview::fromJson(const QJsonObject &account, const QJsonArray &users)
{
    AccountOverview overview;
    overview.number = str(account, "number");
    overview.status = AgentWords::enumText(str(account, "status"));
    overview.brand = AgentWords::enumText(str(account, "brand"), true);
    overview.accountType = AgentWords::enumText(str(account, "accountType"));
    overview.customerName = str(account, "billingName");
    overview.balanceCents = decodeCents(account.value(QLatin1String("balance")));
    overview.overdueCents = decodeCents(account.value(QLatin1String("overdueBalance")));

    for (const AccountFlag &flag :
         {lifeSupportFlag(account), hardshipFlag(account), vulnerabilityFlag(users)}) {
        if (!flag.id.isEmpty())
            overview.flags << flag;
    }
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        AccountContact contact;
        contact.userId = str(user, "id");
        contact.name =
            QStringList{str(user, "title"), str(user, "givenName"), str(user, "familyName")}
                .join(QLatin1Char(' '))
                .simplified();
        contact.email = str(user, "email");
        contact.mobile = str(user, "mobile");
        contact.landline = str(user, "landline");
        contact.dateOfBirth = str(user, "dateOfBirth");
        contact.deceased = user.value(QLatin1String("isDeceased")).toBool();
        overview.contacts << contact;
        if (contact.deceased)
            overview.flags << AccountFlag{AccountFlag::Severity::Notice, QStringLiteral("deceased"),
                                          tr("Deceased account holder"),
                                          tr("%1 is recorded as deceased.").arg(contact.name)};
    }
    if (overview.customerName.isEmpty() && !overview.contacts.isEmpty())
        overview.customerName = overview.contacts.first().name;

    // Meter points are an interface: an electricity one (MeterPointType) carries its NMI
    // checksum and network (LNSP), a gas one (GasMeterPointType) its distributor. Embedded
    // network and water points have no NMI/MIRN copy button.
    for (const QJsonValue &value : account.value(QLatin1String("properties")).toArray()) {
        const QJsonObject property = value.toObject();
        const QString address = str(property, "address");
        for (const QJsonValue &pointValue :
             property.value(QLatin1String("meterPoints")).toArray()) {
            const QJsonObject point = pointValue.toObject();
            const QString type = str(point, "__typename");
            const QString identifier = str(point, "identifier");
            if (identifier.isEmpty())
                continue;
            if (type == QLatin1String("MeterPointType"))
                overview.supplyPoints << SupplyPoint{
                    QStringLiteral("NMI"), identifier, str(point, "nmiChecksum"),
                    displayName(point.value(QLatin1String("lnsp")).toObject()), address};
            else if (type == QLatin1String("GasMeterPointType"))
                overview.supplyPoints << SupplyPoint{
                    QStringLiteral("MIRN"), identifier, mirnChecksum(identifier),
                    displayName(point.value(QLatin1String("distributor")).toObject()), address};
        }
    }
    return overview;
}

} // namespace kac::models
