// The sanitiser against the public corpora sanitiser authors test with: the OWASP XSS filter
// evasion cheat sheet and DOMPurify's test vectors (strings assembled in
// conversations/data/xss-vectors.json, sources credited there). For every vector, after
// sanitising: no script, no event handler, no javascript:/vbscript:/data: URL outside images, no
// style that fetches or runs, and the readable text kept. Then the real message viewer renders
// it and every QTextDocument::loadResource call is recorded: nothing remote is loaded.
#include "models/conversations/HtmlSanitizer.h"
#include "models/conversations/MessageContent.h"
#include "ui/conversations/MessageView.h"
#include "ui/conversations/SafeTextBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTextDocument>

using kac::models::HtmlSanitizer;
using kac::models::MessageContent;

namespace {

const QString kCustomerText = QStringLiteral("Dear customer, my bill is wrong.");

// Records every resource the document asks for and what it was answered with.
class RecordingDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

    struct Call
    {
        int type;
        QUrl url;
        QVariant answer;
    };
    QList<Call> calls;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        const QVariant answer = QTextDocument::loadResource(type, name);
        calls << Call{type, name, answer};
        return answer;
    }
};

// Tags and attributes of the sanitiser's output. It quotes every attribute value and escapes
// "<" everywhere outside tags, so every "<" starts a tag and these patterns read it exactly.
const QRegularExpression kTag(QStringLiteral("<(/?)([A-Za-z][^\\s/>]*)([^>]*)>"));
const QRegularExpression kAttribute(QStringLiteral("([^\\s=\"'/]+)(?:\\s*=\\s*\"([^\"]*)\")?"));

QString compactScheme(const QString &value)
{
    QString compact;
    for (const QChar c : HtmlSanitizer::decodeEntities(value)) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f && !c.isSpace() &&
            c.category() != QChar::Other_Format)
            compact += c.toLower();
    }
    const qsizetype colon = compact.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : compact.left(colon);
}

// The first safety violation in sanitised HTML, or an empty string.
QString violation(const QString &html)
{
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        return QStringLiteral("a script tag");
    static const QStringList forbiddenTags{
        "script", "iframe",   "frame",    "frameset", "object", "embed",   "applet", "style",
        "link",   "meta",     "base",     "svg",      "math",   "form",    "input",  "button",
        "select", "textarea", "template", "noscript", "image",  "isindex", "xml"};
    static const QStringList urlAttributes{"href",       "src",       "action", "formaction",
                                           "background", "dynsrc",    "lowsrc", "poster",
                                           "data",       "xlink:href"};
    for (auto tags = kTag.globalMatch(html); tags.hasNext();) {
        const auto tag = tags.next();
        const QString name = tag.captured(2).toLower();
        if (forbiddenTags.contains(name))
            return QStringLiteral("a <%1> element").arg(name);
        for (auto attributes = kAttribute.globalMatch(tag.captured(3)); attributes.hasNext();) {
            const auto attribute = attributes.next();
            const QString attr = attribute.captured(1).toLower();
            const QString value = attribute.captured(2);
            if (attr.startsWith(QLatin1String("on")))
                return QStringLiteral("an event handler %1 on <%2>").arg(attr, name);
            if (attr == QLatin1String("style")) {
                QString css = HtmlSanitizer::decodeEntities(value).toLower();
                css.remove(QLatin1Char(' '));
                for (const char *word :
                     {"url(", "expression", "javascript", "behavior", "binding", "@import", "\\"})
                    if (css.contains(QLatin1String(word)))
                        return QStringLiteral("style with %1 on <%2>").arg(word, name);
            }
            if (!urlAttributes.contains(attr))
                continue;
            const QString scheme = compactScheme(value);
            const bool image = name == QLatin1String("img") && attr == QLatin1String("src");
            if (scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript") ||
                scheme == QLatin1String("livescript"))
                return QStringLiteral("a %1: URL in %2").arg(scheme, attr);
            if (scheme == QLatin1String("data") && !image)
                return QStringLiteral("a data: URL outside an image (%1 on <%2>)").arg(attr, name);
            if (!image && attr != QLatin1String("href"))
                return QStringLiteral("a URL attribute %1 on <%2>").arg(attr, name);
        }
    }
    return {};
}

// What a reader sees: tags removed, entities decoded.
QString readableText(const QString &html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return HtmlSanitizer::decodeEntities(text);
}

