#!/bin/sh
# Builds kg with warnings as errors and runs the whole test suite through ctest.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_WERROR=ON
cmake --build build
ctest --test-dir build --output-on-failure -j "$(nproc)"
