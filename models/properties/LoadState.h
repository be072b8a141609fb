#pragma once

namespace kac::models {

// The four states every pane shows (plus Idle before the first load).
enum class LoadState { Idle, Loading, Loaded, Empty, Failed };

} // namespace kac::models
