#!/usr/bin/env bash
# tests/fuzz/build.sh [OUT_DIR]: builds the Liquid parse+render libFuzzer target with clang,
# ASan and UBSan (not part of CTest; objects are reused between runs). Run it with, e.g.:
#   tests/fuzz/build.sh /tmp/liquid-fuzz && mkdir -p /tmp/corpus && \
#     /tmp/liquid-fuzz/liquid_fuzz -max_total_time=300 -timeout=10 -rss_limit_mb=2048 /tmp/corpus
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-fuzz}
# A header newer than the last link invalidates every object.
if [[ -e "$out/liquid_fuzz" ]] && [[ -n "$(find "$root/liquid" -name '*.hpp' -newer "$out/liquid_fuzz")" ]]; then
   rm -rf "$out/obj"
fi
mkdir -p "$out/obj"
flags=(-std=c++17 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
       -I"$root/liquid/include" -I"$root/liquid/src")
export out root
compile() {  # compile SOURCE: one object per source, rebuilt when the source is newer
   local obj="$out/obj/$(echo "${1#$root/}" | tr / _).o"
   [[ "$obj" -nt "$1" ]] || clang++ "${@:2}" -c "$1" -o "$obj"
   echo "$obj"
}
export -f compile
objects=$( (find "$root/liquid/src" -name '*.cpp'; echo "$root/tests/fuzz/liquid_fuzz.cpp") |
   xargs -P2 -I{} bash -c 'compile "$@"' _ {} "${flags[@]}")
clang++ -fsanitize=fuzzer,address,undefined $objects -o "$out/liquid_fuzz"
echo "built $out/liquid_fuzz"
