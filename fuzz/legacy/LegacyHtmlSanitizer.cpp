// The hand-written tokenizer HtmlSanitizer used before Gumbo (issue 21), kept only while the
// differential fuzzer (fuzz_html_differential.cpp) runs old and new on the same input. Not
// shipped: no target but that fuzzer compiles this file.
#include "fuzz/legacy/LegacyHtmlSanitizer.h"

#include "models/conversations/HtmlPolicy.h"

namespace kac::fuzz::legacy {

using models::HtmlSanitizer;

namespace {

using namespace models::HtmlPolicy;

QString escapeAttribute(const QString &value)
{
    QString out = value.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
           c == QLatin1Char(':') || c == QLatin1Char('.');
}

struct Attribute
{
    QString name;
    QString value; // as written (entities not decoded)
};

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QList<Attribute> attributes;
};

// One pass over the input; state for a single sanitize() call.
class Walker
{
public:
    Walker(const QString &in, const HtmlSanitizer::Options &options)
        : s(in)
        , opt(options)
    {}

    HtmlSanitizer::Result run()
    {
        while (i < s.size()) {
            if (s.at(i) == QLatin1Char('<'))
                markup();
            else
                text();
        }
        closeAnchor();
        r.html = out;
        return r;
    }

private:
    void text()
    {
        qsizetype end = s.indexOf(QLatin1Char('<'), i);
        if (end < 0)
            end = s.size();
        if (dropName.isEmpty()) {
            const QStringView chunk = QStringView(s).mid(i, end - i);
            out += chunk;
            if (inAnchor)
                anchorText += chunk;
        }
        i = end;
    }

    void markup()
    {
        const QStringView rest = QStringView(s).mid(i);
        if (rest.startsWith(QLatin1String("<!--"))) {
            const qsizetype end = s.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? s.size() : end + 3; // comments (and IE conditionals) go
            return;
        }
        if (rest.size() > 1 && (rest.at(1) == QLatin1Char('!') || rest.at(1) == QLatin1Char('?'))) {
            const qsizetype end = s.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? s.size() : end + 1; // doctype, CDATA, processing instructions
            return;
        }
        const bool closing = rest.size() > 1 && rest.at(1) == QLatin1Char('/');
        const qsizetype nameAt = i + (closing ? 2 : 1);
        if (nameAt >= s.size() || !s.at(nameAt).isLetter()) {
            if (dropName.isEmpty())
                out += QLatin1String("&lt;");
            ++i;
            return;
        }
        handle(parseTag(closing));
    }

