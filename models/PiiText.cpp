#include "models/PiiText.h"

#include "models/DisplayTime.h"

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
    if (!e164.startsWith(QLatin1String("+61")) || e164.size() != 12)
        return e164;
    const QString local = QLatin1Char('0') + e164.mid(3);
    if (local.startsWith(QLatin1String("04")))
        return QStringLiteral("%1 %2 %3").arg(local.left(4), local.mid(4, 3), local.mid(7));
    return QStringLiteral("(%1) %2 %3").arg(local.left(2), local.mid(2, 4), local.mid(6));
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
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
        if (digits.startsWith(QLatin1Char('0')) && digits.size() == 10)
            digits = QStringLiteral("+61") + digits.mid(1);
        return maskPhone(digits);
    }
    return handle;
}

} // namespace kac::models
