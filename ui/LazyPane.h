#pragma once

namespace kac::ui {

// The one rule for panes that load on demand (an account's sections, its properties and
// conversations): whoever shows and hides them (AccountTab, the main window's docks) calls
// setShown. The first show loads; a hide cancels what the pane has in flight, without an error,
// so what is out of sight never holds a connection the visible pane needs; the next show loads
// again what the hide dropped. What has loaded stays.
class LazyPane
{
public:
    virtual ~LazyPane() = default;
    virtual void setShown(bool shown) = 0;
};

} // namespace kac::ui
