#!/usr/bin/env bash
# One command on a fresh Debian bookworm machine: install what is missing, build, and render
# this repository into _site/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/engine/jekyllpp build
