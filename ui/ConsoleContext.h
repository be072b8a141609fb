#pragma once

namespace kac::api {
class ErrorCatalog;
class Session;
class Transport;
} // namespace kac::api

namespace kac::models {
class AppSettings;
}

namespace kac::ui {

// The long-lived objects the console's widgets work with, built by the app and outliving every
// widget. The UI never sends requests itself: it hands the transport to the model services.
struct ConsoleContext
{
    api::Transport *transport = nullptr;
    api::Session *session = nullptr;
    models::AppSettings *settings = nullptr; // may be null in tests
    const api::ErrorCatalog *errors = nullptr;
};

} // namespace kac::ui
