#!/bin/sh
# Runs one test program on the Qt platform KAC_QPA names, offscreen unless told: scripts/test.sh
# runs the UI and console programs a second time with KAC_QPA=xcb under xvfb-run (a real X
# server finds what offscreen hides). KAC_OFFSCREEN_SCREEN names a JSON screen description
# (tests/support/screens/) for offscreen, whose own screen is 800×600.
platform="${KAC_QPA:-offscreen}"
if [ "$platform" = offscreen ] && [ -n "${KAC_OFFSCREEN_SCREEN:-}" ]; then
  platform="offscreen:configfile=$KAC_OFFSCREEN_SCREEN"
fi
QT_QPA_PLATFORM="$platform" exec "$@"
