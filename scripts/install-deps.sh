#!/usr/bin/env bash
# Installs the Debian bookworm packages jekyllpp builds with, if any are missing, and the npm
# package jemoji's emoji data is read from at run time.
set -euo pipefail
packages=(g++ cmake make pkg-config
  libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev tao-pegtl-dev
  libboost-filesystem-dev libboost-dev libssl-dev catch2 libsass-dev libjemalloc-dev libpcre2-dev libicu-dev libxml2-dev python3
  openssl)
# npm: Debian's package, unless a Node.js that bundles it is installed already.
command -v npm >/dev/null || packages+=(npm)
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
# jemoji: gemoji 3.0.1's emoji names and code points, as the npm package gemoji@4.2.1 carries
# them (no Debian package does; see site/src/plugins/jemoji/emoji_data.hpp).
gemoji="$(npm root -g)/gemoji/package.json"
grep -q '"version": "4.2.1"' "$gemoji" 2>/dev/null || $sudo npm install -g --no-audit --no-fund gemoji@4.2.1
