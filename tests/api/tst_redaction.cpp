#include "api/Redaction.h"

#include <QTest>

using kac::api::redact;

// Nothing secret or personal survives into logs or error details.
class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void masks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("jwt")
            << QStringLiteral(
                   "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.c2lnbmF0dXJlX3ZhbHVl ok")
            << QStringLiteral("eyJzdWIiOiIxMjM0NTYifQ");
        QTest::newRow("api key") << QStringLiteral("key sk_sandbox_agent_key rejected")
                                 << QStringLiteral("sandbox_agent_key");
        QTest::newRow("json password")
            << QStringLiteral("{\"email\":\"x\",\"password\":\"hunter2 \\\"x\\\"\"}")
            << QStringLiteral("hunter2");
        QTest::newRow("json refresh")
            << QStringLiteral(R"({"refreshToken": "abc"})") << QStringLiteral("abc");
        QTest::newRow("query string")
            << QStringLiteral("password=hunter2&x=1") << QStringLiteral("hunter2");
        QTest::newRow("header") << QStringLiteral("Authorization: JWT abc.def")
                                << QStringLiteral("abc.def");
        QTest::newRow("hex refresh token")
            << QStringLiteral(
                   "refresh 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            << QStringLiteral("9f86d081884c7d65");
        QTest::newRow("email") << QStringLiteral("bronwyn.tregellas@bigpond.com not found")
                               << QStringLiteral("tregellas");
        QTest::newRow("mobile intl")
            << QStringLiteral("call +61491570156 now") << QStringLiteral("491570156");
        QTest::newRow("mobile spaced")
            << QStringLiteral("call 0491 570 110 now") << QStringLiteral("570 110");
        QTest::newRow("landline") << QStringLiteral("(02) 5550 1234")
                                  << QStringLiteral("5550 1234");
    }
    void masks()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString output = redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("REDACTED")), qPrintable(output));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("account") << QStringLiteral("account A-2B7E41C9 KT-CT-4177 at account");
        QTest::newRow("date") << QStringLiteral("2025-11-15T09:00:00+10:00");
        QTest::newRow("nmi") << QStringLiteral("NMI 4102918273");
        QTest::newRow("http") << QStringLiteral("HTTP 503 after 1200 ms, attempt 2");
        QTest::newRow("code") << QStringLiteral("no data for 30000 ms");
    }
    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, input);
        QCOMPARE(redact(input), input);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
