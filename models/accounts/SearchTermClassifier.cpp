#include "models/accounts/SearchTermClassifier.h"

#include "models/AustralianIdentifiers.h"
#include "models/PhoneNumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kac::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kac::models::SearchTermClassifier", text);
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

// Street types as Australia Post abbreviates and spells them: a word like these makes a
// letters-only entry an address ("Sylvan Road") rather than a name.
bool hasStreetWord(const QString &text)
{
    static const QSet<QString> words = {
        QStringLiteral("road"),      QStringLiteral("rd"),        QStringLiteral("street"),
        QStringLiteral("st"),        QStringLiteral("avenue"),    QStringLiteral("ave"),
        QStringLiteral("terrace"),   QStringLiteral("tce"),       QStringLiteral("drive"),
        QStringLiteral("dr"),        QStringLiteral("court"),     QStringLiteral("ct"),
        QStringLiteral("place"),     QStringLiteral("pl"),        QStringLiteral("lane"),
        QStringLiteral("crescent"),  QStringLiteral("cres"),      QStringLiteral("parade"),
        QStringLiteral("pde"),       QStringLiteral("highway"),   QStringLiteral("hwy"),
        QStringLiteral("boulevard"), QStringLiteral("close"),     QStringLiteral("circuit"),
        QStringLiteral("grove"),     QStringLiteral("esplanade"), QStringLiteral("way"),
    };
    const QStringList tokens =
        text.toLower().split(QRegularExpression(QStringLiteral("[\\s,.]+")), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (words.contains(token))
            return true;
    }
    return false;
}

} // namespace

QString SearchPlan::description() const
{
    if (!isSearchable())
        return hint;
    // Agent words only ("phone number"): which Kraken query and field answer is for the debug
    // log, and the term is what the agent typed (a phone number or email is PII: not repeated).
    return SearchTermClassifier::kindWords(kind);
}

QString SearchTermClassifier::kindLabel(SearchPlan::Kind kind)
{
    switch (kind) {
    case SearchPlan::Kind::Empty:
        return tr("Nothing");
    case SearchPlan::Kind::Incomplete:
        return tr("Incomplete");
    case SearchPlan::Kind::Invalid:
        return tr("Invalid");
    case SearchPlan::Kind::AccountNumber:
        return tr("Account number");
    case SearchPlan::Kind::PortfolioNumber:
        return tr("Portfolio number");
    case SearchPlan::Kind::Email:
        return tr("Email");
    case SearchPlan::Kind::Phone:
        return tr("Phone number");
    case SearchPlan::Kind::Postcode:
        return tr("Postcode");
    case SearchPlan::Kind::Nmi:
        return tr("NMI");
    case SearchPlan::Kind::Mirn:
        return tr("MIRN");
    case SearchPlan::Kind::MeterSerial:
        return tr("Meter serial");
    case SearchPlan::Kind::Name:
        return tr("Name");
    case SearchPlan::Kind::Address:
        return tr("Address");
    }
    return {};
}

QString SearchTermClassifier::kindWords(SearchPlan::Kind kind)
{
    QString label = kindLabel(kind);
    if (label.size() > 1 && label.at(1).isLower()) // "phone number", but "NMI"
        label[0] = label.at(0).toLower();
    return label;
}

SearchPlan SearchTermClassifier::accountsSearch(SearchPlan::Kind kind, const QString &inputField,
                                                const QString &term)
{
    SearchPlan plan;
    plan.kind = kind;
    plan.term = term;
    plan.operationName = QStringLiteral("AccountsSearch");
    plan.rootField = QStringLiteral("accountsSearch");
    plan.inputField = inputField;
    plan.variables = {{QStringLiteral("searchTerms"), QJsonObject{{inputField, term}}},
                      {QStringLiteral("maxResults"), kMaxResults}};
    return plan;
}

// Kraken's AccountSearchInputType has no phone term: accounts(phoneNumber:) answers instead.
SearchPlan SearchTermClassifier::accountsByPhone(const QString &phone)
{
    SearchPlan plan;
    plan.kind = SearchPlan::Kind::Phone;
    plan.term = phone;
    plan.operationName = QStringLiteral("AccountsByPhoneNumber");
    plan.rootField = QStringLiteral("accounts");
    plan.inputField = QStringLiteral("phoneNumber");
    plan.variables = {{QStringLiteral("phoneNumber"), phone}};
    return plan;
}

// Nor an email term: the account user with that email (accountUser) lists their accounts.
SearchPlan SearchTermClassifier::accountUserByEmail(const QString &email)
{
    SearchPlan plan;
    plan.kind = SearchPlan::Kind::Email;
    plan.term = email;
    plan.operationName = QStringLiteral("AccountUserByEmail");
    plan.rootField = QStringLiteral("accountUser");
    plan.inputField = QStringLiteral("accountUserEmail");
    plan.variables = {
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("accountUserEmail"), email}}}};
    return plan;
}

SearchPlan SearchTermClassifier::notSearchable(SearchPlan::Kind kind, const QString &hint)
{
    SearchPlan plan;
    plan.kind = kind;
    plan.hint = hint;
    return plan;
}

