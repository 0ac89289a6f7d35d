#!/usr/bin/env bash
# Builds jekyllpp and its tests with AddressSanitizer, LeakSanitizer and UBSan into build-asan/
# (RelWithDebInfo, frame pointers kept) and runs the test suite against that build: any memory
# error, leak or undefined behaviour fails the test that met it.
# usage: scripts/sanitize.sh [CTEST_ARGS...]   e.g. scripts/sanitize.sh -R errors_catalogue
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJEKYLLPP_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
# halt_on_error makes UBSan's first report fatal, so a test cannot pass over it; the runners
# that expect jekyllpp to fail (errors catalogue) also look for reports in its output.
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" "$@"
