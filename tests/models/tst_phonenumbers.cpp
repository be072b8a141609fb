#include "models/PhoneNumbers.h"
#include "models/PiiText.h"

#include <QTest>

using kac::models::formatPhoneNumber;
using kac::models::parsePhoneNumber;
using kac::models::PhoneNumber;
using Kind = PhoneNumber::Kind;

Q_DECLARE_METATYPE(PhoneNumber::Kind)

// models/PhoneNumbers (issue 21): libphonenumber parses with Australia as the default region,
// accepts every valid number, normalises to E.164 for Kraken, tells mobile from landline and
// formats for the agent's country; PiiText masks on top of that form.
class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private slots:
    void parsesToE164WithItsKind_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("AU mobile") << "0491 570 156"
                                   << "+61491570156"
                                   << "AU" << Kind::Mobile;
        QTest::newRow("AU landline") << "(02) 5550 1234"
                                     << "+61255501234"
                                     << "AU" << Kind::Landline;
        QTest::newRow("AU toll free") << "1800 123 456"
                                      << "+611800123456"
                                      << "AU" << Kind::Other;
        QTest::newRow("NZ mobile") << "+64 21 123 4567"
                                   << "+64211234567"
                                   << "NZ" << Kind::Mobile;
        QTest::newRow("NZ landline") << "+64 9 300 1234"
                                     << "+6493001234"
                                     << "NZ" << Kind::Landline;
        // A mobile's length in a range newer than the OS's metadata: accepted, kind unknown.
        QTest::newRow("AU mobile, range unknown to the metadata") << "0443 123 456"
                                                                  << "+61443123456"
                                                                  << "" << Kind::Other;
    }
    void parsesToE164WithItsKind()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        QFETCH(QString, region);
        QFETCH(Kind, kind);
        const std::optional<PhoneNumber> number = parsePhoneNumber(typed);
        QVERIFY2(number.has_value(), qPrintable(typed));
        QCOMPARE(number->e164, e164);
        QCOMPARE(number->regionCode, region);
        QCOMPARE(number->kind, kind);
    }

    void refusesWhatIsNotANumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("too short") << "0491 570";
        QTest::newRow("postcode") << "2000";
        QTest::newRow("NMI") << "4102918273";
        QTest::newRow("MIRN") << "5510273849";
        QTest::newRow("a name with digits") << "Unit 4 0491570156";
        QTest::newRow("an email") << "0491570156@example.com";
        QTest::newRow("no such country") << "+999 123 456 789";
    }
    void refusesWhatIsNotANumber()
    {
        QFETCH(QString, typed);
        QVERIFY(!parsePhoneNumber(typed).has_value());
    }

    void formatsForTheAgentsCountry_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("agentRegion");
        QTest::addColumn<QString>("shown");
        QTest::newRow("AU mobile, AU agent") << "+61491570156"
                                             << "AU"
                                             << "0491 570 156";
        QTest::newRow("AU landline, AU agent") << "+61255501234"
                                               << "AU"
                                               << "(02) 5550 1234";
        QTest::newRow("NZ mobile, AU agent") << "+64211234567"
                                             << "AU"
                                             << "+64 21 123 4567";
        QTest::newRow("AU mobile, NZ agent") << "+61491570156"
                                             << "NZ"
                                             << "+61 491 570 156";
        QTest::newRow("not E.164: as it is") << "Red Energy"
                                             << "AU"
                                             << "Red Energy";
    }
    void formatsForTheAgentsCountry()
    {
        QFETCH(QString, e164);
        QFETCH(QString, agentRegion);
        QFETCH(QString, shown);
        QCOMPARE(formatPhoneNumber(e164, agentRegion), shown);
    }

    void theAgentsCountryComesFromTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::NewZealand));
        const QString inNewZealand = formatPhoneNumber(QStringLiteral("+61491570156"));
        QLocale::setDefault(QLocale::c()); // names no country: Australia, the retailer's market
        const QString withoutCountry = formatPhoneNumber(QStringLiteral("+61491570156"));
        QLocale::setDefault(before);
        QCOMPARE(inNewZealand, QStringLiteral("+61 491 570 156"));
        QCOMPARE(withoutCountry, QStringLiteral("0491 570 156"));
    }

    void masksOnTopOfTheFormattedNumber()
    {
        QCOMPARE(kac::models::maskPhone(QStringLiteral("+64211234567")),
                 QStringLiteral("+•• •• ••• •567"));
        QCOMPARE(kac::models::maskContactHandle(QStringLiteral("+64 21 123 4567")),
                 QStringLiteral("+•• •• ••• •567"));
        QCOMPARE(kac::models::maskContactHandle(QStringLiteral("0491570156")),
                 QStringLiteral("•••• ••• 156"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
