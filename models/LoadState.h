#pragma once

namespace kac::models {

// The one state every loader and service reports, with one meaning for each event:
//  - Idle: nothing asked yet (or asked and put aside while out of sight);
//  - Loading: the first answer is on its way (later pages load under rows already shown);
//  - Loaded: there is something to show. A later page that failed is still Loaded, with
//    Loadable::pageError(); data Kraken sent only in part is Loaded with partialError();
//  - Empty: the answer came and holds nothing;
//  - Failed: nothing to show, Loadable::error() says why.
enum class LoadState
{
    Idle,
    Loading,
    Loaded,
    Empty,
    Failed
};

} // namespace kac::models
