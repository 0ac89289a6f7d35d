#!/usr/bin/env bash
# bench/run.sh N [RUNS]: generate an N-post site with ../shared/bench/gen_site.py (Jekyll and
# Hugo flavours of the same content) and time jekyllpp, Jekyll and Hugo on it in one run,
# interleaved (A B C A B C ...), output on tmpfs. Prints the medians and the ratios as a
# markdown table row for bench/README.md. With JEKYLLPP_BASE set to an older jekyllpp binary, it
# is timed in the same rounds and a second row (marked "base") gives the before/after pair.
set -euo pipefail
n=${1:?usage: bench/run.sh N [RUNS]}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
jekyllpp=${JEKYLLPP:-$root/build/engine/jekyllpp}
work=$(mktemp -d /tmp/jekyllpp-bench.XXXXXX)
out=$(mktemp -d /dev/shm/jekyllpp-bench.XXXXXX)
trap 'rm -rf "$work" "$out"' EXIT

python3 "$shared/bench/gen_site.py" "$n" "$work/jekyll" --flavor jekyll
python3 "$shared/bench/gen_site.py" "$n" "$work/hugo" --flavor hugo

# seconds_of CMD...: wall time of one run, in seconds, with the output folder emptied first.
seconds_of() {
  rm -rf "$out/site"
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
median() { sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

base=${JEKYLLPP_BASE:-}
declare -a tj tb tk th
for ((i = 0; i < runs; i++)); do
  tj+=("$(seconds_of env SOURCE_DATE_EPOCH=1767268800 TZ=UTC "$jekyllpp" build -q -s "$work/jekyll" -d "$out/site")")
  if [[ -n $base ]]; then
    tb+=("$(seconds_of env SOURCE_DATE_EPOCH=1767268800 TZ=UTC "$base" build -q -s "$work/jekyll" -d "$out/site")")
  fi
  if command -v jekyll >/dev/null; then
    tk+=("$(seconds_of env TZ=UTC jekyll build -q --disable-disk-cache -s "$work/jekyll" -d "$out/site")")
  fi
  if command -v hugo >/dev/null; then
    th+=("$(cd "$work/hugo" && seconds_of hugo --quiet -d "$out/site")")
  fi
done

mj=$(printf '%s\n' "${tj[@]}" | median)
mk=$( ((${#tk[@]})) && printf '%s\n' "${tk[@]}" | median || echo nan)
mh=$( ((${#th[@]})) && printf '%s\n' "${th[@]}" | median || echo nan)
echo "| N posts | runs | jekyllpp | Jekyll 4.3.1 | Hugo | Jekyll / jekyllpp | Hugo / jekyllpp |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
row() {  # row LABEL JEKYLLPP_MEDIAN
  printf '| %s%s | %s | %s s | %s s | %s s | %.1f× | %.2f× |\n' "$n" "$1" "$runs" "$2" "$mk" "$mh" \
    "$(echo "$mk / $2" | bc -l)" "$(echo "$mh / $2" | bc -l)"
}
if [[ -n $base ]]; then row " (base)" "$(printf '%s\n' "${tb[@]}" | median)"; fi
row "" "$mj"
