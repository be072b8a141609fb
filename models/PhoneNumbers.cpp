#include "models/PhoneNumbers.h"

#include <QLocale>
#include <algorithm>
#include <phonenumbers/phonenumberutil.h>

namespace kac::models {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibPhoneNumber = i18n::phonenumbers::PhoneNumber;

// libphonenumber's own process-wide instance (its metadata is parsed once); stateless to us.
const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::optional<LibPhoneNumber> parse(const std::string &text)
{
    LibPhoneNumber number;
    if (util().Parse(text, kCustomerRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

bool acceptable(const LibPhoneNumber &number)
{
    return util().IsValidNumber(number) ||
           util().IsPossibleNumberForType(number, PhoneNumberUtil::MOBILE);
}

PhoneNumber::Kind kindOf(const LibPhoneNumber &number)
{
    switch (util().GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
        return PhoneNumber::Kind::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return PhoneNumber::Kind::Landline;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: // some countries (the US) cannot tell
    default:
        return PhoneNumber::Kind::Other;
    }
}

// Only what a phone number is written with: anything else (a name, an email) is not one, even
// where libphonenumber would find a number inside the text.
bool onlyPhoneCharacters(const QString &text)
{
    static const QString allowed = QStringLiteral("0123456789+()-. ");
    return std::all_of(text.begin(), text.end(), [](QChar c) { return allowed.contains(c); });
}

qsizetype digitCount(const QString &text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool looksLikePhoneText(const QString &text)
{
    return onlyPhoneCharacters(text) && digitCount(text) > 0;
}

std::optional<LibPhoneNumber> parseAcceptable(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!looksLikePhoneText(trimmed))
        return std::nullopt;
    if (auto number = parse(trimmed.toStdString()); number && acceptable(*number))
        return number;
    // "00" before a country code, as most of the world dials out (Australia's own 0011 is
    // understood above): "0061 491 570 156", "0064 21 123 4567".
    if (trimmed.startsWith(QLatin1String("00")) && !trimmed.startsWith(QLatin1String("0011"))) {
        if (auto number = parse("+" + trimmed.mid(2).toStdString()); number && acceptable(*number))
            return number;
    }
    return std::nullopt;
}

QString agentRegionOrDefault(const QString &agentRegion)
{
    if (!agentRegion.isEmpty())
        return agentRegion;
    const QLocale locale;
    const QString region = locale.territory() == QLocale::AnyTerritory
                               ? QString()
                               : QLocale::territoryToCode(locale.territory());
    return region.isEmpty() ? QString::fromLatin1(kCustomerRegion) : region;
}

} // namespace

std::optional<PhoneNumber> parsePhoneNumber(const QString &text)
{
    const std::optional<LibPhoneNumber> number = parseAcceptable(text);
    if (!number)
        return std::nullopt;
    PhoneNumber phone;
    std::string formatted;
    util().Format(*number, PhoneNumberUtil::E164, &formatted);
    phone.e164 = QString::fromStdString(formatted);
    std::string region;
    util().GetRegionCodeForNumber(*number, &region);
    phone.regionCode = region == "ZZ" ? QString() : QString::fromStdString(region);
    phone.kind = kindOf(*number);
    return phone;
}

bool isIncompletePhoneNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!onlyPhoneCharacters(trimmed) || !trimmed.startsWith(QLatin1Char('+')))
        return false;
    const std::optional<LibPhoneNumber> number = parse(trimmed.toStdString());
    if (!number) // "+", "+6", "+61", "+61 4": too short to parse yet
        return digitCount(trimmed) <= 4;
    if (acceptable(*number))
        return false;
    switch (util().IsPossibleNumberWithReason(*number)) {
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE: // "+64 21 123": a number, not yet a whole one
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return true;
    default: // too long, or no such country code
        return false;
    }
}

QString formatPhoneNumber(const QString &e164, const QString &agentRegion)
{
    if (!e164.startsWith(QLatin1Char('+')) || !looksLikePhoneText(e164))
        return e164;
    const std::optional<LibPhoneNumber> number = parse(e164.toStdString());
    if (!number)
        return e164;
    const bool sameCountry =
        util().GetCountryCodeForRegion(agentRegionOrDefault(agentRegion).toStdString()) ==
        number->country_code();
    std::string formatted;
    util().Format(*number, sameCountry ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                  &formatted);
    return QString::fromStdString(formatted);
}

} // namespace kac::models
