#pragma once

#include <QString>
#include <optional>

namespace kac::models {

// Phone numbers as customers give them and telephony systems send them, through libphonenumber
// (Google's metadata for every country's numbering plan) rather than hand-written Australian
// rules, so a customer calling from a New Zealand or overseas mobile can be found too.
struct PhoneNumber
{
    enum class Kind
    {
        Mobile,
        Landline,
        Other // toll-free, VoIP, a number the metadata does not know yet, ...
    };

    QString e164;       // "+61491570156": what Kraken stores and searches
    QString regionCode; // "AU", "NZ"; empty when the metadata does not place the number
    Kind kind = Kind::Other;
};

// The region numbers without a country code belong to: the retailer's market, whatever the
// agent's own locale ("0491 570 156" typed by an agent in Manila is still Australian).
inline constexpr char kCustomerRegion[] = "AU";

// `text` as a phone number, or nothing. Accepts any form people write (spaces, brackets,
// dashes, "+61 (0)4...", 0011 or 00 before a country code, 61... without the plus). A number
// is accepted when libphonenumber knows it is valid, or when it has exactly a mobile's length
// in its country: the metadata shipped with the OS can be older than a carrier's newest range.
std::optional<PhoneNumber> parsePhoneNumber(const QString &text);

// True when `text` is a phone number on its way: a country code and too few digits so far.
bool isIncompletePhoneNumber(const QString &text);

// For the agent to read (and dial): in their own country's national form ("0491 570 156",
// "(02) 5550 1234"), others in international form ("+64 21 123 4567"). `agentRegion` is an ISO
// 3166 code; empty takes the region of QLocale(), or Australia when the locale names none.
// Text that is not an E.164 number is returned as it is.
QString formatPhoneNumber(const QString &e164, const QString &agentRegion = {});

} // namespace kac::models
