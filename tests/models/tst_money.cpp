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

    // Found by the fuzzer: a huge or non-finite number must not reach a qint64 conversion.
    void centsFromJsonRejectsWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("cents") << QJsonValue(-48712) << qint64(-48712);
        QTest::newRow("rounded") << QJsonValue(1999.6) << qint64(2000);
        QTest::newRow("1e308") << QJsonValue(1e308) << qint64(0);
        QTest::newRow("-1e308") << QJsonValue(-1e308) << qint64(0);
        QTest::newRow("string") << QJsonValue(QStringLiteral("12")) << qint64(0);
        QTest::newRow("null") << QJsonValue() << qint64(0);
    }
    void centsFromJsonRejectsWhatIsNotAnAmount()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, expected);
        QCOMPARE(kac::models::centsFromJson(value), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
