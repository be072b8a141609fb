#include "models/PagedLoader.h"
#include "models/campaigns/CallLookupService.h"
#include "models/campaigns/CallTagModel.h"
#include "support/SignedInSandbox.h"

#include <QAbstractItemModelTester>

using namespace kac::models;
using State = PagedLoader::State;

// Call tags (list and by id) and a call opened by id, against the real sandbox.
class TestCallLookup : public QObject
{
    Q_OBJECT
private:
    kac::test::SignedInSandbox m_env;

    static int inactiveRows(const CallTagModel *model)
    {
        int inactive = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            inactive += model->rowAt(row).isActive ? 0 : 1;
        return inactive;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<CallTagInfo>();
        qRegisterMetaType<CallDetail>();
        const QString failure =
            m_env.start({QStringLiteral("--allow-faults")}, kac::test::SignedInSandbox::Via::Token);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void callTagsWithTheirActiveState_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("active"); // -1 any, 0 inactive, 1 active
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("inactive");
        QTest::newRow("all") << "" << -1 << 30 << 4;
        QTest::newRow("inactive only") << "" << 0 << 4 << 4;
        QTest::newRow("active only") << "" << 1 << 26 << 0;
        QTest::newRow("by name") << "legacy" << -1 << 3 << 3;
    }

    void callTagsWithTheirActiveState()
    {
        QFETCH(QString, name);
        QFETCH(int, active);
        QFETCH(int, rows);
        QFETCH(int, inactive);
        CallLookupService service(&m_env.transport);
        QAbstractItemModelTester tester(service.callTags(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.loadCallTags(name, active < 0 ? std::nullopt : std::optional<bool>(active == 1));
        QTRY_COMPARE_WITH_TIMEOUT(service.callTagLoader()->state(), State::Loaded, 10000);
        while (service.callTags()->canFetchMore({})) {
            service.callTags()->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!service.callTags()->isLoading(), 10000);
        }
        QCOMPARE(service.callTags()->rowCount(), rows);
        QCOMPARE(inactiveRows(service.callTags()), inactive);
        const QJsonObject variables = m_env.requests(QStringLiteral("CallTags"))
                                          .last()
                                          .value(QLatin1String("variables"))
                                          .toObject();
        QCOMPARE(variables.contains(QLatin1String("isActive")), active >= 0);
        QCOMPARE(variables.value(QLatin1String("name")).toString(), name);
    }

    void callTagById()
    {
        CallLookupService service(&m_env.transport);
        QSignalSpy found(&service, &CallLookupService::callTagFound);
        service.lookUpCallTag(QStringLiteral("26"));
        QVERIFY(found.wait(10000));
        const auto tag = found.first().first().value<CallTagInfo>();
        QCOMPARE(tag.name, QStringLiteral("Wrong number"));
        QVERIFY(!tag.isActive);

        QSignalSpy failed(&service, &CallLookupService::callTagFailed);
        service.lookUpCallTag(QStringLiteral("999"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<kac::api::ApiError>().errorCode,
                 QStringLiteral("KT-CT-11809"));
    }

    void callShowsItsAccountAndMetadata_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("number") << "880001";
        QTest::newRow("uuid") << "86c1af31-5a1d-4c3e-9b2f-000000880001";
    }

    void callShowsItsAccountAndMetadata()
    {
        QFETCH(QString, id);
        CallLookupService service(&m_env.transport);
        QSignalSpy loaded(&service, &CallLookupService::callLoaded);
        service.openCall(id);
        QVERIFY(service.isCallLoading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!service.isCallLoading());
        const auto call = loaded.first().first().value<CallDetail>();
        QCOMPARE(call.id, QStringLiteral("880001"));
        QCOMPARE(call.accountNumber, QStringLiteral("A-2B7E41C9"));
        // CallInterface is id, account, metadata and tags; the type gives the direction.
        QCOMPARE(call.kind, QStringLiteral("InboundCallType"));
        QCOMPARE(call.directionLabel(), QStringLiteral("Inbound"));
        const QList<QPair<QString, QString>> expected{
            {"queue", {}},     {"ivrSelection", {}},       {"agent", "jordan.ashby"},
            {"startedAt", {}}, {"durationSeconds", "734"}, {"waitTimeSeconds", {}}};
        QCOMPARE(call.metadata.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(call.metadata.at(i).first, expected.at(i).first);
            QVERIFY(!call.metadata.at(i).second.isEmpty());
            if (!expected.at(i).second.isEmpty())
                QCOMPARE(call.metadata.at(i).second, expected.at(i).second);
        }
        QCOMPARE(call.tags.size(), 2);
        QCOMPARE(call.tags.first().name, QStringLiteral("Billing enquiry"));
        QCOMPARE(call.tags.last().name, QStringLiteral("Life support registration"));
    }

    void unknownAndMalformedCallIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << "1"
                                 << "KT-CT-11802";
        QTest::newRow("malformed") << "not-a-call"
                                   << "KT-CT-11817";
    }

    void unknownAndMalformedCallIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, code);
        CallLookupService service(&m_env.transport);
        QSignalSpy failed(&service, &CallLookupService::callFailed);
        service.openCall(id);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<kac::api::ApiError>().errorCode, code);
    }
};

QTEST_GUILESS_MAIN(TestCallLookup)
#include "tst_call_lookup.moc"
