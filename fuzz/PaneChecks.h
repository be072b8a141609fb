#pragma once
// The panes' own decode paths under fuzzing (issue 14): readings, campaign counts and call
// windows (with the CSV row), wait times and call ids, conversation and live-chat times,
// property dates. Each value a pane shows is the true value (FuzzTruth.h) or "Unavailable" with
// a reason, as tooltip and for screen readers; aborts otherwise.
#include <QJsonArray>
#include <QJsonObject>

namespace kac {

// `object` as one node of each kind (a reading, a wait time, a conversation ...).
void checkPaneObject(const QJsonObject &object);
// `array` as one page of each list (readings, campaigns, timeline, live chats).
void checkPaneArray(const QJsonArray &array);

} // namespace kac
