#include "models/conversations/HtmlPolicy.h"

#include <QStringList>

namespace kac::models::HtmlPolicy {

// Raw-text elements: the HTML5 parser reads their content as text (a "<img onerror>" inside a
// script is text); the sanitiser drops them with that text.
const Names &rawTextDropped()
{
    static const Names names{"script",   "style", "iframe",    "noscript", "noembed",
                             "noframes", "xmp",   "plaintext", "title",    "textarea"};
    return names;
}

// Dropped with everything inside them.
const Names &containerDropped()
{
    static const Names names{"object",   "applet", "svg",   "math",   "template", "head",  "select",
                             "frameset", "audio",  "video", "canvas", "map",      "button"};
    return names;
}

// Dropped; they have no content.
const Names &voidDropped()
{
    static const Names names{"embed", "link",  "meta",   "base",     "input",   "param", "source",
                             "track", "frame", "keygen", "basefont", "bgsound", "area"};
    return names;
}

const Names &voidElements()
{
    static const Names names{"br", "hr", "img", "col", "wbr"};
    return names;
}

// Allowed tags and the attributes each may keep (besides the global ones).
const QHash<QString, Names> &allowedTags()
{
    static const QHash<QString, Names> tags = [] {
        QHash<QString, Names> t;
        for (const char *name :
             {"html",    "div",    "span", "p",       "br",    "hr",         "b",
              "strong",  "i",      "em",   "u",       "s",     "strike",     "del",
              "ins",     "sub",    "sup",  "small",   "big",   "h1",         "h2",
              "h3",      "h4",     "h5",   "h6",      "thead", "tbody",      "tfoot",
              "caption", "ul",     "dl",   "dt",      "dd",    "blockquote", "pre",
              "code",    "tt",     "kbd",  "samp",    "var",   "center",     "address",
              "cite",    "q",      "abbr", "acronym", "nobr",  "section",    "article",
              "header",  "footer", "main", "nav",     "aside", "figure",     "figcaption",
              "mark",    "wbr"})
            t.insert(QString::fromLatin1(name), {});
        t.insert(QStringLiteral("body"), {"bgcolor", "text"});
        t.insert(QStringLiteral("a"), {"href", "name"});
        t.insert(QStringLiteral("img"), {"src", "alt", "width", "height", "border"});
        t.insert(QStringLiteral("font"), {"color", "size", "face"});
        t.insert(QStringLiteral("table"),
                 {"width", "border", "cellpadding", "cellspacing", "bgcolor"});
        t.insert(QStringLiteral("tr"), {"valign", "bgcolor"});
        t.insert(QStringLiteral("td"),
                 {"width", "height", "colspan", "rowspan", "valign", "bgcolor", "nowrap"});
        t.insert(QStringLiteral("th"),
                 {"width", "height", "colspan", "rowspan", "valign", "bgcolor", "nowrap"});
        t.insert(QStringLiteral("col"), {"span", "width"});
        t.insert(QStringLiteral("colgroup"), {"span", "width"});
        t.insert(QStringLiteral("ol"), {"start", "type"});
        t.insert(QStringLiteral("li"), {"value"});
        return t;
    }();
    return tags;
}

const Names &globalAttributes()
{
    static const Names names{"title", "dir", "align", "lang", "style"};
    return names;
}

QString sanitizeStyle(const QString &css, int *removed)
{
    static const char *const banned[] = {
        "url(",         "expression(", "javascript:", "vbscript:", "behavior",
        "-moz-binding", "@import",     "image-set(",  "\\",        "/*"};
    QStringList kept;
    int dropped = 0;
    const QStringList declarations = css.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : declarations) {
        const QString declaration = raw.trimmed();
        if (declaration.isEmpty())
            continue;
        QString compact = declaration.toLower();
        compact.remove(QLatin1Char(' '));
        bool bad = !declaration.contains(QLatin1Char(':'));
        for (const char *word : banned)
            bad = bad || compact.contains(QLatin1String(word));
        if (bad)
            ++dropped;
        else
            kept << declaration;
    }
    if (removed)
        *removed += dropped;
    return kept.join(QLatin1String("; "));
}

} // namespace kac::models::HtmlPolicy
