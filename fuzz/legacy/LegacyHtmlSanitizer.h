#pragma once

#include "models/conversations/HtmlSanitizer.h"

namespace kac::fuzz::legacy {

// The pre-Gumbo HtmlSanitizer::sanitize (a hand-written tokenizer), for differential fuzzing.
models::HtmlSanitizer::Result sanitize(const QString &html,
                                       const models::HtmlSanitizer::Options &options);

} // namespace kac::fuzz::legacy
