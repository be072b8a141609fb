#pragma once

#include <QString>
#include <QStringList>

namespace kac::models {

// Makes a customer's (or anyone's) email HTML safe to hand to a QTextDocument. QTextDocument
// runs no scripts, but the console does not rely on that alone: this keeps an allow-list of
// tags and attributes and drops everything else before display. The email is parsed by Gumbo,
// an HTML5 parser, into the tree a browser would build (mis-nested tags, odd comments, raw
// text, foreign content all as browsers treat them); only that tree's allowed parts are
// written back, balanced and escaped.
//  - removed with their content: script, style, iframe, object, embed, applet, svg, math,
//    template, noscript, head/title, form controls, link/meta/base ...
//  - removed attributes: every on* handler, class/id, background, anything not allowed
//  - links: only http, https, mailto and tel hrefs survive (javascript:, data:, vbscript:,
//    file: ... are removed, also when hidden with entities or whitespace); with
//    showLinkTargets the real target is written after the link's text, so "Pay now" reads
//    "Pay now [https://evil.example/...]"
//  - images: data:image/... and remote http(s)/cid sources are kept (the view blocks and counts
//    remote ones and never fetches them); other schemes are removed
//  - inline styles: declarations with url(), expression(), @import, behavior, -moz-binding or
//    CSS escapes are removed
// Stateless (gumbo keeps no global state); runs on any thread.
class HtmlSanitizer
{
public:
    struct Options
    {
        bool showLinkTargets = true;
    };

    struct Result
    {
        QString html;
        int removedElements = 0;     // dangerous elements dropped (script, iframe, object...)
        int removedAttributes = 0;   // handlers, disallowed attributes, unsafe URLs, CSS url()
        int blockedLinks = 0;        // hrefs removed because their scheme is unsafe
        QStringList remoteResources; // remote image sources left for the view to block
    };

    static Result sanitize(const QString &html, const Options &options);
    static Result sanitize(const QString &html) { return sanitize(html, Options{}); }

    // http, https, mailto, tel (after decoding entities and dropping whitespace/controls).
    static bool isSafeLinkUrl(const QString &url);
    // The decoded, whitespace-free, lower-cased scheme ("" for a relative URL).
    static QString schemeOf(const QString &url);
    // Inline CSS with dangerous declarations removed; `removed` counts them.
    static QString sanitizeStyle(const QString &css, int *removed = nullptr);
    // &amp; &lt; &#x3a; &colon; ... decoded (enough for scheme checks).
    static QString decodeEntities(const QString &text);
};

} // namespace kac::models
