#!/usr/bin/env ruby
# frozen_string_literal: true
# Replays requests.txt against real `jekyll serve` (4.3.1, WEBrick) over fixture/, once with
# --livereload and once without, and writes what it answered to expected/livereload.txt and
# expected/plain.txt. Run by hand; the tests only read the results.
require "fileutils"
require "socket"
require "tmpdir"

HERE = __dir__
PORT = 4731
LIVERELOAD_PORT = 35_741

def requests
  File.readlines(File.join(HERE, "requests.txt"), chomp: true).reject { |l| l.empty? || l.start_with?("#") }
end

def exchange(line)
  method, path, header = line.split(" ", 3)
  socket = TCPSocket.new("127.0.0.1", PORT)
  socket.write("#{method} #{path} HTTP/1.1\r\nHost: 127.0.0.1:#{PORT}\r\nConnection: close\r\n")
  socket.write("#{header}\r\n") if header
  socket.write("\r\n")
  raw = socket.read
  socket.close
  head, body = raw.split("\r\n\r\n", 2)
  lines = head.split("\r\n")
  status = lines.shift.split(" ")[1]
  headers = {}
  lines.each do |h|
    name, value = h.split(": ", 2)
    headers[name.downcase] = value # the last one wins, as a browser's
  end
  [status, headers, body || ""]
end

def record(line, out)
  status, headers, body = exchange(line)
  out << "== #{line}\n"
  out << "status: #{status}\n"
  %w(content-type x-rack-livereload content-range cache-control).each do |name|
    out << "#{name}: #{headers[name]}\n" if headers[name]
  end
  out << "location-path: #{headers["location"].sub(%r!\Ahttp://[^/]+!, "")}\n" if headers["location"]
  # Listings and WEBrick's own pages name the server and times: only their status counts.
  body = "" if body.include?("<ADDRESS>")
  out << "body-length: #{body.bytesize}\n" << body << "\n"
end

def capture(name, flags)
  Dir.mktmpdir do |dir|
    site = File.join(dir, "site")
    FileUtils.cp_r(File.join(HERE, "fixture"), site)
    pid = spawn("jekyll", "serve", "-s", site, "-d", File.join(dir, "_site"), "-P", PORT.to_s,
                *flags, out: File::NULL, err: File::NULL)
    60.times do
      break if (TCPSocket.new("127.0.0.1", PORT).close || true rescue false)
      sleep 0.25
    end
    sleep 1
    out = +""
    requests.each { |line| record(line, out) }
    FileUtils.mkdir_p(File.join(HERE, "expected"))
    File.write(File.join(HERE, "expected", name), out)
  ensure
    Process.kill("INT", pid) if pid
    Process.wait(pid) if pid
  end
end

capture("plain.txt", [])
capture("livereload.txt", ["-l", "--livereload-port", LIVERELOAD_PORT.to_s,
                           "--livereload-min-delay", "2", "--livereload-max-delay", "9"])
