#!/usr/bin/env bash
# AddressSanitizer (+ LeakSanitizer) and UndefinedBehaviorSanitizer over the api and models
# layers: builds the `asan` preset's api and models libraries and only the tests labelled api,
# models or faults (the fault matrix drives every model's service against the real sandbox),
# leaving out keychain tests (the Secret Service is not ours to check) and widget tests; then
# runs them with leak detection on. Qt/fontconfig/D-Bus leaks at exit are suppressed by
# tests/sanitizers/lsan.supp, never the project's own code.
#   scripts/sanitize.sh              the subset scripts/test.sh runs
#   scripts/sanitize.sh -R transport extra ctest arguments narrow it further
# KAC_ASAN_BUILD_DIR overrides the build directory (default: the preset's build/asan).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

dir="${KAC_ASAN_BUILD_DIR:-$KAC_ROOT/build/asan}"
labels='^(api|models|faults)$'
excluded='^(keychain|ui|console)$'

kac_log "Configuring the asan preset in ${dir#"$KAC_ROOT"/}"
cmake --preset asan -S "$KAC_ROOT" -B "$dir" >/dev/null
mapfile -t targets < <(ctest --test-dir "$dir" -N -L "$labels" -LE "$excluded" \
  | sed -n 's/^ *Test *#[0-9]*: \(tst_[A-Za-z0-9_]*\)$/\1/p')
kac_log "Building (ASan + UBSan) ${#targets[@]} test programs: ${targets[*]}"
cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$KAC_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
kac_log "Running them with ASan, LSan and UBSan"
ctest --test-dir "$dir" -L "$labels" -LE "$excluded" -FA request_logs --output-on-failure --parallel 2 "$@"
