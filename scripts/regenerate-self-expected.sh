#!/usr/bin/env bash
# Regenerates tests/self-site/expected/: the _site that real Jekyll 4.3.1 writes for this
# repository, which is itself a Jekyll site (_config.yml, _layouts/, _includes/, assets/,
# images/, index.md, 404.html). The self_site CTest test compares `jekyllpp build` with it.
#
# How: tests/self-site/export-site.sh copies a clean export of the repository (tracked files
# plus the site's files, so build*/ folders and _site/ never leak in) to a temp dir, every
# mtime set to 2026-01-01 12:00:00 UTC; then, with JEKYLL_ENV unset and a C.UTF-8 locale,
#   TZ=UTC faketime -f '2026-01-01 12:00:00' jekyll build -s TMP/src -d tests/self-site/expected
# renders it at that frozen time (site.time), which the test reproduces for jekyllpp with
# SOURCE_DATE_EPOCH=1767268800 TZ=UTC.
#
# Needs jekyll 4.3.1 and faketime (Debian packages jekyll, faketime); the test needs no Ruby.
# Run it after changing a site file or a top-level entry of the repository, review
# `git diff tests/self-site/expected`, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
expected=$repo/tests/self-site/expected

for tool in jekyll faketime; do
  if ! command -v "$tool" >/dev/null; then
    echo "regenerate-self-expected.sh: $tool not found" >&2
    exit 1
  fi
done

unset JEKYLL_ENV
export LC_ALL=C.UTF-8 LANG=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tests/self-site/export-site.sh "$repo" "$tmp/src"

rm -rf "$expected"
TZ=UTC faketime -f '2026-01-01 12:00:00' jekyll build --quiet -s "$tmp/src" -d "$expected"
echo "Wrote $(find "$expected" -type f | wc -l) files to tests/self-site/expected/"
