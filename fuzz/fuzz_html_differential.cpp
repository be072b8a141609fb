// Differential fuzzing of the email sanitiser while the old tokenizer still exists (issue 21):
// the same input through the pre-Gumbo tokenizer (fuzz/legacy) and through HtmlSanitizer (Gumbo),
// both with and without link targets shown. The outputs are not expected to be equal (the old
// one does not build a browser's tree); each must keep the safety invariants (HtmlInvariants.h).
// A violation aborts with the input, the side that broke and the output.
#include "fuzz/HtmlInvariants.h"
#include "fuzz/legacy/LegacyHtmlSanitizer.h"

#include <cstdio>
#include <cstdlib>

namespace {

void check(const char *side, const QString &input, const kac::models::HtmlSanitizer::Result &result)
{
    const QString problem = kac::fuzz::htmlViolation(result);
    if (problem.isEmpty())
        return;
    std::fprintf(stderr, "%s sanitiser: %s\ninput: %s\noutput: %s\n", side, qPrintable(problem),
                 qPrintable(input), qPrintable(result.html));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using kac::models::HtmlSanitizer;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool targets : {true, false}) {
        HtmlSanitizer::Options options;
        options.showLinkTargets = targets;
        check("old", input, kac::fuzz::legacy::sanitize(input, options));
        check("new", input, HtmlSanitizer::sanitize(input, options));
    }
    return 0;
}
