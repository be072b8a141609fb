#pragma once

// The fault matrix's probes (tst_fault_matrix): each pane's service, driven as its pane drives
// it (start it, watch its loading flag, read its outcome, Retry once the matrix has taken the
// fault away; the matrix sets the fault on the transport's network). One probe per pane name in
// ProbedPanes; add one when a pane lands.

#include "api/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace kac::api {
class Transport;
}

namespace kac::test {

using api::ApiError;

constexpr int SettleLimitMs = 15000; // a pane must reach a clear state within this

struct Outcome
{
    enum class Kind
    {
        Pending,
        Data,
        Failed
    };
    Kind kind = Kind::Pending;
    ApiError error;   // Failed: why
    ApiError partial; // Data: the refused field the pane's notice names; none when complete
};

// One pane's service, driven as its pane drives it.
struct Probe
{
    std::unique_ptr<QObject> owner; // owns the services
    std::function<void()> start;
    std::function<bool()> loading;
    std::function<Outcome()> outcome;
    std::function<void()> retryWithoutFault; // the service's own Retry (the fault is gone)
};

// The probe for `pane` (one of ProbedPanes); `scratch` is a folder for the export's files.
// The probe's start is empty for an unknown pane.
Probe makeProbe(const QString &pane, api::Transport *transport, const QString &scratch);

extern const QStringList ProbedPanes;

} // namespace kac::test
