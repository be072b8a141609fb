#include "models/campaigns/CsvFormat.h"

#include <QTest>

using namespace kac::models;

// RFC 4180 quoting, CRLF records, and formula-injection protection.
class TestCsvFormat : public QObject
{
    Q_OBJECT
private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("plain") << "Rajesh" << QByteArray("Rajesh\r\n");
        QTest::newRow("empty") << "" << QByteArray("\r\n");
        QTest::newRow("comma") << "Kalogeropoulos, Dimitri"
                               << QByteArray("\"Kalogeropoulos, Dimitri\"\r\n");
        QTest::newRow("quote") << "The \"Bakehouse\""
                               << QByteArray("\"The \"\"Bakehouse\"\"\"\r\n");
        QTest::newRow("newline") << "line 1\nline 2" << QByteArray("\"line 1\nline 2\"\r\n");
        QTest::newRow("CRLF") << "a\r\nb" << QByteArray("\"a\r\nb\"\r\n");
        QTest::newRow("formula =")
            << "=HYPERLINK(\"x\")" << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        QTest::newRow("formula +") << "+61491570110" << QByteArray("'+61491570110\r\n");
        QTest::newRow("formula -") << "-2+3" << QByteArray("'-2+3\r\n");
        QTest::newRow("formula @") << "@SUM(A1)" << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("tab") << "\t=1" << QByteArray("'\t=1\r\n");
        QTest::newRow("CR first") << "\r=1" << QByteArray("\"'\r=1\"\r\n");
        QTest::newRow("equals later") << "a=b" << QByteArray("a=b\r\n");
        QTest::newRow("UTF-8") << "Ngāire – Café" << QString("Ngāire – Café\r\n").toUtf8();
    }

    void cells()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, record);
        QCOMPARE(CsvFormat::record({cell}), record);
    }

    void recordJoinsWithCommas()
    {
        QCOMPARE(CsvFormat::record({"a", "b,c", "", "d"}), QByteArray("a,\"b,c\",,d\r\n"));
    }

    void byteOrderMark() { QCOMPARE(CsvFormat::byteOrderMark(), QByteArray("\xEF\xBB\xBF")); }
};

QTEST_APPLESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"
