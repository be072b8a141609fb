#include "models/AccountOverview.h"

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

AccountFlag lifeSupportFlag(const QJsonObject &account)
{
    const QJsonObject lifeSupport = account.value(QLatin1String("lifeSupport")).toObject();
    bool registered = lifeSupport.value(QLatin1String("isOnLifeSupport")).toBool() ||
                      lifeSupport.value(QLatin1String("hasLifeSupport")).toBool();
    for (const QJsonValue &property : account.value(QLatin1String("properties")).toArray()) {
        for (const QJsonValue &point :
             property.toObject().value(QLatin1String("electricityMeterPoints")).toArray())
            registered =
                registered || point.toObject().value(QLatin1String("isLifeSupport")).toBool();
    }
    if (!registered)
        return {};
    QStringList equipment;
    for (const QJsonValue &item : lifeSupport.value(QLatin1String("equipment")).toArray())
        equipment << AccountOverview::humanise(item.toString());
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
        const QString type = AccountOverview::humanise(str(first, "hardshipType"));
        const QString since = str(first, "startDate");
        detail = tr("Hardship agreement%1%2.")
                     .arg(type.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(type),
                          since.isEmpty() ? QString() : tr(" since %1").arg(since));
    }
    return {AccountFlag::Severity::Warning, QStringLiteral("hardship"), tr("Hardship"), detail};
}

AccountFlag vulnerabilityFlag(const QJsonArray &users)
{
    bool sensitive = false;
    QStringList details;
    for (const QJsonValue &user : users) {
        for (const QJsonValue &circumstance :
             user.toObject().value(QLatin1String("specialCircumstances")).toArray()) {
            const QJsonObject object = circumstance.toObject();
            sensitive = sensitive || object.value(QLatin1String("isSensitive")).toBool();
            for (const QJsonValue &record : object.value(QLatin1String("records")).toArray()) {
                const QJsonObject r = record.toObject();
                const QString text = str(r, "summary").isEmpty()
                                         ? AccountOverview::humanise(str(r, "type"))
                                         : str(r, "summary");
                if (!text.isEmpty())
                    details << text;
            }
        }
    }
    if (!sensitive && details.isEmpty())
        return {};
    const QString detail = details.isEmpty()
                               ? tr("Special circumstances recorded: take extra care.")
                               : details.join(QStringLiteral("; "));
    return {AccountFlag::Severity::Warning, QStringLiteral("vulnerability"),
            tr("Vulnerable customer"), detail};
}

} // namespace

bool AccountOverview::hasFlag(const QString &id) const
{
    return std::any_of(flags.cbegin(), flags.cend(),
                       [&](const AccountFlag &f) { return f.id == id; });
}

QString AccountOverview::humanise(const QString &enumValue, bool titleCase)
{
    QStringList words = enumValue.toLower().split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if ((i == 0 || titleCase) && !words[i].isEmpty())
            words[i][0] = words[i][0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

AccountOverview AccountOverview::fromJson(const QJsonObject &account)
{
    AccountOverview overview;
    overview.number = str(account, "number");
    overview.status = str(account, "status");
    overview.brand = humanise(str(account, "brand"), true);
    overview.accountType = humanise(str(account, "accountType"));
    overview.customerName = str(account, "billingName");
    overview.balanceCents = centsFromJson(account.value(QLatin1String("balance")));
    overview.overdueCents = centsFromJson(account.value(QLatin1String("overdueBalance")));

    const QJsonArray users = account.value(QLatin1String("users")).toArray();
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

    for (const QJsonValue &value : account.value(QLatin1String("properties")).toArray()) {
        const QJsonObject property = value.toObject();
        const QString address = str(property, "address");
        for (const QJsonValue &point :
             property.value(QLatin1String("electricityMeterPoints")).toArray())
            overview.supplyPoints << SupplyPoint{
                QStringLiteral("NMI"), str(point.toObject(), "nmi"),
                str(point.toObject(), "checksum"), str(point.toObject(), "distributor"), address};
        for (const QJsonValue &point : property.value(QLatin1String("gasMeterPoints")).toArray())
            overview.supplyPoints << SupplyPoint{
                QStringLiteral("MIRN"), str(point.toObject(), "mirn"),
                str(point.toObject(), "checksum"), str(point.toObject(), "distributor"), address};
    }
    return overview;
}

} // namespace kac::models
