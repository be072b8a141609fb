// The screen-pop parser (issue 18): every way a pop comes in is reachable by any local program
// or web page, so everything but well-formed identifiers is refused, with a reason that never
// repeats a value (the reason may reach a log).
#include "models/screenpop/PopRequest.h"

#include <QTest>
#include <QUrlQuery>

using kac::models::PopRequest;
namespace ScreenPop = kac::models::ScreenPop;

class TestPopRequest : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("meterPoint");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("ringing");
        const QString base = QStringLiteral("kraken-agent-console://pop?");
        QTest::newRow("national mobile") << base + "phone=0491%20570%20157"
                                         << "+61491570157"
                                         << ""
                                         << ""
                                         << ""
                                         << "+61491570157" << false;
        QTest::newRow("E.164, plus encoded") << base + "phone=%2B61491570157&ringing=1"
                                             << "+61491570157"
                                             << ""
                                             << ""
                                             << ""
                                             << "+61491570157" << true;
        QTest::newRow("E.164, plus literal") << base + "phone=+61355505678"
                                             << "+61355505678"
                                             << ""
                                             << ""
                                             << ""
                                             << "+61355505678" << false;
        QTest::newRow("account, lower case, wins over phone")
            << base + "account=a-5c19d3e8&phone=0491570157"
            << "+61491570157"
            << "A-5C19D3E8"
            << ""
            << ""
            << "A-5C19D3E8" << false;
        QTest::newRow("NMI with check digit") << base + "nmi=41029182739"
                                              << ""
                                              << ""
                                              << "41029182739"
                                              << ""
                                              << "41029182739" << false;
        QTest::newRow("MIRN") << base + "mirn=5510273849"
                              << ""
                              << ""
                              << "5510273849"
                              << ""
                              << "5510273849" << false;
        // Found by the pop fuzzer: a MIRN that does not start with 5 was forwarded as an NMI.
        QTest::newRow("MIRN not starting with 5") << base + "mirn=06985620860"
                                                  << ""
                                                  << ""
                                                  << "06985620860"
                                                  << ""
                                                  << "06985620860" << false;
        QTest::newRow("call id alone") << base + "call=880001&ringing=false"
                                       << ""
                                       << ""
                                       << ""
                                       << "880001"
                                       << "" << false;
        QTest::newRow("call UUID, with a slash path")
            << QStringLiteral("kraken-agent-console://pop/?call=0F8FAD5B-D9CB-469F-A165-"
                              "70867728950E&contact=genesys:4711")
            << ""
            << ""
            << ""
            << "0f8fad5b-d9cb-469f-a165-70867728950e"
            << "" << false;
    }
    void accepted()
    {
        QFETCH(QString, url);
        const kac::models::PopParse parsed = ScreenPop::parseUrl(url);
        QVERIFY2(parsed.request, qPrintable(parsed.error));
        QFETCH(QString, phone);
        QFETCH(QString, account);
        QFETCH(QString, meterPoint);
        QFETCH(QString, call);
        QFETCH(QString, term);
        QFETCH(bool, ringing);
        QCOMPARE(parsed.request->phone, phone);
        QCOMPARE(parsed.request->accountNumber, account);
        QCOMPARE(parsed.request->meterPoint, meterPoint);
        QCOMPARE(parsed.request->callId, call);
        QCOMPARE(parsed.request->searchTerm(), term);
        QCOMPARE(parsed.request->ringing, ringing);
        // The form a pop is forwarded in between consoles gives back the same pop.
        const kac::models::PopParse again =
            ScreenPop::parseUrl(parsed.request->toUrl().toString(QUrl::FullyEncoded));
        QVERIFY2(again.request, qPrintable(again.error));
        QCOMPARE(*again.request, *parsed.request);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason"); // a part of the error
        const QString base = QStringLiteral("kraken-agent-console://pop?");
        QTest::newRow("other scheme") << "https://pop?phone=0491570157"
                                      << "not a";
        QTest::newRow("file URL") << "file:///etc/passwd"
                                  << "not a";
        QTest::newRow("other host") << "kraken-agent-console://open?phone=0491570157"
                                    << "nothing else";
        QTest::newRow("a path") << "kraken-agent-console://pop/../../etc?phone=0491570157"
                                << "nothing else";
        QTest::newRow("user info") << "kraken-agent-console://me@pop?phone=0491570157"
                                   << "nothing else";
        QTest::newRow("a port") << "kraken-agent-console://pop:8080?phone=0491570157"
                                << "nothing else";
        QTest::newRow("a fragment") << base + "phone=0491570157#x"
                                    << "nothing else";
        QTest::newRow("nothing to search") << base + "contact=abc"
                                           << "needs";
        QTest::newRow("empty") << base << "needs";
        QTest::newRow("unknown field") << base + "phone=0491570157&exec=rm"
                                       << "exec is not";
        QTest::newRow("a number where a name goes") << base + "0491570157=1"
                                                    << "a field is not";
        QTest::newRow("given twice") << base + "phone=0491570157&phone=0491570158"
                                     << "twice";
        QTest::newRow("not a phone") << base + "phone=hello"
                                     << "not a phone";
        // Found by the pop fuzzer: accepted here, refused by the console it was forwarded to.
        QTest::newRow("a phone whose E.164 form is no phone") << base + "phone=0000000002"
                                                              << "not a phone";
        QTest::newRow("markup as account") << base + "account=%3Cscript%3E"
                                           << "not an account";
        QTest::newRow("NMI with wrong check digit") << base + "nmi=41029182731"
                                                    << "not a valid NMI";
        QTest::newRow("both NMI and MIRN") << base + "nmi=4102918273&mirn=5510273849"
                                           << "only one";
        QTest::newRow("call id with markup") << base + "call=1%3Cb%3E"
                                             << "not a call id";
        QTest::newRow("contact with a path") << base + "phone=0491570157&contact=..%2F..%2Fetc"
                                             << "contact may";
        QTest::newRow("ringing word") << base + "phone=0491570157&ringing=yes"
                                      << "ringing must";
        QTest::newRow("control character") << base + "phone=0491570157%0A"
                                           << "control";
        QTest::newRow("value too long") << base + "contact=" + QString(65, u'a') << "too long";
        QTest::newRow("URL too long")
            << base + "phone=0491570157&contact=" + QString(2000, u'a') << "longer than";
    }
    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const kac::models::PopParse parsed = ScreenPop::parseUrl(url);
        QVERIFY(!parsed.request);
        QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
        // No value is ever repeated back: the reason may be logged.
        QVERIFY2(!parsed.error.contains(u"0491570157"), qPrintable(parsed.error));
        QVERIFY2(!parsed.error.contains(u"script"), qPrintable(parsed.error));
    }

    // The command line's --pop-* options are the URL's fields, through the same checks.
    void queryIsTheSameParser()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("phone"), QStringLiteral("(03) 5550 5678"));
        query.addQueryItem(QStringLiteral("ringing"), QStringLiteral("1"));
        const kac::models::PopParse parsed = ScreenPop::parseQuery(query);
        QVERIFY2(parsed.request, qPrintable(parsed.error));
        QCOMPARE(parsed.request->phone, QStringLiteral("+61355505678"));
        QVERIFY(parsed.request->ringing);
        query.addQueryItem(QStringLiteral("account"), QStringLiteral("nope"));
        QVERIFY(!ScreenPop::parseQuery(query).request);
    }

    // A retry storm shares one key; the same caller on another call does not.
    void dedupeKeys()
    {
        PopRequest byPhone;
        byPhone.phone = QStringLiteral("+61491570157");
        PopRequest sameCaller = byPhone;
        QCOMPARE(byPhone.dedupeKey(), sameCaller.dedupeKey());
        PopRequest call = byPhone;
        call.callId = QStringLiteral("880001");
        QVERIFY(call.dedupeKey() != byPhone.dedupeKey());
    }
};

QTEST_APPLESS_MAIN(TestPopRequest)
#include "tst_poprequest.moc"
