#pragma once

#include <QString>

namespace kac::models {

// How customer PII is written for agents, one rule on every pane: an email, a phone number or a
// date of birth is masked wherever it is shown (tables, headers, message lists, summaries); only
// the contact details pane reveals it, on the agent's request, until the console is locked or
// the agent signs out (ui/PiiConcealer). Phone numbers are formatted by libphonenumber
// (models/PhoneNumbers) and masked on top of that form.
QString maskEmail(const QString &email);  // "b•••@bigpond.com"
QString maskPhone(const QString &e164);   // "•••• ••• 156"
QString maskDate(const QString &isoDate); // "•• ••• ••••"
// "0491 570 156", "(02) 5550 1234"; "+64 21 123 4567" for a number of another country.
QString displayPhone(const QString &e164);
QString displayDate(const QString &isoDate); // "14 Mar 1951" (models/DisplayTime)
// A contact handle of unknown kind (Ink's from/to: an email, a phone number, or a name such as
// "Red Energy"): masked as what it is; a name is not PII and stays.
QString maskContactHandle(const QString &handle);

} // namespace kac::models
