# Ruby Liquid 5.4.0 side of the benchmark: parse each template once, render it RUNS times
# (render!, as Jekyll does), print "NAME MEDIAN_MS" lines and the output digest.
require "liquid"
require "json"
require "digest"

dir, data_file, runs = ARGV[0], ARGV[1], (ARGV[2] || 20).to_i
data = JSON.parse(File.read(data_file))
file_system = Liquid::LocalFileSystem.new(File.join(dir, "templates"), "%s.liquid")
%w[loops products blog].each do |name|
  template = Liquid::Template.parse(File.read(File.join(dir, "templates", "#{name}.liquid")),
                                    line_numbers: true, error_mode: :warn)
  times = []
  output = nil
  runs.times do
    t0 = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
    output = template.render!(data.dup, registers: { file_system: file_system })
    times << (Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - t0) * 1000
  end
  puts format("%s %.3f %s", name, times.sort[times.size / 2], Digest::MD5.hexdigest(output))
end
