#!/bin/sh
# Renders each argument as a template (warn mode, gen.py's environment and partials) with Ruby Liquid
# and with jekyllpp, side by side:  try.sh '{{ list | map: 0 }}' ...   (MODE=strict try.sh ... for another mode)
here=$(dirname "$0")
driver=${DRIVER:-$here/../../../build/tests/liquid/liquid_diff_driver}
cases=$(python3 "$here/gen.py" --templates "$@" --mode "${MODE:-warn}")
printf "%s\n" "$cases" | ruby "$here/ruby_render.rb" > /tmp/try-ruby.$$
printf "%s\n" "$cases" | "$driver" > /tmp/try-cpp.$$
python3 - "$@" /tmp/try-ruby.$$ /tmp/try-cpp.$$ <<'PY'
import json, sys
*templates, rfile, cfile = sys.argv[1:]
for t, r, c in zip(templates, open(rfile), open(cfile)):
    r, c = json.loads(r)["out"], json.loads(c)["out"]
    c = r if r.startswith("RUBY-ERROR: ") and c == "ERROR: " + r[len("RUBY-ERROR: "):] else c
    print(("same  " if r == c else "DIFF  ") + repr(t))
    print("  ruby:     " + repr(r))
    if r != c: print("  jekyllpp: " + repr(c))
PY
rm -f /tmp/try-ruby.$$ /tmp/try-cpp.$$
