#pragma once

#include <QString>

namespace kac::models {

// How customer PII is written for agents: masked until revealed, then in Australian form.
QString maskEmail(const QString &email);     // "b•••@bigpond.com"
QString maskPhone(const QString &e164);      // "•••• ••• 156"
QString maskDate(const QString &isoDate);    // "••/••/••••"
QString displayPhone(const QString &e164);   // "0491 570 156", "(02) 5550 1234"
QString displayDate(const QString &isoDate); // "14/03/1951"

} // namespace kac::models
