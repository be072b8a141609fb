#pragma once

#include <QJsonObject>
#include <QString>

namespace kac::models {

// What an agent typed into the search box, and the request that finds it.
struct SearchPlan
{
    enum class Kind
    {
        Empty,      // nothing typed
        Incomplete, // on its way to something searchable (e.g. "A-2B7"): wait, say what to type
        Invalid,    // cannot be searched as typed (e.g. an NMI whose check digit is wrong)
        AccountNumber,
        PortfolioNumber,
        Email,
        Phone,
        Postcode,
        Nmi,
        Mirn,
        MeterSerial,
        Name,
        Address,
    };

    Kind kind = Kind::Empty;
    QString term;          // the normalised term sent (E.164 phone, upper-case account number...)
    QString operationName; // the resources/graphql operation to send ("AccountsSearch")
    QString rootField;  // the Kraken field it queries ("accountsSearch", "accounts", "accountUser")
    QString inputField; // the argument or input field the term goes in ("nmi", "phoneNumber")
    QJsonObject variables;
    QString hint; // Incomplete / Invalid: one sentence telling the agent what to type

    bool isSearchable() const { return !operationName.isEmpty(); }
    // "phone number": what the UI says it searched by, in agent words (no Kraken field names).
    QString description() const;
};

// Decides what a search box entry is and builds the search for it. Stateless; the rules are
// documented in classify().
class SearchTermClassifier
{
public:
    static constexpr int kMaxResults = 50;

    static SearchPlan classify(const QString &text);
    static QString kindLabel(SearchPlan::Kind kind);
    // kindLabel() inside a sentence: "phone number", "NMI".
    static QString kindWords(SearchPlan::Kind kind);

private:
    static SearchPlan accountsSearch(SearchPlan::Kind kind, const QString &inputField,
                                     const QString &term);
    static SearchPlan accountsByPhone(const QString &phone);
    static SearchPlan accountUserByEmail(const QString &email);
    static SearchPlan notSearchable(SearchPlan::Kind kind, const QString &hint);
    static SearchPlan classifyDigits(const QString &digits, const QString &text);
    static SearchPlan classifyWords(const QString &text);
};

} // namespace kac::models
