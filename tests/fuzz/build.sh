#!/usr/bin/env bash
# tests/fuzz/build.sh [OUT]: builds the Liquid parse+render libFuzzer target with clang,
# ASan and UBSan (not part of CTest). Run it with, e.g.:
#   tests/fuzz/build.sh /tmp/liquid_fuzz && mkdir -p /tmp/corpus && \
#   cp ../shared/liquid-spec/*.yml /tmp/corpus/ 2>/dev/null; /tmp/liquid_fuzz -max_total_time=60 -timeout=5 /tmp/corpus
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-fuzz/liquid_fuzz}
mkdir -p "$(dirname "$out")"
clang++ -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
   -I"$root/liquid/include" -I"$root/liquid/src" \
   $(find "$root/liquid/src" -name '*.cpp') "$root/tests/fuzz/liquid_fuzz.cpp" -o "$out"
echo "built $out"
