#include "models/PiiText.h"

#include "models/DisplayTime.h"
#include "models/PhoneNumbers.h"

#include <QDate>
#include <QRegularExpression>

namespace kac::models {

namespace {
const QChar kDot(0x2022); // bullet
}

QString maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return email.isEmpty() ? QString() : QString(3, kDot);
    return email.left(1) + QString(3, kDot) + email.mid(at);
}

QString maskPhone(const QString &e164)
{
    if (e164.isEmpty())
        return {};
    const QString shown = displayPhone(e164);
    QString masked;
    int digitsLeft = 3; // keep the last three digits, as on a bill
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const QChar c = shown.at(i);
        if (c.isDigit() && digitsLeft > 0) {
            masked.prepend(c);
            --digitsLeft;
        } else {
            masked.prepend(c.isDigit() ? kDot : c);
        }
    }
    return masked;
}

QString maskDate(const QString &isoDate)
{
    if (isoDate.isEmpty())
        return {};
    // The shape of the revealed form ("14 Mar 1951"), so revealing does not move the row.
    return QString(2, kDot) + QLatin1Char(' ') + QString(3, kDot) + QLatin1Char(' ') +
           QString(4, kDot);
}

QString displayPhone(const QString &e164)
{
    return formatPhoneNumber(e164);
}

QString displayDate(const QString &isoDate)
{
    return DisplayTime::isoDate(isoDate);
}

QString maskContactHandle(const QString &handle)
{
    const QString text = handle.trimmed();
    if (text.contains(QLatin1Char('@')))
        return maskEmail(text);
    // Digits with the usual separators, at least eight of them: a phone number.
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{8,}$"));
    if (phone.match(text).hasMatch()) {
        if (const std::optional<PhoneNumber> number = parsePhoneNumber(text))
            return maskPhone(number->e164);
        // Not a number libphonenumber accepts: still a customer's digits, so only the last
        // three are shown.
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
        return maskPhone(digits);
    }
    return handle;
}

} // namespace kac::models
