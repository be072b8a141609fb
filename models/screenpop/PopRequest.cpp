#include "models/screenpop/PopRequest.h"

#include "models/AustralianIdentifiers.h"
#include "models/PhoneNumbers.h"
#include "models/accounts/SearchTermClassifier.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace kac::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScreenPop", text);
}

PopParse refuse(const QString &why)
{
    return {std::nullopt, why};
}

bool isPrintable(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.isPrint() && c != u'\n' && c != u'\r'; });
}

const QRegularExpression &callIdShape()
{
    // A call's number, or its UUID.
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,20}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-"
                       "9a-fA-F]{12})$"));
    return shape;
}

const QRegularExpression &contactIdShape()
{
    // Opaque, but only the characters telephony ids are made of: never markup or a path.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._:@-]{1,64}$"));
    return shape;
}

// A field's name for an error message: only a name-like one is repeated (a hostile query could
// put a customer's number where a name goes, and the message may reach a log).
QString fieldName(const QString &key)
{
    static const QRegularExpression nameLike(QStringLiteral("^[A-Za-z_-]{1,32}$"));
    return nameLike.match(key).hasMatch() ? key : tr("a field");
}

// One field of the query, checked against its own shape; an error names the field.
QString takeField(PopRequest &pop, const QString &key, const QString &value)
{
    if (key == u"phone") {
        const auto number = parsePhoneNumber(value);
        // Its E.164 form must read back as itself, or the running console (which parses the
        // forwarded URL again) would refuse what this one accepted. Found by the pop fuzzer:
        // "0000000002" passes the mobile-length rule, its E.164 form does not.
        const auto again = number ? parsePhoneNumber(number->e164) : std::nullopt;
        if (!number || !again || again->e164 != number->e164)
            return tr("phone is not a phone number");
        pop.phone = number->e164;
    } else if (key == u"account") {
        const SearchPlan plan = SearchTermClassifier::classify(value);
        if (plan.kind != SearchPlan::Kind::AccountNumber)
            return tr("account is not an account number");
        pop.accountNumber = plan.term;
    } else if (key == u"nmi" || key == u"mirn") {
        const QString compact = compactIdentifier(value).toUpper();
        const bool valid = key == u"nmi" ? isValidNmi(compact) : isValidMirn(compact);
        if (!valid)
            return key == u"nmi" ? tr("nmi is not a valid NMI") : tr("mirn is not a valid MIRN");
        if (!pop.meterPoint.isEmpty())
            return tr("only one of nmi and mirn may be given");
        pop.meterPoint = compact;
        pop.meterIsMirn = key == u"mirn";
    } else if (key == u"call") {
        if (!callIdShape().match(value).hasMatch())
            return tr("call is not a call id");
        pop.callId = value.toLower();
    } else if (key == u"contact") {
        if (!contactIdShape().match(value).hasMatch())
            return tr("contact may hold only letters, digits and . _ : @ -");
        pop.contactId = value;
    } else if (key == u"ringing") {
        if (value != u"1" && value != u"0" && value != u"true" && value != u"false")
            return tr("ringing must be 1, 0, true or false");
        pop.ringing = value == u"1" || value == u"true";
    } else {
        return tr("%1 is not a screen-pop field").arg(fieldName(key));
    }
    return {};
}

} // namespace

QString PopRequest::searchTerm() const
{
    if (!accountNumber.isEmpty())
        return accountNumber;
    if (!meterPoint.isEmpty())
        return meterPoint;
    return phone;
}

QString PopRequest::dedupeKey() const
{
    return callId.isEmpty() ? searchTerm() : QStringLiteral("call:") + callId;
}

QUrl PopRequest::toUrl() const
{
    QUrlQuery query;
    const auto add = [&query](const char *key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(QString::fromLatin1(key),
                               QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("phone", phone);
    add("account", accountNumber);
    add(meterIsMirn ? "mirn" : "nmi", meterPoint);
    add("call", callId);
    add("contact", contactId);
    if (ringing)
        query.addQueryItem(QStringLiteral("ringing"), QStringLiteral("1"));
    QUrl url;
    url.setScheme(QString::fromLatin1(ScreenPop::kScheme));
    url.setHost(QStringLiteral("pop"));
    url.setQuery(query);
    return url;
}

namespace ScreenPop {

PopParse parseQuery(const QUrlQuery &query)
{
    PopRequest pop;
    QSet<QString> seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return refuse(tr("%1 is given twice").arg(fieldName(key)));
        seen.insert(key);
        if (value.size() > kMaxValueLength || !isPrintable(value))
            return refuse(
                tr("%1 is too long or holds control characters").arg(key.left(kMaxValueLength)));
        if (const QString error = takeField(pop, key, value); !error.isEmpty())
            return refuse(error);
    }
    if (pop.searchTerm().isEmpty() && pop.callId.isEmpty())
        return refuse(tr("a pop needs a phone, account, nmi, mirn or call"));
    return {pop, {}};
}

PopParse parseUrl(const QString &text)
{
    if (text.size() > kMaxUrlLength)
        return refuse(tr("the pop URL is longer than %1 characters").arg(kMaxUrlLength));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String(kScheme))
        return refuse(tr("not a %1: URL").arg(QLatin1String(kScheme)));
    if (url.host() != u"pop" || !url.userInfo().isEmpty() || url.port() != -1 ||
        (!url.path().isEmpty() && url.path() != u"/") || url.hasFragment())
        return refuse(tr("a pop URL is %1://pop?… and nothing else").arg(QLatin1String(kScheme)));
    return parseQuery(QUrlQuery(url));
}

} // namespace ScreenPop

} // namespace kac::models
