#pragma once

#include <QString>
#include <QUrl>
#include <optional>

class QUrlQuery;

namespace kac::models {

// A screen pop: what a telephony system knows about a call that is ringing or was answered,
// reduced to search terms. It is reachable by any local program (a URL, a command line, the
// localhost listener), so it is parsed strictly and carries nothing that could act on an
// account: no free text, no paths, only identifiers in their own strict shapes.
struct PopRequest
{
    QString phone;            // the caller's number in E.164 ("+61491570156")
    QString accountNumber;    // "A-2B7E41C9"
    QString meterPoint;       // an NMI or MIRN, compact, with a valid check digit if it has one
    bool meterIsMirn = false; // given as a MIRN (gas): kept, since the digits alone can't tell
    QString callId;           // Kraken's call id: digits, or a UUID
    QString contactId;        // the telephony system's own id for the contact: shown, never sent
    bool ringing = false;     // not answered yet: load the account, leave the agent's focus alone

    // What the console searches for: the most specific identifier given (account, then meter
    // point, then phone). Empty when only a call id came (that is looked up as a call).
    QString searchTerm() const;
    // Two pops for the same call or caller (a telephony retry storm) share a key.
    QString dedupeKey() const;
    // The one form a pop travels in between consoles: kraken-agent-console://pop?...
    QUrl toUrl() const;
    bool operator==(const PopRequest &) const = default;
};

// Why a pop was refused, or the pop.
struct PopParse
{
    std::optional<PopRequest> request;
    QString error; // one sentence for the telephony administrator's log; empty when parsed
};

namespace ScreenPop {
inline constexpr char kScheme[] = "kraken-agent-console";
inline constexpr int kMaxUrlLength = 1024; // far above any real pop; keeps hostile input cheap
inline constexpr int kMaxValueLength = 64;

// kraken-agent-console://pop?phone=…&account=…&nmi=…&call=…&contact=…&ringing=1
PopParse parseUrl(const QString &url);
// The query part alone (the listener's request and the command line share this).
PopParse parseQuery(const QUrlQuery &query);
} // namespace ScreenPop

} // namespace kac::models
