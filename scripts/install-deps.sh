#!/usr/bin/env bash
# Installs the Debian bookworm packages jekyllpp builds with, if any are missing.
set -euo pipefail
packages=(g++ cmake make pkg-config
  libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev tao-pegtl-dev
  libboost-filesystem-dev libboost-dev catch2 libsass-dev libpcre2-dev libicu-dev libxml2-dev python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
