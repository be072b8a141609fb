#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang + ASan + UBSan; the `fuzz` preset) and runs the
# response-decoding fuzzer for a bounded time: first every committed regression input, then
# fuzzing from the committed seed corpus.
#   scripts/fuzz.sh            30 s (what scripts/test.sh runs)
#   scripts/fuzz.sh 3600       an hour (e.g. overnight: scripts/fuzz.sh 28800)
# New interesting inputs go to build/fuzz/corpus (not committed); a crash is copied to
# fuzz/regressions/ and the script exits non-zero.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

seconds="${1:-30}"
kac_install_apt_packages

kac_log "Building the fuzz target (preset fuzz: clang, ASan + UBSan + libFuzzer)"
cmake --preset fuzz -S "$KAC_ROOT" >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

fuzzer="$KAC_ROOT/build/fuzz/fuzz/kac_fuzz_decode"
work="$KAC_ROOT/build/fuzz/corpus"
artifacts="$KAC_ROOT/build/fuzz/artifacts"
mkdir -p "$work" "$artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$KAC_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen

regressions=()
while IFS= read -r -d '' file; do regressions+=("$file"); done \
  < <(find "$KAC_ROOT/fuzz/regressions" -type f ! -name 'README.md' -print0 | sort -z)
if [ "${#regressions[@]}" -gt 0 ]; then
  kac_log "Replaying ${#regressions[@]} regression input(s)"
  "$fuzzer" "${regressions[@]}"
fi

kac_log "Fuzzing ResponseDecoder -> models for ${seconds} s"
status=0
"$fuzzer" "$work" "$KAC_ROOT/fuzz/corpus" \
  -dict="$KAC_ROOT/fuzz/graphql-json.dict" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  ${KAC_FUZZ_SEED:+-seed="$KAC_FUZZ_SEED"} \
  -artifact_prefix="$artifacts/" -print_final_stats=1 || status=$?
if [ "$status" -ne 0 ]; then
  for crash in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
    [ -e "$crash" ] || continue
    cp "$crash" "$KAC_ROOT/fuzz/regressions/new-$(basename "$crash")"
    kac_log "Saved $(basename "$crash") to fuzz/regressions/ (rename it, fix the bug, commit both)"
  done
  kac_log "The fuzzer FAILED (exit $status)"
fi
[ "$status" -eq 0 ] || exit "$status"

# The email sanitiser (issue 21): arbitrary HTML through HtmlSanitizer must keep its safety
# invariants (fuzz/HtmlInvariants.h). Seeds: the XSS corpus the tests use.
html_fuzzer="$KAC_ROOT/build/fuzz/fuzz/kac_fuzz_html"
html_work="$KAC_ROOT/build/fuzz/html-corpus"
html_seeds="$KAC_ROOT/build/fuzz/html-seeds"
mkdir -p "$html_work" "$html_seeds"
node -e 'const fs = require("fs"); const v = JSON.parse(fs.readFileSync(process.argv[1])).vectors;
  v.forEach((x, i) => fs.writeFileSync(process.argv[2] + "/vector-" + i, x.html));' \
  "$KAC_ROOT/tests/conversations/data/xss-vectors.json" "$html_seeds"
# Runs one more fuzzer for the same time; a finding is saved to fuzz/regressions/ as above.
#   run_fuzzer <what> <binary> <artifact prefix> <libFuzzer arguments...>
run_fuzzer() {
  local what="$1" binary="$2" prefix="$3"
  shift 3
  kac_log "Fuzzing $what for ${seconds} s"
  local result=0
  "$binary" "$@" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    ${KAC_FUZZ_SEED:+-seed="$KAC_FUZZ_SEED"} \
    -artifact_prefix="$artifacts/$prefix" -print_final_stats=1 || result=$?
  if [ "$result" -ne 0 ]; then
    for crash in "$artifacts/$prefix"*; do
      [ -e "$crash" ] || continue
      cp "$crash" "$KAC_ROOT/fuzz/regressions/new-$(basename "$crash")"
      kac_log "Saved $(basename "$crash") to fuzz/regressions/ (rename it, fix the bug, commit both)"
    done
    kac_log "The fuzzer for $what FAILED (exit $result)"
    status=$result
  fi
}

run_fuzzer HtmlSanitizer "$html_fuzzer" html- "$html_work" "$html_seeds" \
  -dict="$KAC_ROOT/fuzz/html.dict" -max_len=16384

# Screen-pop URLs (issue 18): reachable by any web page or local program.
pop_work="$KAC_ROOT/build/fuzz/pop-corpus"
mkdir -p "$pop_work"
run_fuzzer "the screen-pop parser" "$KAC_ROOT/build/fuzz/fuzz/kac_fuzz_pop" pop- \
  "$pop_work" "$KAC_ROOT/fuzz/corpus-pop" -max_len=4096
exit "$status"
