// Fuzzing the screen-pop parser (issue 18): a kraken-agent-console:// URL can be opened by any
// web page or local program. Whatever the input, the parser must not crash, and what it accepts
// must be identifiers in their own shapes only, and forward to the same pop (the form a second
// console hands over in). A violation aborts with the input.
#include "models/screenpop/PopRequest.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <cstdio>
#include <cstdlib>

namespace {

using kac::models::PopRequest;

QString violation(const PopRequest &pop)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{5,15}$"));
    static const QRegularExpression account(QStringLiteral("^A-[0-9A-F]{8}$"));
    static const QRegularExpression meter(QStringLiteral("^[0-9A-HJ-NP-Z]{10,11}$"));
    static const QRegularExpression call(QStringLiteral("^(\\d{1,20}|[0-9a-f-]{36})$"));
    static const QRegularExpression contact(QStringLiteral("^[A-Za-z0-9._:@-]{0,64}$"));
    if (!pop.phone.isEmpty() && !e164.match(pop.phone).hasMatch())
        return QStringLiteral("phone not E.164: ") + pop.phone;
    if (!pop.accountNumber.isEmpty() && !account.match(pop.accountNumber).hasMatch())
        return QStringLiteral("account: ") + pop.accountNumber;
    if (!pop.meterPoint.isEmpty() && !meter.match(pop.meterPoint).hasMatch())
        return QStringLiteral("meter point: ") + pop.meterPoint;
    if (!pop.callId.isEmpty() && !call.match(pop.callId).hasMatch())
        return QStringLiteral("call: ") + pop.callId;
    if (!contact.match(pop.contactId).hasMatch())
        return QStringLiteral("contact: ") + pop.contactId;
    if (pop.searchTerm().isEmpty() && pop.callId.isEmpty())
        return QStringLiteral("accepted with nothing to search");
    const kac::models::PopParse again =
        kac::models::ScreenPop::parseUrl(pop.toUrl().toString(QUrl::FullyEncoded));
    if (!again.request)
        return QStringLiteral("its own URL is refused: ") + again.error;
    if (!(*again.request == pop))
        return QStringLiteral("its own URL gives another pop");
    return {};
}

void check(const kac::models::PopParse &parsed, const QString &input)
{
    if (!parsed.request == parsed.error.isEmpty()) {
        std::fprintf(stderr, "pop: an answer must be a pop or a reason\ninput: %s\n",
                     qPrintable(input));
        std::abort();
    }
    if (!parsed.request)
        return;
    const QString problem = violation(*parsed.request);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "pop: %s\ninput: %s\n", qPrintable(problem), qPrintable(input));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(kac::models::ScreenPop::parseUrl(input), input);
    check(kac::models::ScreenPop::parseQuery(QUrlQuery(input)), input);
    check(kac::models::ScreenPop::parseUrl(QStringLiteral("kraken-agent-console://pop?") + input),
          input);
    return 0;
}
