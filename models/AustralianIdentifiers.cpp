#include "models/AustralianIdentifiers.h"

#include <QRegularExpression>

namespace kac::models {

namespace {

int sumOfDigits(int value)
{
    int sum = 0;
    for (; value > 0; value /= 10)
        sum += value % 10;
    return sum;
}

} // namespace

int nmiCheckDigit(const QString &nmi10)
{
    const QString upper = nmi10.toUpper();
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = upper.size() - 1; i >= 0; --i) {
        int value = upper.at(i).unicode();
        if (doubleIt)
            value *= 2;
        doubleIt = !doubleIt;
        sum += sumOfDigits(value);
    }
    return (10 - sum % 10) % 10;
}

int mirnCheckDigit(const QString &mirn10)
{
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = mirn10.size() - 1; i >= 0; --i) {
        int value = mirn10.at(i).digitValue();
        if (doubleIt)
            value *= 2;
        doubleIt = !doubleIt;
        sum += value > 9 ? value - 9 : value;
    }
    return (10 - sum % 10) % 10;
}

bool isValidNmi(const QString &compact)
{
    static const QRegularExpression shape(QStringLiteral("^[A-HJ-NP-Z0-9]{10}[0-9]?$"));
    const QString upper = compact.toUpper();
    if (!shape.match(upper).hasMatch())
        return false;
    if (upper.size() == 11)
        return nmiCheckDigit(upper.left(10)) == upper.at(10).digitValue();
    return true;
}

bool isValidMirn(const QString &compact)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{10,11}$"));
    if (!shape.match(compact).hasMatch())
        return false;
    if (compact.size() == 11)
        return mirnCheckDigit(compact.left(10)) == compact.at(10).digitValue();
    return true;
}

QString compactIdentifier(const QString &text)
{
    QString compact = text.toUpper();
    compact.remove(QLatin1Char(' '));
    return compact;
}

} // namespace kac::models
