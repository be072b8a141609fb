#pragma once

#include <QCoreApplication>
#include <QString>
#include <utility>

namespace kac::models {

// A number, amount or date decoded from Kraken's JSON, or the reason it could not be. A value
// the console cannot trust ("NaN", an infinity, 33 digits, a date that is not one) must never
// turn into a plausible one such as $0.00: it stays unavailable, and the UI shows
// unavailableText() with the reason beside it (tooltip / accessible description).
template <typename T> class Decoded
{
public:
    // Nothing decoded yet (e.g. before the answer arrived).
    Decoded() = default;

    static Decoded of(T value)
    {
        Decoded decoded;
        decoded.m_value = std::move(value);
        decoded.m_available = true;
        return decoded;
    }
    static Decoded unavailable(const QString &reason)
    {
        Decoded decoded;
        decoded.m_reason = reason;
        return decoded;
    }

    bool isAvailable() const { return m_available; }
    // Meaningful only when available (T() otherwise): callers check isAvailable() first.
    const T &value() const { return m_value; }
    // Why the value is unavailable, in agent words; empty when it is available.
    QString reason() const
    {
        return m_available || !m_reason.isEmpty()
                   ? m_reason
                   : QCoreApplication::translate("Decoded", "Not loaded yet.");
    }

private:
    T m_value{};
    bool m_available = false;
    QString m_reason;
};

// What every pane shows in place of a value that is unavailable (the reason goes beside it).
inline QString unavailableText()
{
    return QCoreApplication::translate("Decoded", "Unavailable");
}

} // namespace kac::models
