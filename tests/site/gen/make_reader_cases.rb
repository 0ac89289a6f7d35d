# Reads tests/site/fixtures/reader-site with real Jekyll 4.3.1 and writes, for every page,
# document and static file, its kind, relative path, URL and (documents) date and categories
# to tests/site/data/reader_site.tsv.  Run with TZ=UTC: ruby make_reader_cases.rb
require "jekyll"
source = File.expand_path("../fixtures/reader-site", __dir__)
Jekyll.logger.log_level = :error
site = Jekyll::Site.new(Jekyll.configuration("source" => source, "destination" => "/tmp/reader-site-out", "quiet" => true))
site.reset
site.read
rows = []
site.pages.each { |p| rows << ["page", p.relative_path, p.url, "", "", p.data["author"].to_s] }
site.collections.each_value do |c|
  c.docs.each do |d|
    rows << ["doc:#{c.label}", d.relative_path, d.url, (c.label == "posts" ? d.date.strftime("%Y-%m-%d %H:%M:%S %z") : ""),
             Array(d.data["categories"]).join(","), d.data["author"].to_s + (d.data["section"] ? "/#{d.data["section"]}" : "")]
  end
end
site.static_files.each { |f| rows << ["static", f.relative_path, f.url, "", "", ""] }
File.write(File.join(__dir__, "..", "data", "reader_site.tsv"), rows.sort.map { |r| r.join("\t") }.join("\n") + "\n")
