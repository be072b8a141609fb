#include "models/properties/MeterIdentifiers.h"

#include "models/AustralianIdentifiers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kac::models {

namespace {

MeterIdentifiers::Check finish(MeterIdentifiers::Kind kind, const QString &compact,
                               const QRegularExpression &shape, int (*checkDigit)(const QString &))
{
    MeterIdentifiers::Check check;
    check.kind = kind;
    if (compact.isEmpty())
        return check; // Empty
    if (compact.size() != 10 && compact.size() != 11) {
        check.verdict = MeterIdentifiers::Verdict::WrongLength;
        return check;
    }
    const QString body = compact.left(10);
    const bool lastIsDigit = compact.size() == 10 || compact.at(10).isDigit();
    if (!shape.match(body).hasMatch() || !lastIsDigit) {
        check.verdict = MeterIdentifiers::Verdict::BadCharacters;
        return check;
    }
    check.checkDigit = checkDigit(body);
    if (compact.size() == 11 && compact.at(10).digitValue() != check.checkDigit) {
        check.verdict = MeterIdentifiers::Verdict::WrongCheckDigit;
        return check;
    }
    check.verdict = MeterIdentifiers::Verdict::Valid;
    check.identifier = body;
    return check;
}

} // namespace

// The check-digit arithmetic lives once, in models/AustralianIdentifiers (search uses it too).
int MeterIdentifiers::nmiCheckDigit(const QString &nmi10)
{
    return models::nmiCheckDigit(nmi10.toUpper());
}

int MeterIdentifiers::mirnCheckDigit(const QString &mirn10)
{
    return models::mirnCheckDigit(mirn10);
}

QString MeterIdentifiers::compact(const QString &typed)
{
    QString compact = typed.toUpper();
    compact.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    return compact;
}

MeterIdentifiers::Check MeterIdentifiers::checkNmi(const QString &typed)
{
    // NMIs never use I or O (they look like 1 and 0).
    static const QRegularExpression shape(QStringLiteral("^[A-HJ-NP-Z0-9]{10}$"));
    return finish(Kind::Nmi, compact(typed), shape, &MeterIdentifiers::nmiCheckDigit);
}

MeterIdentifiers::Check MeterIdentifiers::checkMirn(const QString &typed)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{10}$"));
    return finish(Kind::Mirn, compact(typed), shape, &MeterIdentifiers::mirnCheckDigit);
}

MeterIdentifiers::Check MeterIdentifiers::checkEither(const QString &typed)
{
    static const QRegularExpression gas(QStringLiteral("^5[0-9]{9,10}$"));
    const QString value = compact(typed);
    return gas.match(value).hasMatch() ? checkMirn(value) : checkNmi(value);
}

QString MeterIdentifiers::Check::message() const
{
    const QString what = kind == Kind::Nmi
                             ? QCoreApplication::translate("MeterIdentifiers", "NMI")
                             : QCoreApplication::translate("MeterIdentifiers", "MIRN");
    switch (verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::Empty:
        return QCoreApplication::translate("MeterIdentifiers", "Type an NMI or MIRN.");
    case Verdict::WrongLength:
        return QCoreApplication::translate("MeterIdentifiers",
                                           "An %1 has 10 characters, or 11 with its check digit.")
            .arg(what);
    case Verdict::BadCharacters:
        return kind == Kind::Nmi
                   ? QCoreApplication::translate(
                         "MeterIdentifiers", "An NMI has letters and digits only (never I or O).")
                   : QCoreApplication::translate("MeterIdentifiers", "A MIRN has digits only.");
    case Verdict::WrongCheckDigit:
        return QCoreApplication::translate(
                   "MeterIdentifiers", "The check digit does not match: check the %1 for a typo.")
            .arg(what);
    }
    return {};
}

} // namespace kac::models
