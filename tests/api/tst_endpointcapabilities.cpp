// What the console knows an endpoint offers: the build-time operation manifest, the compact
// schema made from an introspection answer, the check of one against the other, the cache on
// disk, and the transport refusing to send what the endpoint cannot answer.
#include "api/EndpointCapabilities.h"
#include "api/GraphQLRequest.h"
#include "api/Operation.h"
#include "api/OperationManifest.h"
#include "api/SchemaCache.h"
#include "api/SchemaSummary.h"
#include "api/SignInMethods.h"
#include "api/Transport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kac::api;

namespace {

QJsonObject typeEntry(const QString &name, const QStringList &fields,
                      const QStringList &inputFields = {})
{
    QJsonArray fieldList;
    for (const QString &field : fields) {
        const qsizetype paren = field.indexOf(QLatin1Char('('));
        QJsonArray args;
        if (paren > 0)
            args.append(QJsonObject{{QStringLiteral("name"), field.mid(paren + 1).chopped(1)}});
        fieldList.append(
            QJsonObject{{QStringLiteral("name"), paren > 0 ? field.left(paren) : field},
                        {QStringLiteral("args"), args}});
    }
    QJsonArray inputs;
    for (const QString &field : inputFields)
        inputs.append(QJsonObject{{QStringLiteral("name"), field}});
    return {{QStringLiteral("name"), name},
            {QStringLiteral("fields"), fields.isEmpty() ? QJsonValue() : QJsonValue(fieldList)},
            {QStringLiteral("inputFields"), inputFields.isEmpty() ? QJsonValue() : inputs}};
}

// An introspection answer with a root type named as some endpoints name it ("RootQuery").
QJsonObject introspection(bool withNotes, bool withNmi)
{
    QStringList account{QStringLiteral("number")};
    if (withNotes)
        account << QStringLiteral("notes");
    QStringList search{QStringLiteral("accountNumber"), QStringLiteral("mirn")};
    if (withNmi)
        search << QStringLiteral("nmi");
    const QJsonArray types{
        typeEntry(QStringLiteral("RootQuery"),
                  {QStringLiteral("account(accountNumber)"), QStringLiteral("accountsSearch")}),
        typeEntry(QStringLiteral("AccountType"), account),
        typeEntry(QStringLiteral("AccountNoteType"), {QStringLiteral("body")}),
        typeEntry(QStringLiteral("AccountSearchInputType"), {}, search),
        typeEntry(QStringLiteral("__Schema"), {QStringLiteral("types")}),
    };
    return {{QStringLiteral("__schema"),
             QJsonObject{{QStringLiteral("queryType"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("RootQuery")}}},
                         {QStringLiteral("types"), types}}}};
}

OperationManifest smallManifest()
{
    return OperationManifest(
        {{QStringLiteral("AccountNotes"),
          {QStringLiteral("AccountNoteType.body"), QStringLiteral("AccountType.notes"),
           QStringLiteral("AccountType.number"), QStringLiteral("Query.account"),
           QStringLiteral("Query.account(accountNumber)")}},
         {QStringLiteral("AccountsSearch"),
          {QStringLiteral("AccountSearchInputType"), QStringLiteral("Query.accountsSearch")}},
         {QStringLiteral("Ledgers"), {QStringLiteral("Query.ledgers")}},
         {QStringLiteral("Statements"),
          {QStringLiteral("Query.account"), QStringLiteral("StatementType"),
           QStringLiteral("StatementType.closingBalance")}}},
        {{QStringLiteral("AccountsSearch"),
          {{QStringLiteral("searchTerms"), QStringLiteral("AccountSearchInputType")}}}});
}

} // namespace

