#!/usr/bin/env ruby
# Regenerates tests/highlight/expected/ from tests/highlight/samples/ with Rouge 3.30, the
# highlighter Jekyll 4.3.1 uses: each samples/NAME.LANG is lexed by the lexer Rouge finds for
# LANG (with options after "?", as Lexer.find_fancy reads them) and written as Rouge::Formatters::HTML writes it (no wrapper). Run: ruby regenerate.rb
require 'rouge'
raise "Rouge 3.30.0 expected, found #{Rouge.version}" unless Rouge.version == '3.30.0'

dir = __dir__
# Each sample is lexed in a fresh child process: some lexers keep state in class variables that
# a sibling lexer shares (Jinja's and Twig's word lists), which a site using one never sees.
Dir[File.join(dir, 'samples', '*')].sort.each do |path|
  name = File.basename(path)
  lang = name.split('.', 2)[1]
  Rouge::Lexer.find(lang.split('?', 2)[0]) or abort "no Rouge lexer for #{name}"
  pid = fork do
    html = Rouge::Formatters::HTML.new.format(Rouge::Lexer.find_fancy(lang).lex(File.read(path, encoding: 'utf-8')))
    File.write(File.join(dir, 'expected', "#{name}.html"), html)
  end
  Process.wait(pid)
  abort "failed on #{name}" unless $?.success?
end
