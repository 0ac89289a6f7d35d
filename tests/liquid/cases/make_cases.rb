# Writes NAME.yml (format jekyllpp-liquid-spec/1, read by the liquid-spec runner) from NAME.json,
# a list of {name, template, environment?, partials?}: each case's output or error as Ruby Liquid
# 5.4.0 gives it (differential/oracle.rb) in warn, lax and strict mode, one case per distinct
# result with the modes that give it.
#   ruby make_cases.rb differential.json > differential.yml
require_relative '../differential/oracle'

def result(c, mode)
  phase = nil
  { 'expected' => render_case(c, mode) { |p| phase = p.to_s } }
rescue StandardError => e # Liquid's errors, and the plain Ruby ones render! lets through
  { 'error' => { 'phase' => phase, 'patterns' => [e.class.name, e.message], 'class' => e.class.name,
                 'message' => e.message } }
end

puts 'format: "jekyllpp-liquid-spec/1"'
puts "source: \"tests/liquid/cases/#{File.basename(ARGV[0])}, rendered by Ruby Liquid #{Liquid::VERSION}\""
puts 'cases:'
JSON.parse(File.read(ARGV[0])).each do |c|
  by_result = %w[warn lax strict].group_by { |mode| result(c, mode) }
  by_result.each do |outcome, modes|
    name = by_result.size == 1 ? c['name'] : "#{c['name']} (#{modes.join(', ')})"
    entry = { 'name' => name }.merge(c.slice('template', 'environment', 'partials')).merge(outcome)
    puts "- #{JSON.generate(entry.merge('error_modes' => modes))}"
  end
end
