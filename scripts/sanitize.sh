#!/bin/sh
# The test suite under sanitizers.
#
#   scripts/sanitize.sh address   # clang, AddressSanitizer + UndefinedBehaviorSanitizer, whole suite
#   scripts/sanitize.sh thread    # ThreadSanitizer, the threaded paths: load, ingest, export, scans
#
# Builds build-asan or build-tsan (kept between runs). Any finding fails the run: UBSan does
# not recover, and ASan/TSan stop at their first report. Suppressions (only for libraries kg
# does not build) are in scripts/sanitizers/, each with its reason.
set -eu
cd "$(dirname "$0")/.."
MODE=${1:-address}
SUPP="$(pwd)/scripts/sanitizers"
case "$MODE" in
  address)
    BUILD=build-asan
    FLAGS="-DKG_SANITIZE=address,undefined -DKG_FUZZ=ON"
    # The whole suite but the kill tests, whose killed children ASan would only slow down.
    FILTER="~[crash]"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:suppressions=$SUPP/asan.supp"
    export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ;;
  thread)
    BUILD=build-tsan
    FLAGS="-DKG_SANITIZE=thread"
    FILTER="[store]~[crash],[cli],[export],[query],[snapshot]"
    export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$SUPP/tsan.supp"
    ;;
  *) echo "usage: scripts/sanitize.sh address|thread" >&2; exit 2 ;;
esac
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  # shellcheck disable=SC2086
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DKG_BUILD_BENCH=OFF $FLAGS > /dev/null
fi
cmake --build "$BUILD"
"$BUILD/tests/kg_tests" "$FILTER"
