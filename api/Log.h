#pragma once

#include <QLoggingCategory>

// One logging category per subsystem, so `QT_LOGGING_RULES="kac.transport.debug=true"` turns
// on exactly what is being investigated. Debug output is off by default; nothing logged here
// may contain a secret (run text through kac::api::redact()).
Q_DECLARE_LOGGING_CATEGORY(kacTransport) // kac.transport: requests, retries, decoding
Q_DECLARE_LOGGING_CATEGORY(kacAuth)      // kac.auth: sign-in, renewal, sign-out
Q_DECLARE_LOGGING_CATEGORY(kacKeychain)  // kac.keychain: token store jobs
Q_DECLARE_LOGGING_CATEGORY(kacModels)    // kac.models: services and models
Q_DECLARE_LOGGING_CATEGORY(kacUi)        // kac.ui: windows and panes
