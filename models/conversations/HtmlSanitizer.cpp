#include "models/conversations/HtmlSanitizer.h"

#include "models/conversations/HtmlPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <cctype>
#include <gumbo.h>

namespace kac::models {

namespace {

using namespace HtmlPolicy;

QString escapeAttribute(const QString &value)
{
    QString out = value.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

// Text content: & and < are all a parser reads as markup in text ("c > d" stays as written).
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else
            out += c;
    }
    return out;
}

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// A body that starts with a table part (a forwarded <td>...</td>) is parsed as a fragment in
// the element it belongs in, as the HTML fragment algorithm (and jQuery's wrap map) do: the
// document algorithm ignores a <td> outside a table and would lose its attributes.
GumboTag fragmentContextFor(const QByteArray &html)
{
    qsizetype at = 0;
    while (at < html.size() && QChar::isSpace(uchar(html.at(at))))
        ++at;
    if (at >= html.size() || html.at(at) != '<')
        return GUMBO_TAG_LAST;
    qsizetype end = at + 1;
    while (end < html.size() && std::isalpha(uchar(html.at(end))))
        ++end;
    const QByteArray name = html.mid(at + 1, end - at - 1).toLower();
    if (end < html.size() &&
        !(QChar::isSpace(uchar(html.at(end))) || html.at(end) == '>' || html.at(end) == '/'))
        return GUMBO_TAG_LAST;
    if (name == "td" || name == "th")
        return GUMBO_TAG_TR;
    if (name == "tr")
        return GUMBO_TAG_TBODY;
    if (name == "tbody" || name == "thead" || name == "tfoot" || name == "caption" ||
        name == "colgroup")
        return GUMBO_TAG_TABLE;
    if (name == "col")
        return GUMBO_TAG_COLGROUP;
    return GUMBO_TAG_LAST;
}

// gumbo, like the HTML5 algorithm it follows, scans the stack of open elements for each start
// tag, so parsing costs depth x tags: 10,000 nested <div>s take 0.3 s, 100,000 take a minute of a
// worker. Browsers cap nesting too (Chromium at 512). Start tags beyond kMaxNesting open
// elements (a crude count: void and self-closing-by-rule elements not counted) are left out
// before parsing. This bounds the cost only; safety still comes from the tree and allow-list.
constexpr int kMaxNesting = 4000;

bool opensNothing(const QByteArray &name)
{
    static const QSet<QByteArray> names{"br",     "hr",    "img",  "input", "meta",  "link",
                                        "col",    "wbr",   "area", "base",  "embed", "param",
                                        "source", "track", "p",    "li",    "dt",    "dd",
                                        "tr",     "td",    "th",   "option"};
    return names.contains(name);
}

QByteArray boundNesting(const QByteArray &html)
{
    QByteArray out;
    int depth = 0;
    qsizetype copied = 0;
    for (qsizetype i = 0; i + 1 < html.size(); ++i) {
        if (html.at(i) != '<')
            continue;
        if (html.at(i + 1) == '/') {
            depth = qMax(0, depth - 1);
            continue;
        }
        qsizetype end = i + 1;
        while (end < html.size() && std::isalnum(uchar(html.at(end))))
            ++end;
        if (end == i + 1 || opensNothing(html.mid(i + 1, end - i - 1).toLower()))
            continue;
        if (++depth <= kMaxNesting)
            continue;
        const qsizetype close = html.indexOf('>', end);
        out += html.mid(copied, i - copied); // this start tag is left out
        copied = close < 0 ? html.size() : close + 1;
        i = copied - 1;
        --depth;
    }
    if (copied == 0)
        return html;
    out += html.mid(copied);
    return out;
}

// The element's lower-case name; for tags gumbo does not know, the name as written.
QString elementName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

// One walk over the tree gumbo built; state for a single sanitize() call. Iterative (an
// explicit stack), so a deeply nested email cannot exhaust a worker thread's stack here.
class TreeWriter
{
public:
    explicit TreeWriter(const HtmlSanitizer::Options &options)
        : opt(options)
    {}

