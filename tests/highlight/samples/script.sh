#!/bin/bash
set -euo pipefail
# Deploy the site.
SITE_DIR="${1:-_site}"
readonly COUNT=$((3 + 4 * 2))
files=$(find "$SITE_DIR" -name '*.html' | wc -l)
echo "Found $files files in ${SITE_DIR}" >&2

if [[ -d "$SITE_DIR" && $files -gt 0 ]]; then
  for f in "$SITE_DIR"/*.html; do
    sed -i 's/foo/bar/g' "$f"
  done
elif [ -z "$SITE_DIR" ]; then
  exit 1
fi

case "$1" in
  start|run) echo starting ;;
  *) echo "usage: $0 start" ;;
esac

cat <<EOF2
Heredoc with $HOME and `date`
EOF2

function deploy() {
  local target=$1
  rsync -avz --delete ./ "user@host:$target" && echo $'done\n'
}
deploy /var/www 2>/dev/null || true
