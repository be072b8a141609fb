#pragma once

#include <QLocale>
#include <QString>

namespace kac::models {

// Kraken sends money as integer cents. This is the one place cents become text.
QString formatCents(qint64 cents, const QLocale &locale = QLocale(QLocale::English,
                                                                   QLocale::Australia));

} // namespace kac::models
