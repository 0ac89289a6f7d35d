#!/usr/bin/env bash
# tests/fuzz/build.sh [OUT_DIR [TARGET...]]: builds the libFuzzer targets with clang, ASan and
# UBSan (not part of CTest; objects are reused between runs, through ccache when installed;
# FUZZ_JOBS compilations at a time, 2 unless set):
#   liquid_fuzz       Liquid parse + render in every error mode
#   liquid_filters_fuzz  the Liquid filters with fast paths against plain references
#   markdown_fuzz     kramdown (GFM) and CommonMark conversion
#   front_matter_fuzz front matter split + YAML loading
#   highlight_fuzz    Rouge lexers + HTML formatter, and Rouge's guess
#   iso_time_fuzz     the front matter date reader against the pattern it stands for
#   site_text_fuzz    slugify, transliterate, number_of_words and the URI filters on any bytes
# Run one on the corpora tests/fuzz/seed.py writes, e.g.:
#   tests/fuzz/build.sh /tmp/fuzz liquid_fuzz && tests/fuzz/seed.py /tmp/corpus && \
#     /tmp/fuzz/liquid_fuzz -max_total_time=600 -timeout=10 -rss_limit_mb=2048 -max_len=4096 /tmp/corpus/liquid
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-fuzz}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(liquid_fuzz liquid_filters_fuzz markdown_fuzz front_matter_fuzz highlight_fuzz iso_time_fuzz site_text_fuzz)
launcher=$(command -v ccache || true)

# The areas each target links, and what else it needs.
declare -A areas=([liquid_fuzz]="liquid" [liquid_filters_fuzz]="liquid" [markdown_fuzz]="liquid highlight markdown"
                  [front_matter_fuzz]="liquid yaml" [highlight_fuzz]="liquid highlight"
                  [iso_time_fuzz]="liquid yaml" [site_text_fuzz]="liquid text")
declare -A libs=([liquid_fuzz]="" [liquid_filters_fuzz]="" [markdown_fuzz]="-lcmark-gfm-extensions -lcmark-gfm -lpcre2-8"
                 [front_matter_fuzz]="-lyaml-cpp -lyaml" [highlight_fuzz]="-lpcre2-8"
                 [iso_time_fuzz]="-lyaml-cpp -lyaml" [site_text_fuzz]="-licuuc")
# An area: its sources and include folders. The YAML area is the part of site/ that loads YAML,
# the text area its code-point text functions.
sources() {
   case $1 in
      liquid) find "$root/liquid/src" -name '*.cpp' ;;
      highlight) find "$root/engine/highlight/src" -name '*.cpp' ;;
      markdown) find "$root/engine/markdown/src" -name '*.cpp' ;;
      yaml) printf "$root/site/src/%s.cpp\n" yaml_value simple_yaml front_matter psych_syntax time_util iso_time_text errors ;;
      text) printf "$root/site/src/%s.cpp\n" slugify filters/text filters/unicode filters/uri ;;
   esac
}
includes() {
   case $1 in
      liquid) echo "-I$root/liquid/include -I$root/liquid/src" ;;
      highlight) echo "-I$root/engine/highlight/include -I$root/engine/highlight/src" ;;
      markdown) echo "-I$root/engine/markdown/include -I$root/engine/markdown/src $(pkg-config --cflags libcmark-gfm)" ;;
      yaml|text) echo "-I$root/site/include -I$root/site/src" ;;
   esac
}

# A header newer than the last build invalidates every object of every area.
if [[ -e "$out/stamp" ]] && [[ -n "$(find "$root/liquid" "$root/site" "$root/engine" -name '*.hpp' -newer "$out/stamp")" ]]; then
   rm -rf "$out/obj"
fi
mkdir -p "$out/obj"
base=(-std=c++17 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
export out root launcher
compile() {  # compile SOURCE FLAGS...: one object per source, rebuilt when the source is newer
   local obj="$out/obj/$(echo "${1#$root/}" | tr / _).o"
   [[ "$obj" -nt "$1" ]] || $launcher clang++ "${@:2}" -c "$1" -o "$obj"
   echo "$obj"
}
export -f compile
# area NAME: the static library of an area's objects (the archive lets the linker take only
# what a target uses). An area's own folders come first (highlight/src and liquid/src both
# have a lexer.hpp), then those of the areas it uses.
area() {
   local flags=("${base[@]}" $(includes "$1"))
   [[ $1 == markdown ]] && flags+=($(includes highlight))
   flags+=($(includes liquid))
   local objects
   objects=$(sources "$1" | xargs -P"${FUZZ_JOBS:-2}" -I{} bash -c 'compile "$@"' _ {} "${flags[@]}")
   rm -f "$out/lib$1.a"
   ar qc "$out/lib$1.a" $objects
}
declare -A built=()
for target in "${targets[@]}"; do
   [[ -n ${areas[$target]+x} ]] || { echo "unknown target $target" >&2; exit 2; }
   folders=()
   archives=()
   for a in ${areas[$target]}; do
      [[ -n ${built[$a]+x} ]] || { area "$a"; built[$a]=1; }
      folders=($(includes "$a") "${folders[@]}")  # the target's own area first, as in area()
      archives=("$out/lib$a.a" "${archives[@]}")  # dependents before what they use
   done
   main=$(compile "$root/tests/fuzz/$target.cpp" "${base[@]}" "${folders[@]}")
   clang++ -fsanitize=fuzzer,address,undefined "$main" "${archives[@]}" ${libs[$target]} -o "$out/$target"
   echo "built $out/$target"
done
touch "$out/stamp"
