#pragma once

#include "api/ApiError.h"
#include "models/LoadState.h"

#include <QObject>

namespace kac::models {

// What a pane needs from whatever fills it: the state, the errors beside it, a way to ask
// again, and one signal when any of these changed. Every loader and service implements it, so
// one binding (ui/PaneStateBinding) shows any of them.
class Loadable : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual LoadState state() const = 0;
    // Failed: why there is nothing to show.
    virtual api::ApiError error() const = 0;
    // Loaded (or Empty), but Kraken refused some fields (e.g. KT-CT-1113); none when complete.
    virtual api::ApiError partialError() const { return {}; }
    // Loaded, but the next page failed: the rows stay, this says why no more came.
    virtual api::ApiError pageError() const { return {}; }
    // Asks again for whatever failed (or, after partial data, for everything).
    virtual void retry() = 0;

signals:
    // The state or one of the errors changed.
    void changed();
};

} // namespace kac::models
