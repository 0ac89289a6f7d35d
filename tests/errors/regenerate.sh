#!/usr/bin/env bash
# tests/errors/regenerate.sh [NAME...]: records what real Jekyll 4.3.1 (Debian bookworm) does
# with each bad input under tests/errors/cases/NAME/src: its exit code, its console output
# (colours stripped, the scratch source path written as <source>), and the list of files it wrote. Extra build arguments go in
# NAME/args; NAME/generate.py, when present, is run as `python3 generate.py WORK` first (inputs
# too big to commit). The build runs from a copy at /tmp/jekyll-errors/src, clock frozen as for
# the corpus. The written files go to NAME/files (regular files) and NAME/links (symlinks).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for d in "$here"/cases/*/; do names+=("$(basename "$d")"); done
fi
work=/tmp/jekyll-errors${JEKYLLPP_WORK_SUFFIX:-}  # a suffix keeps concurrent runs apart (same depth)
unset JEKYLL_ENV
export TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8
strip() { sed -e 's/\x1b\[[0-9;]*m//g' -e "s#$work/src#<source>#g" -e "s#$work#<work>#g"; }
for name in "${names[@]}"; do
  case_dir=$here/cases/$name
  rm -rf "$work"; mkdir -p "$work"
  cp -a "$case_dir/." "$work/"
  [ -f "$case_dir/generate.py" ] && python3 "$case_dir/generate.py" "$work"
  find "$work" -exec touch -h -d '2025-12-31 00:00:00 UTC' {} +
  args=""; [ -f "$case_dir/args" ] && args=$(cat "$case_dir/args")
  dest="-d $work/site"; site=$work/site
  case "$args" in *-d\ *) dest=""; site=$(cd "$work/src" && realpath -m "$(echo "$args" | sed 's/.*-d \([^ ]*\).*/\1/')");; esac
  ( cd "$work/src" && timeout 300 faketime -f '2026-01-01 12:00:00' jekyll build $dest $args ) \
    > "$work/stdout" 2> "$work/stderr"
  echo $? > "$case_dir/exit-code"
  strip < "$work/stdout" > "$case_dir/stdout"
  strip < "$work/stderr" | grep -v '^\s*from /usr/' > "$case_dir/stderr"
  # the files Jekyll wrote, when it wrote any (not when the destination is the source itself)
  rm -f "$case_dir/files" "$case_dir/links"
  if [ -d "$site" ] && [ "$site" != "$work/src" ] && [ "$site" != "$work" ]; then
    (cd "$site" && find . -type f | sort) > "$case_dir/files"
    (cd "$site" && find . -type l -printf '%p -> %l\n' | sort) > "$case_dir/links"
    [ -s "$case_dir/links" ] || rm -f "$case_dir/links"
  fi
  echo "$name: exit $(cat "$case_dir/exit-code")"
done
rm -rf "$work"
