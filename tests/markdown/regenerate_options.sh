#!/bin/sh
# Regenerates the expected HTML of tests/markdown/options (kramdown options from NAME.config,
# "key: value" lines), tests/markdown/cases (Jekyll's defaults) and tests/markdown/smartify with
# Jekyll 4.3.1 itself. Needs Ruby + Jekyll.
set -e
here=$(cd "$(dirname "$0")" && pwd)
kd="$here/../../../shared/tools/kd.rb"
for md in "$here"/options/*.md; do
   config="${md%.md}.config"
   json=$(ruby -e '
      h = {}; syn = {}
      File.readlines(ARGV[0]).each do |l|
         k, v = l.chomp.split(": ", 2)
         v = (v == "true" ? true : v == "false" ? false : v =~ /\A\d+\z/ ? v.to_i : v)
         v = v.split("..").map(&:to_i).then { |a, b| (a..b).to_a } if k == "toc_levels"
         if %w[default_lang line_numbers start_line].include?(k) then syn[k] = v
         elsif k == "block_line_numbers" then syn["block"] = { "line_numbers" => v }
         else h[k] = v end
      end
      h["syntax_highlighter_opts"] = syn unless syn.empty?
      require "json"; print({"kramdown" => h}.to_json)' "$config")
   KD_CONFIG="$json" ruby "$kd" < "$md" > "${md%.md}.html"
done
for md in "$here"/cases/*.md; do
   ruby "$kd" < "$md" > "${md%.md}.html"
done
for txt in "$here"/smartify/*.txt; do
   ruby -rjekyll -e 'print Jekyll::Converters::SmartyPants.new(Jekyll::Configuration::DEFAULTS).convert(File.read(ARGV[0]))' "$txt" > "${txt%.txt}.html"
done
