#include "models/Money.h"

#include <QTest>
#include <limits>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void formatsCentsAsAud_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << "$0.00";
        QTest::newRow("cents") << qint64(5) << "$0.05";
        QTest::newRow("thousands") << qint64(123456) << "$1,234.56";
        QTest::newRow("negative") << qint64(-9950) << "-$99.50";
    }
    void formatsCentsAsAud()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QCOMPARE(kac::models::formatCents(cents), expected);
    }

    // Through a double, amounts this large came out a cent off: the text must hold every cent.
    void formatsLargeAmountsToTheCent_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2^53-1") << qint64(9007199254740991) << "$90,071,992,547,409.91";
        QTest::newRow("-2^53") << qint64(-9007199254740992) << "-$90,071,992,547,409.92";
        QTest::newRow("lowest") << std::numeric_limits<qint64>::min()
                                << "-$92,233,720,368,547,758.08";
    }
    void formatsLargeAmountsToTheCent()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QCOMPARE(kac::models::formatCents(cents), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
