#include "api/Authenticator.h"

namespace kac::api {

// Out of line so the vtable has one home.
Authenticator::~Authenticator() = default;

void Authenticator::accessTokenRejected(const QByteArray &) {}

} // namespace kac::api
