#pragma once

// The safety invariants of sanitised email HTML, checked by the HTML fuzzers: no script, no
// event handler, no URL but a safe link or an image (data:image or a remote one the view is told
// to block), no style that fetches or runs. They read the sanitiser's own output format: every
// attribute value quoted, every "<" outside a tag escaped, so these patterns read it exactly.
#include "models/conversations/HtmlSanitizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace kac::fuzz {

inline QString htmlViolation(const models::HtmlSanitizer::Result &result)
{
    using models::HtmlSanitizer;
    static const QRegularExpression tagPattern(QStringLiteral("<(/?)([^\\s/>]*)([^>]*)>"));
    static const QRegularExpression attributePattern(
        QStringLiteral("([^\\s=\"'/]+)(?:\\s*=\\s*\"([^\"]*)\")?"));
    static const QStringList forbidden{"script", "iframe",   "frame",    "frameset", "object",
                                       "embed",  "applet",   "style",    "link",     "meta",
                                       "base",   "svg",      "math",     "form",     "input",
                                       "button", "textarea", "template", "noscript"};
    const QString &html = result.html;
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        return QStringLiteral("a script tag");
    for (auto tags = tagPattern.globalMatch(html); tags.hasNext();) {
        const auto tag = tags.next();
        const QString name = tag.captured(2).toLower();
        if (forbidden.contains(name))
            return QStringLiteral("a <%1> element").arg(name);
        for (auto attributes = attributePattern.globalMatch(tag.captured(3));
             attributes.hasNext();) {
            const auto attribute = attributes.next();
            const QString attr = attribute.captured(1).toLower();
            const QString value = HtmlSanitizer::decodeEntities(attribute.captured(2));
            if (attr.startsWith(QLatin1String("on")))
                return QStringLiteral("event handler %1").arg(attr);
            if (attr == QLatin1String("style")) {
                QString css = value.toLower();
                css.remove(QLatin1Char(' '));
                for (const char *word : {"url(", "expression(", "javascript:", "behavior",
                                         "-moz-binding", "@import", "\\"})
                    if (css.contains(QLatin1String(word)))
                        return QStringLiteral("style with %1").arg(QLatin1String(word));
            }
            const QString scheme = HtmlSanitizer::schemeOf(value);
            if (attr == QLatin1String("href")) {
                if (!HtmlSanitizer::isSafeLinkUrl(value))
                    return QStringLiteral("unsafe href %1").arg(value);
            } else if (attr == QLatin1String("src") && name == QLatin1String("img")) {
                const QString trimmed = value.trimmed();
                if (scheme == QLatin1String("data")) {
                    if (!trimmed.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive))
                        return QStringLiteral("non-image data: src");
                } else if (!result.remoteResources.contains(trimmed)) {
                    return QStringLiteral("image source not reported as remote: %1").arg(value);
                }
            } else if (attr == QLatin1String("src") || attr == QLatin1String("background") ||
                       attr == QLatin1String("action") || attr == QLatin1String("formaction") ||
                       attr == QLatin1String("data") || attr == QLatin1String("poster") ||
                       attr == QLatin1String("xlink:href")) {
                return QStringLiteral("URL attribute %1 on <%2>").arg(attr, name);
            }
        }
    }
    return {};
}

} // namespace kac::fuzz
