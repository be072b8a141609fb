#!/bin/sh
# Runs one test program on the Qt platform KAC_QPA names, offscreen unless told: scripts/test.sh
# runs the UI and console programs a second time with KAC_QPA=xcb (a real X server finds what
# offscreen hides). KAC_OFFSCREEN_SCREEN names a JSON screen description
# (tests/support/screens/) for offscreen, whose own screen is 800×600.
#
# On xcb every test program gets an X server of its own (Xvfb, screen KAC_XCB_SCREEN, default
# 1366x768x24): CTest runs two at a time, and on a shared server one program's window takes the
# activation from the other's, so a focus assertion fails for a reason that is not a bug.
platform="${KAC_QPA:-offscreen}"
if [ "$platform" = offscreen ] && [ -n "${KAC_OFFSCREEN_SCREEN:-}" ]; then
  platform="offscreen:configfile=$KAC_OFFSCREEN_SCREEN"
fi
if [ "$platform" != xcb ]; then
  QT_QPA_PLATFORM="$platform" exec "$@"
fi

workdir=$(mktemp -d)
# -displayfd: the server picks a free display number and writes it when it accepts clients,
# so two servers started at once never race for the same number (xvfb-run -a can).
Xvfb -displayfd 3 -screen 0 "${KAC_XCB_SCREEN:-1366x768x24}" -nolisten tcp \
  3>"$workdir/display" >"$workdir/xvfb.log" 2>&1 </dev/null &
xvfb=$!
stop_server() {
  kill "$xvfb" 2>/dev/null
  wait "$xvfb" 2>/dev/null
  rm -rf "$workdir"
}
trap 'stop_server; exit 143' TERM INT HUP

tries=0
while ! grep -q '[0-9]' "$workdir/display" 2>/dev/null; do
  if ! kill -0 "$xvfb" 2>/dev/null || [ "$tries" -ge 100 ]; then
    echo "run-on-platform: Xvfb did not start:" >&2
    cat "$workdir/xvfb.log" >&2
    stop_server
    exit 1
  fi
  tries=$((tries + 1))
  sleep 0.1
done

DISPLAY=":$(tr -dc 0-9 <"$workdir/display")" QT_QPA_PLATFORM=xcb "$@"
status=$?
stop_server
exit "$status"