    Tag parseTag(bool closing)
    {
        Tag tag;
        tag.closing = closing;
        i += closing ? 2 : 1;
        const qsizetype start = i;
        while (i < s.size() && isNameChar(s.at(i)))
            ++i;
        tag.name = s.mid(start, i - start).toLower();
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('>')) {
                ++i;
                return tag;
            }
            if (c.isSpace() || c == QLatin1Char('/')) {
                if (c == QLatin1Char('/') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('>'))
                    tag.selfClosing = true;
                ++i;
                continue;
            }
            Attribute a;
            const qsizetype nameStart = i;
            while (i < s.size() && !s.at(i).isSpace() && s.at(i) != QLatin1Char('>') &&
                   s.at(i) != QLatin1Char('=') && s.at(i) != QLatin1Char('/'))
                ++i;
            a.name = s.mid(nameStart, i - nameStart).toLower();
            while (i < s.size() && s.at(i).isSpace())
                ++i;
            if (i < s.size() && s.at(i) == QLatin1Char('=')) {
                ++i;
                while (i < s.size() && s.at(i).isSpace())
                    ++i;
                if (i < s.size() && (s.at(i) == QLatin1Char('"') || s.at(i) == QLatin1Char('\''))) {
                    const QChar quote = s.at(i);
                    const qsizetype end = s.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? s.size() : end;
                    a.value = s.mid(i + 1, stop - i - 1);
                    i = end < 0 ? s.size() : end + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < s.size() && !s.at(i).isSpace() && s.at(i) != QLatin1Char('>'))
                        ++i;
                    a.value = s.mid(valueStart, i - valueStart);
                }
            }
            if (!a.name.isEmpty())
                tag.attributes << a;
            else
                ++i; // a stray character; never loop on it
        }
        return tag;
    }

    void handle(const Tag &tag)
    {
        if (!dropName.isEmpty() && dropName == QLatin1String("head") && !tag.closing &&
            tag.name == QLatin1String("body")) {
            dropName.clear(); // an unclosed <head> ends where <body> starts, as in browsers
            dropDepth = 0;
        }
        if (!dropName.isEmpty()) { // inside a dropped container: only count nesting
            if (tag.name == dropName)
                dropDepth += tag.closing ? -1 : (tag.selfClosing ? 0 : 1);
            if (dropDepth == 0)
                dropName.clear();
            else if (!tag.closing && rawTextDropped().contains(tag.name))
                skipRawText(tag.name);
            return;
        }
        if (tag.closing) {
            if (tag.name == QLatin1String("a"))
                closeAnchor();
            else if (allowedTags().contains(tag.name) && !voidElements().contains(tag.name))
                out += QLatin1String("</") + tag.name + QLatin1Char('>');
            return;
        }
        if (rawTextDropped().contains(tag.name)) {
            ++r.removedElements;
            if (!tag.selfClosing)
                skipRawText(tag.name);
            return;
        }
        if (containerDropped().contains(tag.name)) {
            ++r.removedElements;
            if (!tag.selfClosing) {
                dropName = tag.name;
                dropDepth = 1;
            }
            return;
        }
        if (voidDropped().contains(tag.name)) {
            ++r.removedElements;
            return;
        }
        const auto allowed = allowedTags().constFind(tag.name);
        if (allowed == allowedTags().constEnd()) {
            r.removedAttributes += int(tag.attributes.size());
            return; // unknown tag (form, o:p, blink...): unwrap, keep its text
        }
        if (tag.name == QLatin1String("a"))
            closeAnchor(); // anchors do not nest
        QString written = QLatin1Char('<') + tag.name;
        QString href;
        for (const Attribute &a : tag.attributes) {
            const QString value = keptValue(tag.name, a, *allowed);
            if (value.isNull())
                continue;
            if (tag.name == QLatin1String("a") && a.name == QLatin1String("href"))
                href = value;
            written += QLatin1Char(' ') + a.name + QLatin1String("=\"") + escapeAttribute(value) +
                       QLatin1Char('"');
        }
        written += QLatin1Char('>');
        out += written;
        if (tag.name == QLatin1String("a")) {
            inAnchor = true;
            anchorHref = href;
            anchorText.clear();
        }
    }

    // The attribute's decoded value if it may stay, else a null QString (and counted).
    QString keptValue(const QString &tagName, const Attribute &a,
                      const models::HtmlPolicy::Names &allowed)
    {
        if (!allowed.contains(a.name) && !globalAttributes().contains(a.name)) {
            ++r.removedAttributes;
            return {};
        }
        const QString value = HtmlSanitizer::decodeEntities(a.value);
        if (a.name == QLatin1String("style")) {
            int removed = 0;
            const QString css = HtmlSanitizer::sanitizeStyle(value, &removed);
            r.removedAttributes += removed;
            return css.isEmpty() ? QString() : css;
        }
        if (a.name == QLatin1String("href")) {
            if (HtmlSanitizer::isSafeLinkUrl(value))
                return value.trimmed();
            ++r.blockedLinks;
            ++r.removedAttributes;
            return {};
        }
        if (a.name == QLatin1String("src") && tagName == QLatin1String("img")) {
            const QString scheme = HtmlSanitizer::schemeOf(value);
            if (scheme == QLatin1String("data")) {
                if (value.trimmed().startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive))
                    return value.trimmed();
            } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                       scheme == QLatin1String("cid") ||
                       value.trimmed().startsWith(QLatin1String("//"))) {
                r.remoteResources << value.trimmed();
                return value.trimmed();
            }
            ++r.removedAttributes;
            return {};
        }
        return value.isNull() ? QStringLiteral("") : value;
    }

    void closeAnchor()
    {
        if (!inAnchor)
            return;
        inAnchor = false;
        out += QLatin1String("</a>");
        if (!opt.showLinkTargets || anchorHref.isEmpty())
            return;
        const QString shown = HtmlSanitizer::decodeEntities(anchorText).simplified();
        QString target = anchorHref;
        if (target.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            target = target.mid(7);
        if (shown == anchorHref || shown == target)
            return; // the text already is the target
        out += QLatin1String(" <span style=\"color:#555555\">[") + anchorHref.toHtmlEscaped() +
               QLatin1String("]</span>");
    }

    void skipRawText(const QString &name)
    {
        const QString end = QLatin1String("</") + name;
        const qsizetype at = s.indexOf(end, i, Qt::CaseInsensitive);
        if (at < 0) {
            i = s.size();
            return;
        }
        const qsizetype close = s.indexOf(QLatin1Char('>'), at);
        i = close < 0 ? s.size() : close + 1;
    }

    const QString &s;
    const HtmlSanitizer::Options opt;
    qsizetype i = 0;
    QString out;
    HtmlSanitizer::Result r;
    QString dropName;
    int dropDepth = 0;
    bool inAnchor = false;
    QString anchorHref;
    QString anchorText;
};

} // namespace

HtmlSanitizer::Result sanitize(const QString &html, const HtmlSanitizer::Options &options)
{
    return Walker(html, options).run();
}

} // namespace kac::fuzz::legacy
