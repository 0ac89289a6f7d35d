#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "tsv.hpp"

using namespace jekyllpp;
using namespace jekyllpp::site;

namespace {

// Stands in for the engine's markdown converter: only the extensions and ".html" matter here.
class MarkdownExtensions : public Converter {
public:
   std::string class_name() const override { return "Jekyll::Converters::Markdown"; }
   bool matches(std::string_view ext) const override { return ext == ".md" || ext == ".markdown"; }
   std::string output_ext(std::string_view) const override { return ".html"; }
   std::string convert(std::string_view content, const std::string&) const override { return std::string(content); }
};

}  // namespace

// Reading tests/site/fixtures/reader-site must give the pages, documents (URL, date from file
// name or front matter with zone, categories from directories and front matter, defaults by
// path and type) and static files (exclude globs) that Jekyll's reader gives.
TEST_CASE("reader: pages, posts, collections and static files as Jekyll reads them", "[site][reader]") {
   setenv("TZ", "UTC", 1);
   tzset();
   Logger logger;
   logger.set_level(Logger::Level::Error);
   liquid::Hash overrides;
   overrides.set("source", std::string(JEKYLLPP_SOURCE_DIR) + "/tests/site/fixtures/reader-site");
   overrides.set("destination", "/tmp/jekyllpp-reader-test-out");
   Site site(load_config(liquid::Value(std::move(overrides)), logger), logger);
   site.converters.push_back(std::make_unique< MarkdownExtensions >());
   site.reset();
   site.read();

   std::vector< std::string > rows;
   auto text = [](const liquid::Value& v) { return v.is_nil() ? std::string() : liquid::to_output(v); };
   for (const auto& page : site.pages)
      rows.push_back("page\t" + page->relative_path + "\t" + page->url + "\t\t\t" + text(page->get("author")));
   for (const auto& collection : site.collections)
      for (const auto& doc : collection->docs) {
         std::string categories;
         const liquid::Value& list = doc->get("categories");
         if (list.is_array())
            for (std::size_t i = 0; i < list.as_array().size(); ++i)
               categories += (i ? "," : "") + text(list.as_array()[i]);
         std::string author = text(doc->get("author"));
         if (!doc->get("section").is_nil()) author += "/" + text(doc->get("section"));
         std::string date = collection->label == "posts" ? strftime(doc->date, "%Y-%m-%d %H:%M:%S %z") : "";
         rows.push_back("doc:" + collection->label + "\t" + doc->relative_path + "\t" + doc->url + "\t" + date + "\t" +
                        categories + "\t" + author);
      }
   for (const auto& file : site.static_files)
      rows.push_back("static\t" + file->relative_path + "\t" + file->url + "\t\t\t");
   std::sort(rows.begin(), rows.end());

   std::vector< std::string > expected;
   for (const auto& row : test::read_cases("reader_site.tsv")) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "\t" : "") + row[i];
      expected.push_back(line);
   }
   CHECK(rows == expected);
}