    HtmlSanitizer::Result run(const GumboNode *root)
    {
        struct Frame
        {
            const GumboNode *node;
            unsigned next;   // index of the next child to visit
            QString closing; // written after the children ("</p>"; "" when unwrapped)
            bool anchor;
        };
        QList<Frame> stack;
        auto enter = [&](const GumboNode *node) {
            Frame frame{node, 0, QString(), false};
            if (open(node, &frame.closing, &frame.anchor))
                stack << frame;
        };
        enter(root);
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            const GumboVector &children = childrenOf(top.node);
            if (top.next < children.length) {
                const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
                enter(child); // may grow the stack: `top` is not used after this
                continue;
            }
            out += top.closing;
            if (top.anchor)
                closeAnchor();
            stack.removeLast();
        }
        r.html = out;
        return r;
    }

private:
    static const GumboVector &childrenOf(const GumboNode *node)
    {
        return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                 : node->v.element.children;
    }

    // Writes the node's start (or its text); true when its children are to be visited.
    bool open(const GumboNode *node, QString *closing, bool *anchor)
    {
        switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
            return true;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
            const QString text = utf8(node->v.text.text);
            out += escapeText(text);
            if (!anchors.isEmpty())
                anchors.last().text += text;
            return false;
        }
        case GUMBO_NODE_COMMENT:
            return false; // comments (and IE conditionals) go silently
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        }
        const GumboElement &element = node->v.element;
        const QString name = elementName(element);
        // What the parser made up (an implied <head>/<tbody>, a reconstructed <b>) was not in the
        // email: it is never counted as removed, and implied document wrappers are not written.
        const bool implied = node->parse_flags & GUMBO_INSERTION_BY_PARSER;
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || rawTextDropped().contains(name) ||
            containerDropped().contains(name) || voidDropped().contains(name)) {
            if (!implied)
                ++r.removedElements;
            else
                countDroppedChildren(element); // an implied <head> holding <meta>, <base>, <style>
            return false;
        }
        const auto allowed = allowedTags().constFind(name);
        if (allowed == allowedTags().constEnd()) {
            if (!implied)
                r.removedAttributes += int(element.attributes.length);
            return true; // unknown tag (form, o:p, blink...): unwrap, keep its text
        }
        if (implied && (element.tag == GUMBO_TAG_HTML || element.tag == GUMBO_TAG_BODY))
            return true;
        QString written = QLatin1Char('<') + name;
        QString href;
        bool hasSource = false;
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString attribute = utf8(a->name);
            const QString value = keptValue(name, attribute, utf8(a->value), *allowed, implied);
            if (value.isNull())
                continue;
            if (element.tag == GUMBO_TAG_A && attribute == QLatin1String("href"))
                href = value;
            hasSource = hasSource || attribute == QLatin1String("src");
            written += QLatin1Char(' ') + attribute + QLatin1String("=\"") +
                       escapeAttribute(value) + QLatin1Char('"');
        }
        // An image whose source went (or never was) shows nothing; written, the view would
        // ask for "" and count it as a blocked remote image.
        if (element.tag == GUMBO_TAG_IMG && !hasSource)
            return false;
        out += written + QLatin1Char('>');
        if (!voidElements().contains(name))
            *closing = QLatin1String("</") + name + QLatin1Char('>');
        if (element.tag == GUMBO_TAG_A) {
            anchors << Anchor{href, QString()};
            *anchor = true;
        }
        return !voidElements().contains(name);
    }

    void countDroppedChildren(const GumboElement &element)
    {
        for (unsigned i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE)
                ++r.removedElements;
        }
    }

    // The attribute's value (gumbo has decoded its entities) if it may stay, else a null
    // QString (and counted, unless the parser copied the attribute onto an element it made).
    QString keptValue(const QString &tagName, const QString &name, const QString &value,
                      const HtmlPolicy::Names &allowed, bool implied)
    {
        int removed = 0;
        QString kept = keptValue(tagName, name, value, allowed, &removed);
        if (!implied)
            r.removedAttributes += removed;
        return kept;
    }

    QString keptValue(const QString &tagName, const QString &name, const QString &value,
                      const HtmlPolicy::Names &allowed, int *removed)
    {
        if (!allowed.contains(name) && !globalAttributes().contains(name)) {
            ++*removed;
            return {};
        }
        if (name == QLatin1String("style")) {
            const QString css = HtmlSanitizer::sanitizeStyle(value, removed);
            return css.isEmpty() ? QString() : css;
        }
        if (name == QLatin1String("href")) {
            // isSafeLinkUrl decodes entities once more: "&amp;#106;avascript:" is refused too.
            if (HtmlSanitizer::isSafeLinkUrl(value))
                return value.trimmed();
            ++r.blockedLinks;
            ++*removed;
            return {};
        }
        if (name == QLatin1String("src") && tagName == QLatin1String("img")) {
            const QString trimmed = value.trimmed();
            const QString scheme = HtmlSanitizer::schemeOf(value);
            if (scheme == QLatin1String("data")) {
                if (trimmed.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive))
                    return trimmed;
            } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                       scheme == QLatin1String("cid") || trimmed.startsWith(QLatin1String("//"))) {
                r.remoteResources << trimmed;
                return trimmed;
            }
            ++*removed;
            return {};
        }
        return value.isNull() ? QStringLiteral("") : value;
    }

    // After a link's text, the real target when the text does not already say it.
    void closeAnchor()
    {
        const Anchor anchor = anchors.takeLast();
        if (!opt.showLinkTargets || anchor.href.isEmpty())
            return;
        const QString shown = anchor.text.simplified();
        QString target = anchor.href;
        if (target.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            target = target.mid(7);
        if (shown == anchor.href || shown == target)
            return; // the text already is the target
        out += QLatin1String(" <span style=\"color:#555555\">[") + anchor.href.toHtmlEscaped() +
               QLatin1String("]</span>");
    }

    struct Anchor
    {
        QString href;
        QString text; // decoded
    };

    const HtmlSanitizer::Options opt;
    QString out;
    HtmlSanitizer::Result r;
    QList<Anchor> anchors;
};

} // namespace

