# Shared by the README's two commands. Source it; do not run it.
# Installs what is missing on Debian 12 / Ubuntu, and installs the sandbox's npm packages.

KAC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export KAC_ROOT

# Everything the build, the tests and the demo need from the distribution.
KAC_APT_PACKAGES=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev qt6-charts-dev
  qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev libphonenumber-dev libgumbo-dev
  dbus dbus-x11 gnome-keyring xvfb xauth
  python3-dbus python3-gi
)
# Building and checking packages (scripts/check-package.sh): dpkg-shlibdeps, CPack's ELF
# detection, rpmbuild, and the desktop-entry and AppStream validators.
KAC_APT_PACKAGES+=(dpkg-dev file rpm desktop-file-utils appstream)
# The fuzz target (scripts/fuzz.sh, the `fuzz` preset): clang 14 and its libFuzzer/sanitizer runtimes.
KAC_APT_PACKAGES+=(clang-14 libclang-rt-14-dev)

kac_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

kac_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

kac_install_apt_packages() {
  local missing=()
  local package
  for package in "${KAC_APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$package")
  done
  if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi
  if [ "${#missing[@]}" -eq 0 ]; then return 0; fi
  kac_log "Installing ${missing[*]}"
  kac_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  kac_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}

kac_install_sandbox_packages() {
  # Exact versions from package-lock.json; graphql is the only dependency, so this is quick.
  kac_log "Installing the sandbox's npm packages (npm ci)"
  (cd "$KAC_ROOT/sandbox" && npm ci --no-audit --no-fund --loglevel=error)
}

kac_build() {
  local preset="$1"
  kac_log "Configuring and building (preset $preset)"
  cmake --preset "$preset" -S "$KAC_ROOT" >/dev/null
  cmake --build --preset "$preset" --parallel "$(nproc)"
}
