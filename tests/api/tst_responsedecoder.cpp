#include "api/ResponseDecoder.h"

#include <QTest>

using kac::api::ApiError;
using kac::api::ResponseDecoder;

// How one HTTP answer becomes data, partial data or a typed error.
class TestResponseDecoder : public QObject
{
    Q_OBJECT
private slots:
    void plainData()
    {
        const auto result = ResponseDecoder::decode("{\"data\":{\"viewer\":{\"id\":\"1\"}}}", 200);
        QVERIFY(result.ok());
        QCOMPARE(result.data["viewer"]["id"].toString(), QStringLiteral("1"));
        QVERIFY(result.fieldErrors.isEmpty());
    }

    void partialDataIsSuccessWithFieldErrors()
    {
        const auto result = ResponseDecoder::decode(
            "{\"data\":{\"viewer\":{\"id\":\"1\",\"email\":null}},\"errors\":[{\"message\":"
            "\"Disabled GraphQL field requested.\", "
            "\"path\":[\"viewer\",\"email\"],\"extensions\":{\"errorCode\":\"KT-CT-1113\","
            "\"errorType\":\"AUTHORIZATION\", \"errorDescription\":\"Disabled GraphQL field "
            "requested.\",\"validationErrors\":[]}}]}",
            200);
        QVERIFY(result.ok());
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().errorCode, QStringLiteral("KT-CT-1113"));
        QCOMPARE(result.fieldErrors.first().path, (QStringList{"viewer", "email"}));
    }

    // What a service shows: the refused field next to partial data, and why data is missing.
    void partialAndMissingNameTheCause()
    {
        const auto partial = ResponseDecoder::decode(
            "{\"data\":{\"viewer\":{\"id\":\"1\",\"email\":null}},\"errors\":[{\"message\":"
            "\"Disabled GraphQL field requested.\",\"path\":[\"viewer\",\"email\"],"
            "\"extensions\":{\"errorCode\":\"KT-CT-1113\"}}]}",
            200);
        QCOMPARE(partial.partialError().errorCode, QStringLiteral("KT-CT-1113"));
        QCOMPARE(partial.missing(QStringLiteral("viewer")).errorCode, QStringLiteral("KT-CT-1113"));

        const auto complete = ResponseDecoder::decode("{\"data\":{\"viewer\":null}}", 200);
        QVERIFY(complete.partialError().isNone());
        const ApiError malformed = complete.missing(QStringLiteral("viewer"));
        QCOMPARE(malformed.kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(malformed.summary().contains(QLatin1String("no viewer in the answer")),
                 qPrintable(malformed.summary()));

        const auto failed = ResponseDecoder::decode("<html>busy</html>", 503);
        QCOMPARE(failed.missing(QStringLiteral("viewer")).httpStatus, 503);
        QVERIFY(failed.partialError().isNone());
    }

    void krakenErrorWithValidationErrors()
    {
        const auto result = ResponseDecoder::decode(
            "{\"data\":{\"accountsSearch\":null},\"errors\":[{\"message\":\"One of more search "
            "terms failed validations.\", "
            "\"path\":[\"accountsSearch\"],\"extensions\":{\"errorCode\":\"KT-CT-4183\","
            "\"errorType\":\"VALIDATION\", \"errorDescription\":\"One of more search terms failed "
            "validations.\", \"validationErrors\":[{\"message\":\"Postcode must be 4 "
            "digits.\",\"inputPath\":[\"searchTerms\",\"postcode\"]}]}}]}",
            200);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Kraken);
        QCOMPARE(result.error.errorCode, QStringLiteral("KT-CT-4183"));
        QCOMPARE(result.error.errorType, QStringLiteral("VALIDATION"));
        QCOMPARE(result.error.validationErrors.size(), 1);
        QCOMPARE(result.error.path, QStringList{"accountsSearch"});
        QVERIFY(!result.error.isTransient());
    }

    void expiredTokenComesFirst()
    {
        const auto result = ResponseDecoder::decode(
            "{\"data\":{\"a\":null,\"b\":null},\"errors\":[ "
            "{\"message\":\"x\",\"path\":[\"a\"],\"extensions\":{\"errorCode\":\"KT-CT-4177\"}}, "
            "{\"message\":\"y\",\"path\":[\"b\"],\"extensions\":{\"errorCode\":\"KT-CT-1124\"}}]}",
            200);
        QCOMPARE(result.error.errorCode, QStringLiteral("KT-CT-1124"));
    }

    void rateLimitIsTransientWithRetryAfter()
    {
        const auto result = ResponseDecoder::decode(
            "{\"data\":{\"a\":null},\"errors\":[{\"message\":\"Too many "
            "requests.\",\"path\":[\"a\"], "
            "\"extensions\":{\"errorCode\":\"KT-CT-1199\",\"retryAfterSeconds\":2}}]}",
            200);
        QCOMPARE(result.error.kind, ApiError::Kind::Kraken);
        QVERIFY(result.error.isTransient());
        QCOMPARE(result.error.retryAfterMs, 2000);
    }

    void malformedAndTruncated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html in json")
            << QByteArray("{\"data\": {\"viewer\": <html>upstream</html>");
        QTest::newRow("truncated") << QByteArray("{\"data\": {\"viewer\": {\"id\": \"1");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no data") << QByteArray("{}");
    }
    void malformedAndTruncated()
    {
        QFETCH(QByteArray, body);
        const auto result = ResponseDecoder::decode(body, 200);
        QCOMPARE(result.error.kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!result.error.technicalDetail.isEmpty());
    }

    void httpErrors()
    {
        auto result = ResponseDecoder::decode("<html>502 Bad Gateway</html>", 502);
        QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(result.error.httpStatus, 502);
        QVERIFY(result.error.isTransient());

        // A query that does not validate: GraphQL's error, HTTP 400, no Kraken code.
        result = ResponseDecoder::decode(
            "{\"errors\":[{\"message\":\"Cannot query field 'nope' on type 'Query'.\"}]}", 400);
        QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(result.error.httpStatus, 400);
        QVERIFY(result.error.errorDescription.contains(QLatin1String("nope")));
        QVERIFY(!result.error.isTransient());
    }
};

QTEST_GUILESS_MAIN(TestResponseDecoder)
#include "tst_responsedecoder.moc"
