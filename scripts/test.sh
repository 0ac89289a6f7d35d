#!/usr/bin/env bash
# Builds jekyllpp and runs every test (unit tests and conformance runs against ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
