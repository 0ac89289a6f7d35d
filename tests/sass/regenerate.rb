#!/usr/bin/env ruby
# Regenerates tests/sass/expected/ with sassc-ruby (Debian's ruby-sassc, libsass 3.6.5): each
# case compiled in each output style with the options jekyll-sass-converter 2.2 passes
# (load path _sass, source map contents, no source map URL), the map for compact.
# Usage (from the repository root): ruby tests/sass/regenerate.rb
require "sassc"
dir = File.expand_path("cases", __dir__)
out = File.expand_path("expected", __dir__)
Dir.mkdir(out) unless Dir.exist?(out)
Dir.chdir(dir) do
  Dir.glob("*.scss").sort.each do |file|
    base = File.basename(file, ".scss")
    %w(nested expanded compact compressed).each do |style|
      options = { style: style.to_sym, syntax: :scss, filename: file, output_path: "#{base}.css",
                  load_paths: ["_sass"], source_map_contents: true, omit_source_map_url: true }
      options[:source_map_file] = "#{base}.css.map" if style == "compact"
      engine = SassC::Engine.new(File.read(file), options)
      begin
        File.write(File.join(out, "#{base}.#{style}.css"), engine.render)
        File.write(File.join(out, "#{base}.css.map"), engine.source_map) if style == "compact"
      rescue SassC::SyntaxError => e
        File.write(File.join(out, "#{base}.#{style}.error"), e.message)
      end
    end
  end
end
