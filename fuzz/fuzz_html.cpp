// Fuzzing the email sanitiser (issue 21): arbitrary HTML through HtmlSanitizer (Gumbo), with and
// without link targets shown; each output must keep the safety invariants (HtmlInvariants.h).
// A violation aborts with the input and the output. (While the old hand-written tokenizer
// existed, this ran it on the same input too: git log -- fuzz/fuzz_html_differential.cpp.)
#include "fuzz/HtmlInvariants.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using kac::models::HtmlSanitizer;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool targets : {true, false}) {
        HtmlSanitizer::Options options;
        options.showLinkTargets = targets;
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(input, options);
        const QString problem = kac::fuzz::htmlViolation(result);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "sanitiser: %s\ninput: %s\noutput: %s\n", qPrintable(problem),
                         qPrintable(input), qPrintable(result.html));
            std::abort();
        }
    }
    return 0;
}