class TestEndpointCapabilities : public QObject
{
    Q_OBJECT

private slots:
    // The manifest compiled in is generated from resources/graphql at build time.
    void builtInManifestDescribesAnOperation()
    {
        const OperationManifest manifest = OperationManifest::builtIn();
        QVERIFY(!manifest.isEmpty());
        for (const QString &name : manifest.operations())
            QVERIFY2(Operation::load(name).isValid(), qPrintable(name));
        const QStringList notes = manifest.needs(QStringLiteral("AccountNotes"));
        QVERIFY2(notes.contains(QStringLiteral("Query.account")), qPrintable(notes.join(' ')));
        QVERIFY(notes.contains(QStringLiteral("Query.account(accountNumber)")));
        QVERIFY(notes.contains(QStringLiteral("AccountType.notes")));
        QVERIFY(notes.contains(QStringLiteral("AccountNoteType.body")));
        // Coordinates only: no built-in scalars, no introspection.
        for (const QString &coordinate : notes) {
            QVERIFY(coordinate != QLatin1String("String"));
            QVERIFY(!coordinate.contains(QLatin1String("__")));
        }
        const QStringList search = manifest.needs(QStringLiteral("AccountsSearch"));
        QVERIFY(search.contains(QStringLiteral("AccountSearchInputType")));
        QVERIFY(search.contains(QStringLiteral("Query.accountsSearch(searchTerms)")));
        QCOMPARE(
            manifest.variableType(QStringLiteral("AccountsSearch"), QStringLiteral("searchTerms")),
            QStringLiteral("AccountSearchInputType"));
        // The introspection itself needs nothing an endpoint could lack.
        QVERIFY(manifest.needs(QStringLiteral("SchemaIntrospection")).isEmpty());
    }

    void summaryFromIntrospectionNamesTheRootsQueryAndMutation()
    {
        const SchemaSummary schema = SchemaSummary::fromIntrospection(introspection(true, true));
        QVERIFY(schema.hasType(QStringLiteral("Query")));
        QVERIFY(!schema.hasType(QStringLiteral("RootQuery")));
        QVERIFY(!schema.hasType(QStringLiteral("__Schema")));
        QVERIFY(schema.has(QStringLiteral("Query.account")));
        QVERIFY(schema.has(QStringLiteral("Query.account(accountNumber)")));
        QVERIFY(!schema.has(QStringLiteral("Query.account(number)")));
        QVERIFY(schema.has(QStringLiteral("AccountSearchInputType.nmi")));
        QVERIFY(schema.has(QStringLiteral("AccountNoteType")));
        QVERIFY(!schema.has(QStringLiteral("StatementType")));
        // The cached form reads back the same.
        const SchemaSummary again = SchemaSummary::fromJson(schema.toJson());
        QCOMPARE(again.toJson(), schema.toJson());
        QVERIFY(SchemaSummary::fromIntrospection({}).isEmpty());
    }

