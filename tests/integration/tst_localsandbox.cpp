#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

// The C++ side can start the real sandbox and sign in to it: the ground every
// integration test stands on.
class TestLocalSandbox : public QObject
{
    Q_OBJECT
private slots:
    void startsOnLoopbackAndSignsIn()
    {
        kac::test::SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
        QCOMPARE(sandbox.url().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sandbox.url().path(), QStringLiteral("/v1/graphql/"));

        QNetworkAccessManager network;
        QNetworkRequest request(sandbox.url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject body{
            {QStringLiteral("operationName"), QStringLiteral("ObtainKrakenToken")},
            {QStringLiteral("query"),
             QStringLiteral("mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) "
                            "{ obtainKrakenToken(input: $input) { token refreshToken } }")},
            {QStringLiteral("variables"),
             QJsonObject{{QStringLiteral("input"),
                          QJsonObject{{QStringLiteral("APIKey"),
                                       QStringLiteral("sk_sandbox_agent_key")}}}}}};
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QJsonObject response = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QVERIFY2(!response.contains(QStringLiteral("errors")),
                 QJsonDocument(response).toJson().constData());
        const QString token = response[QStringLiteral("data")][QStringLiteral("obtainKrakenToken")]
                                      [QStringLiteral("token")]
                                          .toString();
        QVERIFY(token.count(QLatin1Char('.')) == 2);

        const QList<QJsonObject> log = sandbox.requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first()[QStringLiteral("operationName")].toString(),
                 QStringLiteral("ObtainKrakenToken"));
    }
};

QTEST_GUILESS_MAIN(TestLocalSandbox)
#include "tst_localsandbox.moc"
