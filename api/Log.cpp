#include "api/Log.h"

Q_LOGGING_CATEGORY(kacTransport, "kac.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(kacAuth, "kac.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(kacKeychain, "kac.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(kacModels, "kac.models", QtInfoMsg)
Q_LOGGING_CATEGORY(kacUi, "kac.ui", QtInfoMsg)
