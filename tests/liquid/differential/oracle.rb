# Ruby Liquid 5.4.0 set up as the liquid-spec cases were judged: Jekyll's blank/empty literals,
# liquid-spec's clock (2024-01-01T00:01:58Z, TZ=UTC; jekyllpp gets it from SOURCE_DATE_EPOCH) and
# its SimpleFileSystem, parse with line numbers, render! (errors raise).
require 'liquid'
require 'json'
require 'jekyll/liquid_expr_method_literal'

ENV['TZ'] = 'UTC'
class Time
  def self.now = Time.at(1_704_067_318)
end

# liquid-spec's SimpleFileSystem: names lower-cased, ".liquid" appended unless present.
class CaseFileSystem
  def initialize(partials, not_found_message = nil)
    @partials = partials.to_h { |k, v| [normalise(k), v] }
    @not_found_message = not_found_message
  end

  def normalise(name)
    n = name.downcase
    n.end_with?('.liquid') ? n : "#{n}.liquid"
  end

  def read_template_file(name)
    @partials.fetch(normalise(name)) { raise Liquid::FileSystemError, @not_found_message || "Could not find asset #{name}" }
  end
end

# Renders case c (template, environment, partials, partial_not_found_message) in mode; yields :parse before parsing and
# :render before rendering, so a caller can tell which raised.
def render_case(c, mode)
  yield :parse if block_given?
  t = Liquid::Template.parse(c['template'], line_numbers: true, error_mode: mode.to_sym)
  yield :render if block_given?
  t.render!(c['environment'] || {}, registers: { file_system: CaseFileSystem.new(c['partials'] || {}, c['partial_not_found_message']) },
                                    strict_filters: false, strict_variables: false)
end
