#!/usr/bin/env bash
# export-site.sh REPO DEST: copies a clean, same-shaped export of this repository into DEST
# (which must not exist yet), so that a Jekyll build of DEST sees what a fresh clone holds:
#   - in a git work tree: every tracked file, plus the site's own files (_config.yml, _layouts/,
#     _includes/, assets/, images/, index.md, 404.html) even before they are committed;
#   - otherwise (a source tarball): everything but .git and what .gitignore keeps out of the
#     repository (build*/, _site/, .jekyll-cache/, .jekyll-metadata, .sass-cache/).
# Stray build folders and local outputs never leak in. Every file's mtime is set to
# 2026-01-01 12:00:00 UTC, the fixed time the expected tree is rendered at.
set -euo pipefail
repo=$(cd "$1" && pwd)
dest=$2
site_entries=(_config.yml _layouts _includes assets images index.md 404.html)

if [ -e "$dest" ]; then
  echo "export-site.sh: $dest already exists" >&2
  exit 1
fi
mkdir -p "$dest"

list_files() {
  cd "$repo"
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached
    for entry in "${site_entries[@]}"; do
      if [ -e "$entry" ]; then find "$entry" \( -type f -o -type l \) -print0; fi
    done
  else
    find . -mindepth 1 \
      \( -path ./.git -o -path './build*' -o -path ./_site -o -path ./.jekyll-cache \
         -o -path ./.jekyll-metadata -o -path ./.sass-cache \) -prune \
      -o \( -type f -o -type l \) -printf '%P\0'
  fi
}

# A tracked file deleted in the work tree is not part of the export.
existing_only() {
  cd "$repo"
  while IFS= read -r -d '' f; do
    if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi
  done
}

list_files | sort -zu | existing_only | (cd "$repo" && tar --null -T - -cf -) | tar -xf - -C "$dest"

find "$dest" -exec touch -h -d '2026-01-01 12:00:00 UTC' {} +
