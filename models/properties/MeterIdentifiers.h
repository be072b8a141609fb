#pragma once

#include <QString>

namespace kac::models {

// Checks an NMI (electricity) or MIRN (gas) as an agent typed it, before anything is sent, so a
// typo costs no request. Pure functions, no I/O.
class MeterIdentifiers
{
public:
    enum class Kind
    {
        Nmi,
        Mirn
    };
    enum class Verdict
    {
        Valid,           // 10 characters, or 11 with the right check digit
        Empty,           // nothing typed
        WrongLength,     // not 10 or 11 characters once spaces are removed
        BadCharacters,   // NMI: not A-Z (without I and O) / 0-9; MIRN: not all digits
        WrongCheckDigit, // 11 characters whose last one is not the check digit
    };

    struct Check
    {
        Kind kind = Kind::Nmi;
        Verdict verdict = Verdict::Empty;
        QString identifier;  // the 10-character identifier (upper case, no check digit) when Valid
        int checkDigit = -1; // the right check digit when the first 10 characters are usable
        bool isValid() const { return verdict == Verdict::Valid; }
        QString message() const; // agent-facing reason (empty when valid)
    };

    // AEMO "National Metering Identifier Procedure", Appendix (NMI checksum): take the ASCII
    // codes of the 10 NMI characters from the right, double every second one starting with the
    // rightmost, add up the decimal digits of all the results; the check digit is
    // (10 - sum mod 10) mod 10. Same as the sandbox's nmiChecksum (sandbox/data/identifiers.js).
    static int nmiCheckDigit(const QString &nmi10);

    // MIRN check digit as the data this console works with computes it
    // (sandbox/data/identifiers.js mirnChecksum, "gas retail market procedures"): Luhn over the
    // digit VALUES -- from the right, double every second digit starting with the rightmost,
    // subtract 9 from results over 9, sum; check digit = (10 - sum mod 10) mod 10.
    // Note: this differs from the NMI rule (which uses ASCII codes) for some inputs; if the
    // production gas registry turns out to use the NMI rule for MIRNs, change it here only.
    static int mirnCheckDigit(const QString &mirn10);

    static Check checkNmi(const QString &typed);
    static Check checkMirn(const QString &typed);
    // Picks the likelier kind: all digits starting with 5 (the gas MIRN ranges) -> MIRN,
    // otherwise NMI. Used by the single lookup field.
    static Check checkEither(const QString &typed);

    // Upper case, spaces and dashes removed: how identifiers are compared and sent.
    static QString compact(const QString &typed);
};

} // namespace kac::models
