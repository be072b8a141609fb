#pragma once

// A pane's service, driven as its pane drives it (start it, watch its loading flag, read its
// outcome, Retry once the services matrix has taken the fault away). tst_fault_matrix runs one
// per declared pane (FaultedPanes.h) under every fault.

#include "api/ApiError.h"
#include "models/PagedLoader.h"

#include <QObject>
#include <functional>
#include <memory>

namespace kac::test {

using api::ApiError;

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

inline Outcome data(const ApiError &partial = {})
{
    return {Outcome::Kind::Data, {}, partial};
}
inline Outcome failed(const ApiError &error)
{
    return {Outcome::Kind::Failed, error};
}
inline Outcome pending()
{
    return {};
}

inline Outcome fromLoader(const models::PagedLoader *loader)
{
    using S = models::PagedLoader::State;
    if (loader->state() == S::Loaded || loader->state() == S::Empty)
        return data(loader->partialError());
    if (loader->state() == S::Failed)
        return failed(loader->error());
    return pending();
}

struct Probe
{
    std::unique_ptr<QObject> owner; // owns the services
    std::function<void()> start;
    std::function<bool()> loading;
    std::function<Outcome()> outcome;
    std::function<void()> retryWithoutFault; // the service's own Retry (the fault is gone)
};

} // namespace kac::test