HtmlSanitizer::Result HtmlSanitizer::sanitize(const QString &html, const Options &options)
{
    // Parsed as a browser would (the HTML5 algorithm: mis-nested tags, odd comments, raw text,
    // foreign content), then only the allow-list is written back. gumbo keeps no global state:
    // each call owns its options and output, so this runs on any thread.
    const QByteArray bytes = boundNesting(html.toUtf8());
    GumboOptions parse = kGumboDefaultOptions;
    parse.max_errors = 0; // the errors are not read; do not collect them
    parse.fragment_context = fragmentContextFor(bytes);
    GumboOutput *tree = gumbo_parse_with_options(&parse, bytes.constData(), size_t(bytes.size()));
    Result result = TreeWriter(options).run(tree->document);
    gumbo_destroy_output(&parse, tree);
    return result;
}

QString HtmlSanitizer::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QChar> named{
        {"amp", '&'},   {"lt", '<'},   {"gt", '>'},       {"quot", '"'},         {"apos", '\''},
        {"colon", ':'}, {"tab", '\t'}, {"newline", '\n'}, {"nbsp", QChar(0xa0)}, {"sol", '/'},
        {"lpar", '('},  {"rpar", ')'}, {"period", '.'}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            out += text.at(i);
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && j - i < 12 &&
               (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('#')))
            ++j;
        const QString entity = text.mid(i + 1, j - i - 1);
        const bool semicolon = j < text.size() && text.at(j) == QLatin1Char(';');
        bool ok = false;
        uint code = 0;
        if (entity.startsWith(QLatin1String("#x"), Qt::CaseInsensitive))
            code = entity.mid(2).toUInt(&ok, 16);
        else if (entity.startsWith(QLatin1Char('#')))
            code = entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t ch = code;
            out += QString::fromUcs4(&ch, 1);
        } else if (named.contains(entity.toLower())) {
            out += named.value(entity.toLower());
        } else {
            out += text.at(i);
            continue;
        }
        i = semicolon ? j : j - 1;
    }
    return out;
}

QString HtmlSanitizer::schemeOf(const QString &url)
{
    QString compact;
    for (const QChar c : decodeEntities(url)) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            compact += c; // browsers ignore whitespace and controls inside "java\tscript:"
    }
    const qsizetype colon = compact.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString scheme = compact.left(colon).toLower();
    for (const QChar c : scheme) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') ||
              c == QLatin1Char('.')))
            return {}; // a colon later in a relative path ("a/b:c")
    }
    return scheme;
}

bool HtmlSanitizer::isSafeLinkUrl(const QString &url)
{
    const QString scheme = schemeOf(url);
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto") || scheme == QLatin1String("tel");
}

QString HtmlSanitizer::sanitizeStyle(const QString &css, int *removed)
{
    return HtmlPolicy::sanitizeStyle(css, removed);
}

} // namespace kac::models
