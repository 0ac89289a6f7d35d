#!/usr/bin/env bash
# run-self-site.sh JEKYLLPP REPO EXPECTED
# Pins: `jekyll build` of this repository (itself a Jekyll site: index.md through
# _layouts/page.html and default.html, _includes/, static assets, exclude: of every non-site
# folder, site.time in dates) writes exactly the files of EXPECTED, which real Jekyll 4.3.1
# wrote (scripts/regenerate-self-expected.sh). JEKYLLPP builds a clean export of REPO at the
# same fixed time (SOURCE_DATE_EPOCH=1767268800, TZ=UTC) and every output file must match
# byte for byte, with none missing and none extra. Prints the first differences on failure.
set -uo pipefail
jekyllpp=$1
repo=$2
expected=$3
here=$(cd "$(dirname "$0")" && pwd)
max_shown=5

if [ -z "$(find "$expected" -type f -print -quit 2>/dev/null)" ]; then
  echo "FAIL: no expected tree at $expected (scripts/regenerate-self-expected.sh makes it)"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$here/export-site.sh" "$repo" "$tmp/src" || { echo "FAIL: could not export $repo"; exit 1; }

if ! env -u JEKYLL_ENV SOURCE_DATE_EPOCH=1767268800 TZ=UTC \
      "$jekyllpp" build -s "$tmp/src" -d "$tmp/out" >"$tmp/build.log" 2>&1; then
  echo "FAIL: jekyllpp build exited non-zero:"
  head -n 40 "$tmp/build.log"
  exit 1
fi
[ -d "$tmp/out" ] || mkdir "$tmp/out"

# Entries as "f path" / "d path" so that extra or missing directories count too.
list_tree() {
  (cd "$1" && find . -mindepth 1 \( -type d -printf 'd %P\n' \) -o -printf 'f %P\n' | LC_ALL=C sort)
}
list_tree "$expected" >"$tmp/expected.list"
list_tree "$tmp/out" >"$tmp/actual.list"

status=0
missing=$(LC_ALL=C comm -23 "$tmp/expected.list" "$tmp/actual.list")
extra=$(LC_ALL=C comm -13 "$tmp/expected.list" "$tmp/actual.list")
if [ -n "$missing" ]; then
  status=1
  echo "Missing from jekyllpp's output ($(wc -l <<<"$missing")):"
  head -n 20 <<<"$missing" | sed 's/^/  /'
fi
if [ -n "$extra" ]; then
  status=1
  echo "Extra in jekyllpp's output ($(wc -l <<<"$extra")):"
  head -n 20 <<<"$extra" | sed 's/^/  /'
fi

differing=0
checked=0
while IFS= read -r entry; do
  path=${entry#f }
  checked=$((checked + 1))
  if ! cmp -s "$expected/$path" "$tmp/out/$path"; then
    status=1
    differing=$((differing + 1))
    if [ "$differing" -le "$max_shown" ]; then
      where=$(cmp "$expected/$path" "$tmp/out/$path" 2>&1 | sed 's/.* differ: //' | head -n 1)
      echo "Differs: $path ($where)"
      diff -u --label "expected/$path" --label "jekyllpp/$path" \
        "$expected/$path" "$tmp/out/$path" | head -n 30 | sed 's/^/  /'
    fi
  fi
done < <(LC_ALL=C comm -12 "$tmp/expected.list" "$tmp/actual.list" | grep '^f ')

if [ "$status" -eq 0 ]; then
  echo "self-site: all $checked files match"
else
  echo "self-site: $differing of $checked common files differ;" \
    "$(grep -c . <<<"$missing") missing, $(grep -c . <<<"$extra") extra"
fi
exit "$status"
