#!/usr/bin/env bash
# bench/liquid/run.sh [RUNS]: renders the same templates and data with jekyllpp's Liquid and
# Ruby liquid 5.4.0 (parse once, render RUNS times each) and prints median CPU times per render
# (process CPU time: wall time on the shared machine counts other processes), ratios and whether
# the outputs are identical, as markdown rows for bench/README.md ("Liquid").
# Needs a built jekyllpp_liquid (BUILD, default build-liquid), yaml-cpp, OpenSSL headers, ruby.
set -euo pipefail
runs=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD:-$root/build-liquid}
work=$(mktemp -d /tmp/jekyllpp-liquid-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 "$here/gen_data.py" "$work/data.json"
c++ -std=c++17 -O2 -I"$root/liquid/include" "$here/bench.cpp" "$build/liquid/libjekyllpp_liquid.a" \
   $(pkg-config --libs yaml-cpp 2>/dev/null || echo -lyaml-cpp) -lcrypto -o "$work/bench"

export TZ=UTC
"$work/bench" "$here" "$work/data.json" "$runs" > "$work/cpp.txt"
ruby "$here/bench.rb" "$here" "$work/data.json" "$runs" > "$work/ruby.txt"

echo "| template | jekyllpp (ms) | Ruby liquid 5.4.0 (ms) | ratio | same output |"
echo "|---|---:|---:|---:|---|"
join "$work/cpp.txt" "$work/ruby.txt" | awk '{ printf "| %s | %.2f | %.1f | %.0fx | %s |\n", $1, $2, $4, $4 / $2, ($3 == $5 ? "yes" : "NO") }'
