#include "models/AustralianIdentifiers.h"
#include "models/accounts/SearchTermClassifier.h"

#include <QJsonObject>
#include <QTest>

using kac::models::SearchPlan;
using kac::models::SearchTermClassifier;
using Kind = SearchPlan::Kind;

Q_DECLARE_METATYPE(SearchPlan::Kind)

class TestSearchTermClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Kind>("kind");
        // The input field: of AccountSearchInputType (accountsSearch), the phoneNumber argument
        // of accounts, or AccountUserInputType's accountUserEmail (accountUser); empty when the
        // entry cannot be searched.
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("term");

        QTest::newRow("account number") << "A-2B7E41C9" << Kind::AccountNumber << "accountNumber"
                                        << "A-2B7E41C9";
        QTest::newRow("account number lower case")
            << " a-5c19d3e8 " << Kind::AccountNumber << "accountNumber"
            << "A-5C19D3E8";
        QTest::newRow("account number partial") << "A-2B7" << Kind::Incomplete << ""
                                                << "";
        QTest::newRow("portfolio") << "P-4E2A9C07" << Kind::PortfolioNumber << "portfolioNumber"
                                   << "P-4E2A9C07";
        QTest::newRow("email") << "Siobhan.Mulcahy@outlook.com" << Kind::Email << "accountUserEmail"
                               << "siobhan.mulcahy@outlook.com";
        QTest::newRow("email partial") << "siobhan@" << Kind::Incomplete << ""
                                       << "";
        QTest::newRow("mobile spaced") << "0491 570 110" << Kind::Phone << "phoneNumber"
                                       << "+61491570110";
        QTest::newRow("mobile compact") << "0491570156" << Kind::Phone << "phoneNumber"
                                        << "+61491570156";
        QTest::newRow("mobile e164") << "+61491570157" << Kind::Phone << "phoneNumber"
                                     << "+61491570157";
        QTest::newRow("mobile e164 spaced") << "+61 491 570 158" << Kind::Phone << "phoneNumber"
                                            << "+61491570158";
        QTest::newRow("mobile 0061") << "0061 491 570 159" << Kind::Phone << "phoneNumber"
                                     << "+61491570159";
        QTest::newRow("landline brackets") << "(02) 5550 1234" << Kind::Phone << "phoneNumber"
                                           << "+61255501234";
        QTest::newRow("landline e164") << "+61255501234" << Kind::Phone << "phoneNumber"
                                       << "+61255501234";
        QTest::newRow("landline dashes") << "03-5550-5678" << Kind::Phone << "phoneNumber"
                                         << "+61355505678";
        QTest::newRow("landline 61 no plus") << "61255501234" << Kind::Phone << "phoneNumber"
                                             << "+61255501234";
        // Issue 21: every valid number, not only Australian ones (libphonenumber).
        QTest::newRow("NZ mobile") << "+64 21 123 4567" << Kind::Phone << "phoneNumber"
                                   << "+64211234567";
        QTest::newRow("NZ mobile dialled with 0011")
            << "0011 64 21 123 4567" << Kind::Phone << "phoneNumber"
            << "+64211234567";
        QTest::newRow("NZ mobile dialled with 00")
            << "0064 21 123 4567" << Kind::Phone << "phoneNumber"
            << "+64211234567";
        QTest::newRow("UK mobile") << "+44 7700 900123" << Kind::Phone << "phoneNumber"
                                   << "+447700900123";
        QTest::newRow("US number") << "+1 (415) 555-2671" << Kind::Phone << "phoneNumber"
                                   << "+14155552671";
        QTest::newRow("mobile with (0)") << "+61 (0)491 570 156" << Kind::Phone << "phoneNumber"
                                         << "+61491570156";
        QTest::newRow("international on its way") << "+64 21 123" << Kind::Incomplete << ""
                                                  << "";
        QTest::newRow("country code only") << "+61" << Kind::Incomplete << ""
                                           << "";
        QTest::newRow("too long for any number") << "+61 491 570 156 123 456" << Kind::Invalid << ""
                                                 << "";
        QTest::newRow("postcode") << "2204" << Kind::Postcode << "location"
                                  << "2204";
        QTest::newRow("postcode 0800") << "0800" << Kind::Postcode << "location"
                                       << "0800";
        QTest::newRow("three digits") << "220" << Kind::Incomplete << ""
                                      << "";
        QTest::newRow("seven digits") << "0491570" << Kind::Incomplete << ""
                                      << "";
        QTest::newRow("NMI 10") << "4102918273" << Kind::Nmi << "nmi"
                                << "4102918273";
        QTest::newRow("NMI with check digit") << "41029182739" << Kind::Nmi << "nmi"
                                              << "41029182739";
        QTest::newRow("NMI with check digit 2") << "31146055281" << Kind::Nmi << "nmi"
                                                << "31146055281";
        QTest::newRow("NMI spaced") << "4102 918 273" << Kind::Nmi << "nmi"
                                    << "4102918273";
        QTest::newRow("NMI bad check digit") << "41029182730" << Kind::Invalid << ""
                                             << "";
        QTest::newRow("NMI alphanumeric") << "VAAA000065" << Kind::Nmi << "nmi"
                                          << "VAAA000065";
        QTest::newRow("MIRN 10") << "5510273849" << Kind::Mirn << "mirn"
                                 << "5510273849";
        QTest::newRow("MIRN with check digit") << "55102738493" << Kind::Mirn << "mirn"
                                               << "55102738493";
        QTest::newRow("MIRN with check digit 2") << "52381746503" << Kind::Mirn << "mirn"
                                                 << "52381746503";
        QTest::newRow("meter serial") << "ED7730021" << Kind::MeterSerial << "meterSerialNumber"
                                      << "ED7730021";
        QTest::newRow("name") << "Aroha Whitcombe" << Kind::Name << "billingName"
                              << "Aroha Whitcombe";
        QTest::newRow("surname") << "Kalogeropoulos" << Kind::Name << "billingName"
                                 << "Kalogeropoulos";
        QTest::newRow("name with apostrophe") << "O'Brien" << Kind::Name << "billingName"
                                              << "O'Brien";
        QTest::newRow("ten letter name") << "Whitcombes" << Kind::Name << "billingName"
                                         << "Whitcombes";
        QTest::newRow("one letter") << "A" << Kind::Incomplete << ""
                                    << "";
        QTest::newRow("address") << "5 Churchill Avenue, Sandy Bay" << Kind::Address << "location"
                                 << "5 Churchill Avenue, Sandy Bay";
        QTest::newRow("unit address") << "4/26 Sylvan Road" << Kind::Address << "location"
                                      << "4/26 Sylvan Road";
        QTest::newRow("street without number") << "Osmond Terrace" << Kind::Address << "location"
                                               << "Osmond Terrace";
        QTest::newRow("empty") << "   " << Kind::Empty << ""
                               << "";
        QTest::newRow("punctuation") << "+-()" << Kind::Incomplete << ""
                                     << "";
    }

    void classify()
    {
        QFETCH(QString, typed);
        QFETCH(Kind, kind);
        QFETCH(QString, field);
        QFETCH(QString, term);
        const SearchPlan plan = SearchTermClassifier::classify(typed);
        QCOMPARE(plan.kind, kind);
        QCOMPARE(plan.isSearchable(), !field.isEmpty());
        if (field.isEmpty()) {
            QVERIFY2(!plan.hint.isEmpty(), "a plan that cannot search says what to type");
            return;
        }
        QCOMPARE(plan.inputField, field);
        if (kind == Kind::Phone) {
            QCOMPARE(plan.operationName, QStringLiteral("AccountsByPhoneNumber"));
            QCOMPARE(plan.rootField, QStringLiteral("accounts"));
            QCOMPARE(plan.variables, (QJsonObject{{QStringLiteral("phoneNumber"), term}}));
        } else if (kind == Kind::Email) {
            QCOMPARE(plan.operationName, QStringLiteral("AccountUserByEmail"));
            QCOMPARE(plan.rootField, QStringLiteral("accountUser"));
            QCOMPARE(plan.variables,
                     (QJsonObject{{QStringLiteral("input"),
                                   QJsonObject{{QStringLiteral("accountUserEmail"), term}}}}));
        } else {
            QCOMPARE(plan.operationName, QStringLiteral("AccountsSearch"));
            QCOMPARE(plan.rootField, QStringLiteral("accountsSearch"));
            const QJsonObject terms = plan.variables.value(QLatin1String("searchTerms")).toObject();
            QCOMPARE(terms.keys(), QStringList{field});
            QCOMPARE(terms.value(field).toString(), term);
            QCOMPARE(plan.variables.value(QLatin1String("maxResults")).toInt(),
                     SearchTermClassifier::kMaxResults);
        }
        // The line under the search box says what it searched by in agent words: no Kraken
        // query or field name, and not the term (a phone number or email is PII).
        QVERIFY2(!plan.description().contains(plan.rootField + QLatin1Char('.') + field),
                 qPrintable(plan.description()));
        QCOMPARE(plan.description(), SearchTermClassifier::kindWords(plan.kind));
    }

    void checkDigits_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<int>("nmi");
        QTest::addColumn<int>("mirn");
        // From sandbox/FIXTURES.md (AEMO algorithms).
        QTest::newRow("Bronwyn NMI") << "4102918273" << 9 << -1;
        QTest::newRow("Dimitri NMI") << "6001774102" << 8 << -1;
        QTest::newRow("Aroha NMI") << "3114605528" << 1 << -1;
        QTest::newRow("Ngaire NMI") << "8000617293" << 5 << -1;
        QTest::newRow("Bronwyn MIRN") << "5238174650" << -1 << 3;
        QTest::newRow("Dimitri MIRN") << "5330918264" << -1 << 9;
        QTest::newRow("Rajesh MIRN") << "5261038472" << -1 << 0;
    }

    void checkDigits()
    {
        QFETCH(QString, identifier);
        QFETCH(int, nmi);
        QFETCH(int, mirn);
        if (nmi >= 0)
            QCOMPARE(kac::models::nmiCheckDigit(identifier), nmi);
        if (mirn >= 0)
            QCOMPARE(kac::models::mirnCheckDigit(identifier), mirn);
    }
};

QTEST_GUILESS_MAIN(TestSearchTermClassifier)
#include "tst_searchtermclassifier.moc"
