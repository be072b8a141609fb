#!/usr/bin/env bash
# Builds the DEB (and the RPM, when rpmbuild is installed) from an existing build directory and
# checks what a support desk would install: metadata and dependencies, the files, that the
# unpacked executable starts, the bundled sandbox runs, and the desktop metadata validates.
# Usage: scripts/check-package.sh [BUILD_DIR]   (default build/ci; scripts/test.sh builds it)
# Exits non-zero if any check fails.
# shellcheck disable=SC2016 # the bash -c snippets expand their own positional arguments
set -uo pipefail
root_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="$(cd "${1:-$root_dir/build/ci}" 2>/dev/null && pwd)" || {
  echo "check-package: no build directory ${1:-$root_dir/build/ci}; build first" >&2
  exit 1
}
app_id="io.github.kraken_agent_console.KrakenAgentConsole"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); printf '  ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf '  FAIL  %s\n' "$1"; [ -z "${2:-}" ] || printf '        %s\n' "$2"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
  local description="$1"
  shift
  local output
  if output="$("$@" 2>&1)"; then pass "$description"; else fail "$description" "${output:0:2000}"; fi
}
finish() {
  echo "check-package: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake" 2>/dev/null)"
if [ -z "$version" ]; then
  fail "CPack is configured in $build_dir (CPackConfig.cmake with a version)"
  finish
fi

