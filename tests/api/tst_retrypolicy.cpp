#include "api/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using kac::api::RetryPolicy;

// Backoff and Retry-After: the numbers that decide how hard the console leans on Kraken.
class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void parsesDeltaSeconds()
    {
        QCOMPARE(RetryPolicy::parseRetryAfter("1"), 1000);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 120 "), 120000);
        QCOMPARE(RetryPolicy::parseRetryAfter("0"), 0);
    }

    void parsesHttpDates_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT");
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:30 GMT");
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:30 2015");
    }
    void parsesHttpDates()
    {
        QFETCH(QByteArray, header);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter(header, now), 30000);
    }

    void dateInThePastMeansNow()
    {
        const QDateTime now(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 0);
    }

    void rejectsNonsense_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("words") << QByteArray("soon");
        QTest::newRow("fraction") << QByteArray("1.5");
    }
    void rejectsNonsense()
    {
        QFETCH(QByteArray, header);
        QCOMPARE(RetryPolicy::parseRetryAfter(header), -1);
    }

    void retryAfterWinsButIsCapped()
    {
        RetryPolicy policy;
        policy.maxRetryAfterMs = 5000;
        QCOMPARE(policy.delayMs(1, 1000, 0.9), 1000);
        QCOMPARE(policy.delayMs(1, 60000, 0.9), 5000);
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        // Equal jitter: between half and all of the exponential step.
        QCOMPARE(policy.delayMs(1, -1, 0.0), 50);
        QCOMPARE(policy.delayMs(1, -1, 0.999), 99);
        QCOMPARE(policy.delayMs(2, -1, 0.0), 100);
        QCOMPARE(policy.delayMs(3, -1, 0.0), 200);
        QCOMPARE(policy.delayMs(10, -1, 0.0), 500);
        QCOMPARE(policy.delayMs(30, -1, 1.0), 1000);
        for (int i = 0; i < 100; ++i) {
            const int delay = policy.delayMs(4, -1);
            QVERIFY(delay >= 400 && delay <= 800);
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
