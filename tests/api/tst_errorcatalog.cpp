#include "api/ErrorCatalog.h"
#include "api/Operation.h"

#include <QNetworkReply>
#include <QTest>

using kac::api::ApiError;
using kac::api::ErrorCatalog;

// Agent-facing error text, and the resources the GraphQL layer compiles in.
class TestErrorCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtInCatalogIsLoaded()
    {
        const ErrorCatalog catalog;
        QVERIFY(catalog.size() > 100);
        // Seed codes, and the platform codes of Kraken's published guides (sign-in, limits).
        for (const char *code :
             {"KT-CT-4177", "KT-CT-4178", "KT-CT-1113", "KT-CT-1124", "KT-CT-1199", "KT-CT-11802",
              "KT-AU-5410", "KT-CT-1111", "KT-CT-1112", "KT-CT-1120", "KT-CT-1188", "KT-CT-1189"}) {
            QVERIFY2(!catalog.messageForCode(QLatin1String(code)).isEmpty(), code);
        }
    }

    void krakenCodes()
    {
        const ErrorCatalog catalog;
        ApiError error;
        error.kind = ApiError::Kind::Kraken;
        error.errorCode = QStringLiteral("KT-CT-4178");
        QCOMPARE(catalog.messageFor(error), catalog.messageForCode(QStringLiteral("KT-CT-4178")));
        error.errorCode = QStringLiteral("KT-XX-9999");
        QCOMPARE(catalog.messageFor(error),
                 QStringLiteral("Kraken could not complete the request (KT-XX-9999)."));
    }

    void limitsReadAsAConsoleDefectNamingTheOperation_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("complexity") << QStringLiteral("KT-CT-1188");
        QTest::newRow("nodes") << QStringLiteral("KT-CT-1189");
    }
    void limitsReadAsAConsoleDefectNamingTheOperation()
    {
        QFETCH(QString, code);
        const ErrorCatalog catalog;
        ApiError error;
        error.kind = ApiError::Kind::Kraken;
        error.errorCode = code;
        error.operationName = QStringLiteral("AccountTransactions");
        QCOMPARE(catalog.messageFor(error),
                 QStringLiteral("The console asked Kraken for too much at once in "
                                "AccountTransactions — please report this."));
        error.operationName.clear();
        QCOMPARE(catalog.messageFor(error),
                 QStringLiteral("The console asked Kraken for too much at once in this request — "
                                "please report this."));
    }

    void expiredTokenCodesAskToSignInAgain()
    {
        const ErrorCatalog catalog;
        for (const char *code : {"KT-CT-1120", "KT-CT-1124"}) {
            ApiError error;
            error.kind = ApiError::Kind::Kraken;
            error.errorCode = QLatin1String(code);
            QVERIFY2(catalog.messageFor(error).contains(QLatin1String("sign in again")), code);
        }
    }

    void placeholderOnlyWhereTheMessageHasOne()
    {
        const ErrorCatalog catalog({{QStringLiteral("KT-CT-4178"), QStringLiteral("No account.")}});
        ApiError error;
        error.kind = ApiError::Kind::Kraken;
        error.errorCode = QStringLiteral("KT-CT-4178");
        error.operationName = QStringLiteral("Account");
        QCOMPARE(catalog.messageFor(error), QStringLiteral("No account."));
    }

    void fallbackPerKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("network")
            << int(ApiError::Kind::Network) << 0
            << QStringLiteral("Could not reach Kraken; check the network connection and retry.");
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0
                                 << QStringLiteral(
                                        "Kraken took too long to answer; retry in a moment.");
        QTest::newRow("503")
            << int(ApiError::Kind::HttpStatus) << 503
            << QStringLiteral("Kraken is unavailable right now (HTTP 503); retry in a moment.");
        QTest::newRow("malformed")
            << int(ApiError::Kind::MalformedResponse) << 200
            << QStringLiteral("Kraken's answer could not be read; retry, and contact support if "
                              "this keeps happening.");
        QTest::newRow("sign in") << int(ApiError::Kind::SignInRequired) << 0
                                 << QStringLiteral(
                                        "Your session has ended; sign in again to continue.");
        QTest::newRow("not offered") << int(ApiError::Kind::NotOffered) << 0
                                     << QStringLiteral("Not offered by this Kraken.");
        QTest::newRow("none") << int(ApiError::Kind::None) << 0 << QString();
    }

    // Why the endpoint cannot answer is part of what the agent reads.
    void notOfferedSaysWhy()
    {
        ApiError error = ApiError::make(ApiError::Kind::NotOffered);
        error.errorDescription = QStringLiteral("this Kraken has no field AccountType.notes");
        QCOMPARE(ErrorCatalog().messageFor(error),
                 QStringLiteral("This Kraken has no field AccountType.notes."));
        QCOMPARE(ApiError::kindName(ApiError::Kind::NotOffered), QStringLiteral("NotOffered"));
        QVERIFY(!error.isTransient());
    }
    void fallbackPerKind()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, expected);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.httpStatus = status;
        QCOMPARE(ErrorCatalog().messageFor(error), expected);
    }

    void transience()
    {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.networkError = QNetworkReply::ConnectionRefusedError;
        QVERIFY(error.isTransient());
        error.networkError = QNetworkReply::SslHandshakeFailedError;
        QVERIFY(!error.isTransient());
        error = ApiError::make(ApiError::Kind::SignInRequired);
        QVERIFY(!error.isTransient());
    }

    void operationsAreCompiledIn()
    {
        const auto token = kac::api::Operation::load(QStringLiteral("ObtainKrakenToken"));
        QVERIFY(token.isValid());
        QVERIFY(token.isMutation());
        const auto viewer = kac::api::Operation::load(QStringLiteral("Viewer"));
        QVERIFY(viewer.isValid());
        QVERIFY(!viewer.isMutation());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no GraphQL operation named"));
        QVERIFY(!kac::api::Operation::load(QStringLiteral("NoSuchOperation")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