# --- DEB -----------------------------------------------------------------------------------------
if ! (cd "$build_dir" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack-deb.log" 2>&1); then
  fail "cpack -G DEB" "$(tail -n 20 "$scratch/cpack-deb.log")"
  finish
fi
deb="$(ls "$scratch"/out/*.deb)"
pass "cpack -G DEB built $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
check "Package is kraken-agent-console" test "$(field Package)" = kraken-agent-console
check "Version is the project's ($version)" test "$(field Version)" = "$version"
depends="$(field Depends)"
check "Depends derived from the binary: $depends" \
  bash -c '[[ "$1" == *libqt6core6* && "$1" == *libqt6widgets6* && "$1" == *libc6* ]]' _ "$depends"
# The libraries the models link (issue 21) come through the binary's dependencies too.
check "Depends names Gumbo (the email HTML parser) and libphonenumber" \
  bash -c '[[ "$1" == *libgumbo1* && "$1" == *libphonenumber8* ]]' _ "$depends"
check "Node.js is recommended, not required" \
  bash -c '[[ "$1" == *nodejs* && "$2" != *nodejs* ]]' _ "$(field Recommends)" "$depends"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/contents"
sandbox=/usr/share/kraken-agent-console/sandbox
expected=(
  /usr/bin/kraken-agent-console
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/doc/kraken-agent-console/managed-settings.sample.conf
  "$sandbox/server.js" "$sandbox/package.json" "$sandbox/package-lock.json"
  "$sandbox/node_modules/graphql/package.json"
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
# Whatever of the sandbox exists in the source tree must be in the package.
for item in schema.graphql data resolvers lib tools; do
  if [ -d "$root_dir/sandbox/$item" ]; then
    expected+=("$sandbox/$item/")
  elif [ -e "$root_dir/sandbox/$item" ]; then
    expected+=("$sandbox/$item")
  fi
done
missing=()
for path in "${expected[@]}"; do grep -qxF "$path" "$scratch/contents" || missing+=("$path"); done
if [ "${#missing[@]}" -eq 0 ]; then pass "all ${#expected[@]} expected files are in the package"
else fail "files missing from the package" "${missing[*]}"; fi
check "the sandbox's tests are not shipped" bash -c "! grep -q '^$sandbox/test/' '$scratch/contents'"

# --- Unpacked into a scratch root ------------------------------------------------------------------
installed="$scratch/root"
dpkg-deb -x "$deb" "$installed"
executable="$installed/usr/bin/kraken-agent-console"
export QT_QPA_PLATFORM=offscreen
reported="$("$executable" --version 2>/dev/null)"
check "--version prints 'Kraken Agent Console $version' (got '$reported')" \
  test "$reported" = "Kraken Agent Console $version"
check "an offscreen start with --quit-after-start exits cleanly" \
  timeout 60 "$executable" --quit-after-start

wrong_sizes=()
for size in 16 22 24 32 48 64 128 256 512; do
  icon="$installed/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  file -b "$icon" 2>/dev/null | grep -q "PNG image data, $size x $size," || wrong_sizes+=("$size")
done
if [ "${#wrong_sizes[@]}" -eq 0 ]; then pass "hicolor icons are PNGs of the sizes their folders name"
else fail "hicolor icons of the wrong size or format" "${wrong_sizes[*]}"; fi

check "desktop-file-validate" desktop-file-validate "$installed/usr/share/applications/$app_id.desktop"
# Screen pops (issue 18): the desktop entry claims the kraken-agent-console:// scheme, and the
# MIME cache a package install builds (update-desktop-database, as dpkg's trigger runs it) names
# this console as its handler, with the URL passed on (%u).
update-desktop-database "$installed/usr/share/applications"
check "the MIME cache maps x-scheme-handler/kraken-agent-console to the console" \
  grep -qxF "x-scheme-handler/kraken-agent-console=$app_id.desktop;" \
  "$installed/usr/share/applications/mimeinfo.cache"
check "the desktop entry passes the URL on (Exec ... %u)" \
  grep -qx 'Exec=kraken-agent-console %u' "$installed/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --strict" \
  appstreamcli validate --no-net --strict "$installed/usr/share/metainfo/$app_id.metainfo.xml"
check "the AppStream file has a <release> for $version" \
  grep -q "<release version=\"$version\"" "$installed/usr/share/metainfo/$app_id.metainfo.xml"

# The packaged sandbox starts on its own (what `--sandbox` runs): nothing it needs was left out.
if command -v node >/dev/null 2>&1; then
  (cd "$installed$sandbox" && exec timeout 30 node server.js --port 0 >"$scratch/sandbox.out" 2>&1) &
  sandbox_pid=$!
  for _ in $(seq 1 150); do
    grep -q '^listening on http://' "$scratch/sandbox.out" 2>/dev/null && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.2
  done
  if grep -q '^listening on http://' "$scratch/sandbox.out"; then
    pass "the packaged sandbox starts ($(head -n 1 "$scratch/sandbox.out"))"
  else
    fail "the packaged sandbox starts" "$(head -c 2000 "$scratch/sandbox.out")"
  fi
  kill "$sandbox_pid" 2>/dev/null
  wait "$sandbox_pid" 2>/dev/null
else
  echo "  skip  the packaged sandbox starts (node is not installed)"
fi

# --- RPM (built on Debian with Debian's rpm; its Requires come from the binary) -------------------
if command -v rpmbuild >/dev/null 2>&1; then
  if (cd "$build_dir" && cpack -G RPM -B "$scratch/out" >"$scratch/cpack-rpm.log" 2>&1); then
    rpm_file="$(ls "$scratch"/out/*.rpm)"
    pass "cpack -G RPM built $(basename "$rpm_file")"
    check "RPM version is $version" test "$(rpm -qp --qf '%{VERSION}' "$rpm_file" 2>/dev/null)" = "$version"
    check "RPM Requires derived from the binary (libQt6Core.so.6)" \
      bash -c 'rpm -qp --requires "$1" 2>/dev/null | grep -q "^libQt6Core.so.6"' _ "$rpm_file"
    check "RPM Requires Gumbo (libgumbo.so.1)" \
      bash -c 'rpm -qp --requires "$1" 2>/dev/null | grep -q "^libgumbo.so.1"' _ "$rpm_file"
    check "RPM recommends nodejs" bash -c 'rpm -qp --recommends "$1" 2>/dev/null | grep -qx nodejs' _ "$rpm_file"
  else
    fail "cpack -G RPM" "$(tail -n 20 "$scratch/cpack-rpm.log")"
  fi
else
  echo "  skip  RPM (rpmbuild is not installed)"
fi

finish