    void checkSaysWhyAnOperationIsNotOffered()
    {
        const OperationManifest manifest = smallManifest();
        const QHash<QString, QString> refused = EndpointCapabilities::check(
            manifest, SchemaSummary::fromIntrospection(introspection(false, true)));
        QCOMPARE(refused.value(QStringLiteral("AccountNotes")),
                 QStringLiteral("this Kraken has no field AccountType.notes"));
        QCOMPARE(refused.value(QStringLiteral("Ledgers")),
                 QStringLiteral("this Kraken has no field Query.ledgers"));
        // The missing type is the reason, not its fields.
        QCOMPARE(refused.value(QStringLiteral("Statements")),
                 QStringLiteral("this Kraken has no type StatementType"));
        QVERIFY(!refused.contains(QStringLiteral("AccountsSearch")));

        EndpointCapabilities capabilities(manifest);
        QSignalSpy changed(&capabilities, &EndpointCapabilities::changed);
        QVERIFY(!capabilities.isKnown());
        QVERIFY(capabilities.offers(QStringLiteral("AccountNotes"))); // unknown: all offered
        capabilities.setSchema(SchemaSummary::fromIntrospection(introspection(false, false)),
                               refused);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!capabilities.offers(QStringLiteral("AccountNotes")));
        QVERIFY(capabilities.whyNot(QStringLiteral("AccountNotes")).contains("AccountType.notes"));
        QVERIFY(capabilities.offers(QStringLiteral("AccountsSearch")));
        // Input fields set at run time are checked against the variable's type.
        const QJsonObject byNmi{
            {QStringLiteral("searchTerms"), QJsonObject{{QStringLiteral("nmi"), "4102345678"}}}};
        const QJsonObject byMirn{
            {QStringLiteral("searchTerms"), QJsonObject{{QStringLiteral("mirn"), "5321234567"}}}};
        QCOMPARE(capabilities.whyNot(QStringLiteral("AccountsSearch"), byNmi),
                 QStringLiteral("this Kraken has no input field AccountSearchInputType.nmi"));
        QVERIFY(capabilities.offers(QStringLiteral("AccountsSearch"), byMirn));
        QVERIFY(!capabilities.hasMember(QStringLiteral("AccountSearchInputType"),
                                        QStringLiteral("nmi")));
        capabilities.reset();
        QCOMPARE(changed.size(), 2);
        QVERIFY(capabilities.offers(QStringLiteral("AccountNotes")));
        QVERIFY(capabilities.offers(QStringLiteral("AccountsSearch"), byNmi));
    }

    void cacheKeepsOneSchemaPerEndpointAndVersion()
    {
        QTemporaryDir dir;
        const SchemaCache cache(dir.path() + QStringLiteral("/schemas"));
        const QUrl a(QStringLiteral("https://api.one.example/v1/graphql/"));
        const QUrl b(QStringLiteral("https://api.two.example/v1/graphql/"));
        QVERIFY(cache.load(a).schema.isEmpty());
        const SchemaSummary schema = SchemaSummary::fromIntrospection(introspection(true, true));
        QVERIFY(cache.save(a, {QStringLiteral("v1 abc"), schema}));
        const SchemaCache::Entry entry = cache.load(a);
        QCOMPARE(entry.krakenVersion, QStringLiteral("v1 abc"));
        QCOMPARE(entry.schema.toJson(), schema.toJson());
        QVERIFY(cache.load(b).schema.isEmpty());
        QVERIFY(cache.fileFor(a) != cache.fileFor(b));
        // Another endpoint's file copied over this one's name is not taken for it.
        QVERIFY(cache.save(b, {QStringLiteral("v2"), schema}));
        QFile::remove(cache.fileFor(a));
        QVERIFY(QFile::copy(cache.fileFor(b), cache.fileFor(a)));
        QVERIFY(cache.load(a).schema.isEmpty());

        // A file not written for a long time (an endpoint no longer used) goes at the next save.
        {
            QFile old(cache.fileFor(b));
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(
                QDateTime::currentDateTimeUtc().addDays(-SchemaCache::kMaxAgeDays - 1),
                QFileDevice::FileModificationTime));
        }
        QVERIFY(cache.save(a, {QStringLiteral("v1 abc"), schema}));
        QVERIFY(!QFile::exists(cache.fileFor(b)));
        QVERIFY(QFile::exists(cache.fileFor(a)));
    }

    void signInMethodsFromTheInputsFields()
    {
        QVERIFY(!SignInMethodSet::fromIntrospection({}).known);
        const QJsonObject data{
            {QStringLiteral("__type"),
             QJsonObject{
                 {QStringLiteral("inputFields"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("APIKey")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("email")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("refreshToken")}}}}}}};
        const SignInMethodSet methods = SignInMethodSet::fromIntrospection(data);
        QVERIFY(methods.known && methods.apiKey);
        QVERIFY(!methods.password); // email without password is not a password sign-in
        QVERIFY(!methods.preSignedKey && !methods.organizationSecretKey);
    }

    // The one place every request passes: an operation the endpoint lacks is never sent.
    void transportFinishesNotOfferedWithoutSending()
    {
        const OperationManifest manifest = OperationManifest::builtIn();
        SchemaSummary schema = SchemaSummary::fromIntrospection(introspection(false, true));
        EndpointCapabilities capabilities(manifest);
        capabilities.setSchema(schema, EndpointCapabilities::check(manifest, schema));
        Transport transport;
        // Nothing listens here: a request that went out would end as a Network error.
        transport.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/v1/graphql/")));
        transport.setCapabilities(&capabilities);
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("AccountNotes")),
                           {{QStringLiteral("accountNumber"), QStringLiteral("A-2B7E41C9")}}));
        QVERIFY(!request->isFinished()); // finished later, never inside send()
        QSignalSpy finished(request.get(), &GraphQLRequest::finished);
        QVERIFY(finished.wait(2000));
        QCOMPARE(request->result().error.kind, ApiError::Kind::NotOffered);
        QCOMPARE(request->result().error.errorDescription,
                 QStringLiteral("this Kraken has no field AccountType.notes"));
        QCOMPARE(request->result().attempts, 0);
        QVERIFY(!request->result().error.isTransient());
    }
};

QTEST_GUILESS_MAIN(TestEndpointCapabilities)
#include "tst_endpointcapabilities.moc"
