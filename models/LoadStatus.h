#pragma once

#include "models/Loadable.h"

#include <functional>

namespace kac::models {

// A Loadable for one load among several that a service runs (a PropertyService loads the
// property tree and the supply points apart): the service sets what happened, a pane binds it.
class LoadStatus : public Loadable
{
    Q_OBJECT
public:
    explicit LoadStatus(std::function<void()> retry, QObject *parent = nullptr);

    LoadState state() const override { return m_state; }
    api::ApiError error() const override { return m_error; }
    api::ApiError partialError() const override { return m_partialError; }
    void retry() override { m_retry(); }

    // Failed: `error` says why; Loaded or Empty: `error` is the partial error, if any.
    void set(LoadState state, const api::ApiError &error = {});

signals:
    void stateChanged(kac::models::LoadState state);

private:
    std::function<void()> m_retry;
    LoadState m_state = LoadState::Idle;
    api::ApiError m_error;
    api::ApiError m_partialError;
};

} // namespace kac::models
