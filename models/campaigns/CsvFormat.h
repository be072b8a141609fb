#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kac::models {

// CSV that a spreadsheet opens as is: RFC 4180 (fields with a comma, quote, CR or LF are quoted,
// quotes doubled; records end in CRLF), UTF-8 with a byte-order mark (so Excel reads accents
// and en dashes right), and formula-injection protection: a cell starting with = + - @ (or a
// tab or CR, per OWASP) gets a leading apostrophe, so it is shown as text, never evaluated.
namespace CsvFormat {
QByteArray byteOrderMark();
QString protectFormula(const QString &cell);
QString quote(const QString &cell);
// One record: each cell protected then quoted, joined by commas, ending in CRLF; UTF-8.
QByteArray record(const QStringList &cells);
} // namespace CsvFormat

} // namespace kac::models
