#pragma once

// Small helpers every benchmark program uses: command-line values, waiting on a signal,
// medians and peak memory. Header-only; benchmarks are programs, not a library.

#include <QEventLoop>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <sys/resource.h>

namespace kac::bench {

// The value after `name` on the command line, or `fallback`.
inline QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// Spins the event loop until `signal` or the timeout; false on timeout.
template <typename Signal, typename Sender>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = 30000)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&] { loop.quit(); });
    return loop.exec() == 0;
}

inline double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Peak resident memory of this process so far, in kilobytes (Linux's ru_maxrss unit).
inline long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace kac::bench