// Rules, first match wins:
//  A-XXXXXXXX (8 hex digits, the dash optional) is an account number, P-XXXXXXXX a portfolio;
//  text@domain.tld an email; digits (with spaces, brackets, +, -) are a phone number when
//  libphonenumber takes them (models/PhoneNumbers: Australian unless a country code says
//  otherwise), a postcode when exactly 4, an NMI or MIRN when 10-11 digits with a valid check
//  digit (MIRNs start with 5); 10-11 letters and digits with a valid NMI check are
//  an NMI; two letters and 7 digits a meter serial; digits with words, or a street word, an
//  address; words alone a name. Anything on its way to one of these is Incomplete.
SearchPlan SearchTermClassifier::classify(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return notSearchable(SearchPlan::Kind::Empty, tr("Type an account number, name, email, "
                                                         "phone number, postcode, address, NMI or "
                                                         "MIRN."));
    const QString compact = compactIdentifier(trimmed);

    if (matches(QStringLiteral("^A-[0-9A-F]{8}$"), compact))
        return accountsSearch(SearchPlan::Kind::AccountNumber, QStringLiteral("accountNumber"),
                              QStringLiteral("A-") + compact.right(8));
    if (matches(QStringLiteral("^P-[0-9A-F]{8}$"), compact))
        return accountsSearch(SearchPlan::Kind::PortfolioNumber, QStringLiteral("portfolioNumber"),
                              QStringLiteral("P-") + compact.right(8));
    if (matches(QStringLiteral("^[AP]-[0-9A-F]{0,7}$"), compact))
        return notSearchable(SearchPlan::Kind::Incomplete,
                             tr("Keep typing: account numbers look like A-1234ABCD."));

    if (trimmed.contains(QLatin1Char('@'))) {
        if (matches(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$"), trimmed))
            return accountUserByEmail(trimmed.toLower());
        return notSearchable(SearchPlan::Kind::Incomplete,
                             tr("Keep typing the email address (name@example.com.au)."));
    }

    if (matches(QStringLiteral("^[0-9+() .\\-]+$"), trimmed)) {
        QString digits = trimmed;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return classifyDigits(digits, trimmed);
    }

    if (matches(QStringLiteral("^[A-Z0-9]{10,11}$"), compact) &&
        matches(QStringLiteral("[0-9].*[0-9].*[0-9].*[0-9]"), compact) &&
        !trimmed.contains(QLatin1Char(' '))) {
        if (isValidNmi(compact))
            return accountsSearch(SearchPlan::Kind::Nmi, QStringLiteral("nmi"), compact);
        if (compact.size() == 11)
            return notSearchable(SearchPlan::Kind::Invalid,
                                 tr("%1 is not a valid NMI: check the last digit.").arg(compact));
    }
    if (matches(QStringLiteral("^[A-Z]{2}[0-9]{7}$"), compact))
        return accountsSearch(SearchPlan::Kind::MeterSerial, QStringLiteral("meterSerialNumber"),
                              compact);
    return classifyWords(trimmed);
}

SearchPlan SearchTermClassifier::classifyDigits(const QString &digits, const QString &text)
{
    // "61..." without a plus is both an E.164 number and (Citipower) an NMI with check digit:
    // a mobile wins, else a valid check digit.
    const bool nmiLike = digits.size() == 11 && !text.contains(QLatin1Char('+')) &&
                         !digits.startsWith(QLatin1String("614")) && isValidNmi(digits);
    const std::optional<PhoneNumber> phone = nmiLike ? std::nullopt : parsePhoneNumber(text);
    if (phone)
        return accountsByPhone(phone->e164);
    // Kraken searches postcodes and addresses through one input field, location.
    if (digits.size() == 4 && !text.contains(QLatin1Char('+')))
        return accountsSearch(SearchPlan::Kind::Postcode, QStringLiteral("location"), digits);
    if (digits.size() == 10 || digits.size() == 11) {
        const bool looksGas = digits.startsWith(QLatin1Char('5'));
        const bool mirn = isValidMirn(digits);
        const bool nmi = isValidNmi(digits);
        if (mirn && (looksGas || !nmi))
            return accountsSearch(SearchPlan::Kind::Mirn, QStringLiteral("mirn"), digits);
        if (nmi)
            return accountsSearch(SearchPlan::Kind::Nmi, QStringLiteral("nmi"), digits);
        return notSearchable(
            SearchPlan::Kind::Invalid,
            tr("%1 is not a valid NMI or MIRN: check the last digit.").arg(digits));
    }
    if (digits.size() < 10 && !text.startsWith(QLatin1Char('+')) && digits.size() != 4)
        return notSearchable(SearchPlan::Kind::Incomplete,
                             tr("Keep typing: a postcode has 4 digits, a phone number 10 "
                                "(04xx xxx xxx), an NMI or MIRN 10 or 11."));
    if (isIncompletePhoneNumber(text))
        return notSearchable(SearchPlan::Kind::Incomplete,
                             tr("Keep typing the phone number (+61 4xx xxx xxx, or +64 21 123 "
                                "4567 for another country)."));
    return notSearchable(SearchPlan::Kind::Invalid,
                         tr("%1 is not a phone number, postcode, NMI or MIRN.").arg(text));
}

SearchPlan SearchTermClassifier::classifyWords(const QString &text)
{
    const bool hasDigit = matches(QStringLiteral("[0-9]"), text);
    const bool hasLetter = matches(QStringLiteral("[A-Z]"), text);
    if (!hasLetter)
        return notSearchable(SearchPlan::Kind::Invalid,
                             tr("Nothing to search for in \"%1\".").arg(text));
    if (hasDigit || hasStreetWord(text))
        return accountsSearch(SearchPlan::Kind::Address, QStringLiteral("location"), text);
    if (text.size() < 2)
        return notSearchable(SearchPlan::Kind::Incomplete,
                             tr("Keep typing: at least two letters of a name."));
    // billingName, not businessName: a business account's billing name is the business's, so
    // one term finds people and businesses; adding businessName to the same input would
    // narrow the search (Kraken matches every term given), not widen it.
    return accountsSearch(SearchPlan::Kind::Name, QStringLiteral("billingName"), text);
}

} // namespace kac::models
