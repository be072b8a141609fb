#!/usr/bin/env bash
# The README's first command: install what is missing, build, then start the console on the
# bundled sandbox (the console starts the sandbox itself with --sandbox and signs in to it).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

kac_install_apt_packages
kac_install_sandbox_packages
kac_build ci

console="$KAC_ROOT/build/ci/app/kraken-agent-console"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  kac_log "No display found: running under a virtual X server (xvfb-run)."
  exec xvfb-run -a "$console" --sandbox "$@"
fi
exec "$console" --sandbox "$@"
