#!/usr/bin/env bash
# bench/liquid/run.sh [RUNS]: renders the same templates and data with jekyllpp's Liquid and
# Ruby liquid 5.4.0 (parse once, render RUNS times each) and prints median CPU times per render
# (process CPU time: wall time on the shared machine counts other processes), ratios and whether
# the outputs are identical, as markdown rows for bench/README.md ("Liquid").
# Needs a built jekyllpp_liquid (BUILD, default build-liquid), yaml-cpp, OpenSSL headers, ruby.
# BASE=TREE also times another source tree's library (its headers, BASE_BUILD, default
# TREE/build-liquid) in the same run, before this one: its rows are marked "(base)".
set -euo pipefail
runs=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD:-$root/build-liquid}
work=$(mktemp -d /tmp/jekyllpp-liquid-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 "$here/gen_data.py" "$work/data.json"
compile() {  # compile TREE LIBRARY OUT
   c++ -std=c++17 -O2 -I"$1/liquid/include" "$here/bench.cpp" "$2" \
      $(pkg-config --libs yaml-cpp 2>/dev/null || echo -lyaml-cpp) -lcrypto -o "$3" 2>/dev/null
}
compile "$root" "$build/liquid/libjekyllpp_liquid.a" "$work/bench"
if [[ -n "${BASE:-}" ]]; then
   compile "$BASE" "${BASE_BUILD:-$BASE/build-liquid}/liquid/libjekyllpp_liquid.a" "$work/bench-base"
fi

export TZ=UTC
[[ -z "${BASE:-}" ]] || "$work/bench-base" "$here" "$work/data.json" "$runs" > "$work/base.txt"
"$work/bench" "$here" "$work/data.json" "$runs" > "$work/cpp.txt"
ruby "$here/bench.rb" "$here" "$work/data.json" "$runs" > "$work/ruby.txt"

row() {  # row CPP_RESULTS LABEL
   join "$1" "$work/ruby.txt" | awk -v label="$2" \
      '{ printf "| %s%s | %.2f | %.1f | %.0fx | %s |\n", $1, label, $2, $4, $4 / $2, ($3 == $5 ? "yes" : "NO") }'
}
echo "| template | jekyllpp (ms) | Ruby liquid 5.4.0 (ms) | ratio | same output |"
echo "|---|---:|---:|---:|---|"
[[ -z "${BASE:-}" ]] || row "$work/base.txt" " (base)"
row "$work/cpp.txt" ""
