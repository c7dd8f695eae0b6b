#!/bin/sh
# What CI runs: builds kg with warnings as errors and runs the whole test suite through ctest;
# then the suite under AddressSanitizer + UndefinedBehaviorSanitizer, every fuzz target for 10 s
# (on that build), and the threaded paths under ThreadSanitizer. KG_QUICK=1 stops after ctest.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_WERROR=ON
cmake --build build
ctest --test-dir build --output-on-failure -j "$(nproc)"
[ "${KG_QUICK:-0}" = 1 ] && exit 0
scripts/sanitize.sh address
BUILD=build-asan scripts/fuzz.sh 10
scripts/sanitize.sh thread
