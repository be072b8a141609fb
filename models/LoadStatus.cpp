#include "models/LoadStatus.h"

namespace kac::models {

LoadStatus::LoadStatus(std::function<void()> retry, QObject *parent)
    : Loadable(parent)
    , m_retry(std::move(retry))
{}

void LoadStatus::set(LoadState state, const api::ApiError &error)
{
    m_state = state;
    m_error = state == LoadState::Failed ? error : api::ApiError();
    m_partialError = state == LoadState::Failed ? api::ApiError() : error;
    emit stateChanged(state);
    emit changed();
}

} // namespace kac::models
