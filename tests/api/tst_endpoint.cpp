#include "api/Endpoint.h"

#include <QTest>

using namespace kac::api;

class TestEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void acceptsHttpsAndLoopbackHttpOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("red energy production")
            << "https://api.redenergy-kraken.energy/v1/graphql/" << true;
        QTest::newRow("loopback v4 http") << "http://127.0.0.1:8765/v1/graphql/" << true;
        QTest::newRow("loopback v6 http") << "http://[::1]:8765/v1/graphql/" << true;
        QTest::newRow("localhost http") << "http://localhost:8765/v1/graphql/" << true;
        QTest::newRow("remote http") << "http://api.redenergy-kraken.energy/v1/graphql/" << false;
        QTest::newRow("lan http") << "http://192.168.1.10/v1/graphql/" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("no host") << "https:///v1/graphql/" << false;
    }
    void acceptsHttpsAndLoopbackHttpOnly()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = endpointProblem(QUrl(url));
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void presetsAreAllAcceptable()
    {
        const auto presets = endpointPresets();
        QVERIFY(presets.size() >= 3);
        for (const EndpointPreset &preset : presets)
            QVERIFY2(endpointProblem(preset.url).isEmpty(), qPrintable(preset.id));
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
