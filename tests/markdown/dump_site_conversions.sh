#!/bin/sh
# Builds a copy of a Jekyll site with real Jekyll 4.3.1 and keeps every markdown conversion it
# makes (pages, documents, `markdownify`) as OUT/NAME.md (Jekyll's input, after Liquid) and
# OUT/NAME.html (kramdown's output), NAME being a hash of the input. Compare them with
#   BUILD/tests/markdown/test_markdown_cases --compare OUT
# (Jekyll's default kramdown options). Needs Ruby + Jekyll; works on a copy in /tmp.
#   sh dump_site_conversions.sh SITE_SRC OUT [extra jekyll args]
set -e
src=$(cd "$1" && pwd); out=$(mkdir -p "$2" && cd "$2" && pwd); shift 2
work=$(mktemp -d /tmp/md-dump${JEKYLLPP_WORK_SUFFIX}.XXXXXX)
cp -r "$src" "$work/src"
cat > "$work/dump.rb" <<'RUBY'
require 'digest'
require 'jekyll'
class Jekyll::Converters::Markdown
  alias_method :jekyllpp_original_convert, :convert
  def convert(content)
    html = jekyllpp_original_convert(content)
    name = File.join(ENV['DUMP_DIR'], Digest::MD5.hexdigest(content)[0, 10])
    File.write("#{name}.md", content)
    File.write("#{name}.html", html)
    html
  end
end
RUBY
(cd "$work" && DUMP_DIR="$out" TZ=UTC faketime -f '2026-01-01 12:00:00' \
   ruby -r./dump.rb "$(command -v jekyll)" build -s src -d site -q "$@" >/dev/null)
rm -rf "$work"
ls "$out" | grep -c '\.md$'
