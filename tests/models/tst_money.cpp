#include "models/Money.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
