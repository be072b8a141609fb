#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace kac::models::HtmlPolicy {

// What HtmlSanitizer lets through, as tables (tag names in lower case).
using Names = QSet<QString>;

// Raw-text elements: their content is not markup; dropped with it.
const Names &rawTextDropped();
// Dropped with everything inside them (as is every SVG or MathML element).
const Names &containerDropped();
// Dropped; they have no content.
const Names &voidDropped();
// Allowed elements that have no end tag.
const Names &voidElements();
// Allowed tags and the attributes each may keep besides globalAttributes().
const QHash<QString, Names> &allowedTags();
const Names &globalAttributes();
// Inline CSS without declarations that could fetch or run anything (url(), expression(),
// @import, behavior, -moz-binding, CSS escapes, comments); `removed` counts them.
QString sanitizeStyle(const QString &css, int *removed = nullptr);

} // namespace kac::models::HtmlPolicy
