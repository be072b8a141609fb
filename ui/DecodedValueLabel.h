#pragma once

#include "models/DecodedValue.h"

#include <QLabel>

namespace kac::ui {

// The one display rule for a value Kraken sent: its text when it could be decoded, otherwise
// "Unavailable" with the reason as tooltip and accessible description, never a made-up value
// such as $0.00. `format` turns an available value into text.
template <typename T, typename Format>
void showDecoded(QLabel *label, const models::Decoded<T> &value, Format format)
{
    const QString reason = value.isAvailable() ? QString() : value.reason();
    label->setText(value.isAvailable() ? format(value.value()) : models::unavailableText());
    label->setToolTip(reason);
    label->setAccessibleDescription(reason);
}

} // namespace kac::ui
