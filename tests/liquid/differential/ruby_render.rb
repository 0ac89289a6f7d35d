# Renders every case of a cases file (one JSON object a line: id, template, environment, partials,
# mode) with Ruby Liquid 5.4.0 (oracle.rb) and writes one JSON object a line: id and out, where out
# is the output, or "ERROR: <class>: <message>" for a Liquid error, or "RUBY-ERROR: <class>: <message>"
# for any other exception.
#   ruby ruby_render.rb < cases.jsonl > ruby.jsonl
require_relative 'oracle'

$stdout.sync = true # try.sh and the driver side read a case at a time
$stdin.each_line do |line|
  c = JSON.parse(line)
  out = begin
    render_case(c, c['mode'])
  rescue Liquid::Error => e
    "ERROR: #{e.class}: #{e.message}"
  rescue StandardError, SystemStackError => e
    "RUBY-ERROR: #{e.class}: #{e.message}"
  end
  out = out.dup.force_encoding('UTF-8')
  out = 'RUBY-ERROR: invalid UTF-8 output' unless out.valid_encoding?
  puts JSON.generate({ 'id' => c['id'], 'out' => out })
end
