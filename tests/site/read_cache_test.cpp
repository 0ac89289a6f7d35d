#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/read_cache.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/time_util.hpp"

using namespace jekyllpp;
using namespace jekyllpp::site;

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
   std::filesystem::create_directories(path.parent_path());
   std::ofstream(path) << text;
}

// The date each document of `site` got, by relative path.
std::map< std::string, std::int64_t > dates(const Site& site) {
   std::map< std::string, std::int64_t > out;
   for (const auto& collection : site.collections)
      for (const auto& doc : collection->docs) out[doc->relative_path] = doc->date.seconds;
   return out;
}

// The configuration of a site in `source`, built into source/_site.
Config config_for(const std::filesystem::path& source, Logger& logger) {
   liquid::Hash overrides;
   overrides.set("source", source.string());
   overrides.set("destination", (source / "_site").string());
   return load_config(liquid::Value(std::move(overrides)), logger);
}

}  // namespace

// `serve` without -I builds a new site, with a new site.time, for every change, reading
// through one ReadCache: a document whose reading took its date from site.time, or compared
// its front matter date with it, must be read again when the clock moved; the others not.
TEST_CASE("read cache: documents dated by the site's clock follow it", "[site][read_cache]") {
   setenv("TZ", "UTC", 1);
   tzset();
   const std::filesystem::path source =
      std::filesystem::temp_directory_path() / ("jekyllpp-read-cache-test-" + std::to_string(::getpid()));
   std::filesystem::remove_all(source);
   write(source / "_config.yml", "collections:\n  notes:\n    output: true\n");
   write(source / "_notes/undated.md", "---\ntitle: Undated\n---\nA note.\n");
   write(source / "_posts/2024-01-01-dated.md", "---\ndate: 2024-01-01 10:00:00 +0000\n---\nA post.\n");
   write(source / "_posts/2024-01-02-plain.md", "---\ntitle: Plain\n---\nA post.\n");

   Logger logger;
   logger.set_level(Logger::Level::Error);
   const Config config = config_for(source, logger);
   auto cache = std::make_shared< ReadCache >();
   auto read_at = [&](std::int64_t seconds) {
      Site site(config, logger);
      site.read_cache = cache;
      site.reset();
      site.time = local_time(seconds);
      site.read();
      return dates(site);
   };
   const std::int64_t first = 1767268800;          // 2026-01-01 12:00:00 UTC
   const std::int64_t front_matter = 1704103200;   // 2024-01-01 10:00:00 UTC
   const std::int64_t file_name = 1704067200;      // 2024-01-01 00:00:00 UTC

   auto before = read_at(first);
   CHECK(before["_notes/undated.md"] == first);
   CHECK(before["_posts/2024-01-01-dated.md"] == front_matter);
   cache->take_counts();

   auto same = read_at(first);
   CHECK(same == before);
   CHECK(cache->take_counts() == std::pair< std::size_t, std::size_t >{3, 0});

   auto later = read_at(first + 60);
   CHECK(later["_notes/undated.md"] == first + 60);
   CHECK(later["_posts/2024-01-01-dated.md"] == front_matter);
   CHECK(later["_posts/2024-01-02-plain.md"] == 1704153600);
   CHECK(cache->take_counts() == std::pair< std::size_t, std::size_t >{2, 1});  // the note read again

   // Jekyll: a front matter date equal to site.time is its default, so the file name's wins.
   auto equal = read_at(front_matter);
   CHECK(equal["_posts/2024-01-01-dated.md"] == file_name);
   CHECK(equal["_notes/undated.md"] == front_matter);
   CHECK(cache->take_counts() == std::pair< std::size_t, std::size_t >{1, 2});

   auto after = read_at(first);
   CHECK(after == before);
   std::filesystem::remove_all(source);
}

// PostReader#processable? leaves out a post whose text is not UTF-8 (its front matter could not
// be read) at every read, the ones the cache answers too.
TEST_CASE("read cache: a post that is not UTF-8 stays left out", "[site][read_cache]") {
   const std::filesystem::path source =
      std::filesystem::temp_directory_path() / ("jekyllpp-read-cache-utf8-" + std::to_string(::getpid()));
   std::filesystem::remove_all(source);
   write(source / "_posts/2024-01-01-latin1.md", "---\ntitle: caf\xe9\n---\nA post.\n");
   write(source / "_posts/2024-01-02-plain.md", "---\ntitle: Plain\n---\nA post.\n");

   Logger logger;
   logger.set_level(Logger::Level::Error);
   const Config config = config_for(source, logger);
   auto cache = std::make_shared< ReadCache >();
   auto posts_read = [&] {
      Site site(config, logger);
      site.read_cache = cache;
      site.reset();
      site.read();
      return dates(site).size();
   };
   CHECK(posts_read() == 1);
   CHECK(posts_read() == 1);
   CHECK(cache->take_counts().first == 2);  // the second read came from the cache
   std::filesystem::remove_all(source);
}