MessageContent email(const QString &html)
{
    MessageContent m;
    m.kind = MessageContent::Kind::Email;
    m.direction = MessageContent::Direction::Inbound;
    m.subject = QStringLiteral("Vector");
    m.from = QStringLiteral("customer@example.com");
    m.html = html;
    m.plainText = QStringLiteral("Plain version");
    return m;
}

} // namespace

class TestXssCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sanitisedIsInert_data();
    void sanitisedIsInert();
    void viewerLoadsNothingRemote_data();
    void viewerLoadsNothingRemote();
    void cleanupTestCase();

private:
    void addRows();

    QTcpServer m_server; // where every vector's remote URL points
    QString m_remote;    // its http://127.0.0.1:port
    QJsonArray m_vectors;
    int m_remoteRequests = 0;
};

void TestXssCorpus::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    m_remote = QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort());
    QFile file(QStringLiteral(KAC_XSS_VECTORS));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_vectors = QJsonDocument::fromJson(file.readAll()).object().value("vectors").toArray();
    QVERIFY(m_vectors.size() >= 140); // the whole corpus, not a silently empty file
}

void TestXssCorpus::addRows()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("keep");
    int n = 0;
    for (const QJsonValue &value : std::as_const(m_vectors)) {
        const QJsonObject vector = value.toObject();
        QString html = vector.value("html").toString();
        html.replace(QLatin1String("xss.rocks"), m_remote); // a fetch would reach m_server
        QStringList keep{kCustomerText};
        for (const QJsonValue &text : vector.value("keep").toArray())
            keep << text.toString();
        const QString source = vector.value("source").toString().section(QLatin1Char(' '), 0, 0);
        QTest::addRow("%s %d", qPrintable(source), ++n)
            << QStringLiteral("<p>%1</p>").arg(kCustomerText) + html << keep;
    }
}

void TestXssCorpus::sanitisedIsInert_data()
{
    addRows();
}

void TestXssCorpus::sanitisedIsInert()
{
    QFETCH(QString, html);
    QFETCH(QStringList, keep);
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
    const QString problem = violation(result.html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in: ") + result.html));
    const QString text = readableText(result.html);
    for (const QString &words : keep)
        QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" lost: ") + text));
}

void TestXssCorpus::viewerLoadsNothingRemote_data()
{
    addRows();
}

void TestXssCorpus::viewerLoadsNothingRemote()
{
    QFETCH(QString, html);
    QSignalSpy connections(&m_server, &QTcpServer::newConnection);
    kac::ui::MessageView view;
    auto *document = new RecordingDocument(view.body());
    // As SafeTextBrowser sets its own document up: a provider answering nothing, so every
    // resource reaches the browser's loadResource.
    document->setResourceProvider([](const QUrl &) { return QVariant(); });
    view.body()->setDocument(document);
    view.resize(700, 500);
    view.show();
    view.showMessage(email(html));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.body()->document()->documentLayout()->documentSize(); // images are asked for here
    view.grab();                                               // and when painted
    QCoreApplication::processEvents();

    const QStringList reported = HtmlSanitizer::sanitize(html).remoteResources;
    int remoteLoads = 0; // remote URLs answered with anything but the blocked placeholder
    int unreported = 0;  // remote URLs the agent is not told were blocked
    for (const RecordingDocument::Call &call : std::as_const(document->calls)) {
        if (call.url.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0)
            continue; // decoded in memory
        ++m_remoteRequests;
        const bool placeholder =
            call.type == QTextDocument::ImageResource
                ? call.answer.value<QImage>() == kac::ui::SafeTextBrowser::placeholderImage()
                : call.answer.toString().isEmpty();
        if (!placeholder) {
            ++remoteLoads;
            qWarning("loaded: %s", qPrintable(call.url.toString()));
        }
        if (!reported.contains(call.url.toString())) {
            ++unreported;
            qWarning("asked for but not reported: %s", qPrintable(call.url.toString()));
        }
        QVERIFY(view.body()->blockedUrls().contains(call.url.toString()));
    }
    QCOMPARE(remoteLoads, 0);
    QCOMPARE(unreported, 0);
    QCOMPARE(connections.size(), 0);
}

void TestXssCorpus::cleanupTestCase()
{
    // The recorder saw the corpus's remote images asked for (and blocked): it is wired in.
    QVERIFY(m_remoteRequests > 0);
}

QTEST_MAIN(TestXssCorpus)
#include "tst_xss_corpus.moc"
