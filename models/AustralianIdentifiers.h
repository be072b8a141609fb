#pragma once

#include <QString>

namespace kac::models {

// Australian market identifiers as agents type them. Pure functions, no I/O.

// AEMO NMI checksum of the 10-character NMI: walk from the right over the characters' ASCII
// codes, doubling every second one starting with the rightmost, and sum the decimal digits.
int nmiCheckDigit(const QString &nmi10);
// The gas MIRN check digit: Luhn over the digit values of the 10-digit MIRN.
int mirnCheckDigit(const QString &mirn10);

// 10 characters (A-Z without I and O, 0-9), optionally followed by the right check digit.
bool isValidNmi(const QString &compact);
// 10 digits, optionally followed by the right check digit.
bool isValidMirn(const QString &compact);

// Upper-case with spaces removed: how identifiers are compared.
QString compactIdentifier(const QString &text);

} // namespace kac::models
