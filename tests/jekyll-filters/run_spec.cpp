// Conformance runner for Jekyll's filters and tags: every case of liquid-spec's
// jekyll-filters.yml (made with a real Jekyll::Site: the case's `site` config, `includes`
// written to _includes/), plus the `jekyll: true` cases of the other liquid-spec files, which
// check that Jekyll's `where`, `sort` and `include` replace Liquid's as Jekyll's do.
// Prints per-file counts and "N passed, M failed"; fails on a failing case that is not in
// known-differences.txt and on a listed case that passes (the list must not go stale).
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/jekyll_liquid.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/site.hpp"
#include "spec_data.hpp"

namespace fs = std::filesystem;
using jekyllpp::liquid::Value;
namespace liquid = jekyllpp::liquid;
namespace site = jekyllpp::site;
using jekyllpp::liquid::spec::to_value;

namespace {

std::string lower(std::string text) {
   for (char& c : text) c = char(std::tolower(static_cast< unsigned char >(c)));
   return text;
}

struct Outcome {
   bool raised = false;
   std::string output;   // rendered output, or "<class>: <message>" of the error
   std::string message;  // the error's message after its "(line N): " prefix
};

bool error_matches(const Outcome& outcome, const YAML::Node& patterns) {
   const std::string full = lower(outcome.output);
   const std::string bare = lower(outcome.message);
   for (const auto& pattern : patterns) {
      const std::string p = lower(pattern.as< std::string >());
      if (full.find(p) == std::string::npos && bare.find(p) == std::string::npos) return false;
   }
   return true;
}


// Jekyll's kramdown converter with the default options (the cases set no `kramdown:`).
class MarkdownConverter : public site::Converter {
public:
   std::string class_name() const override { return "Jekyll::Converters::Markdown"; }
   bool matches(std::string_view ext) const override { return ext == ".md" || ext == ".markdown"; }
   std::string output_ext(std::string_view) const override { return ".html"; }
   std::string convert(std::string_view content, const std::string&) const override {
      return jekyllpp::markdown::to_html(content);
   }
};

// A Jekyll::Site over an empty source dir with the case's config, includes in _includes/.
struct CaseSite {
   fs::path source;
   site::Logger logger;
   std::unique_ptr< site::Site > site;

   CaseSite(const YAML::Node& site_config, const YAML::Node& includes) {
      logger.set_level(site::Logger::Level::Error);
      static int counter = 0;
      source = fs::temp_directory_path() / ("jekyllpp-jfilters-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter++));
      fs::create_directories(source);
      if (includes) {
         fs::create_directories(source / "_includes");
         for (const auto& entry : includes)
            std::ofstream(source / "_includes" / entry.first.as< std::string >(), std::ios::binary)
               << entry.second.as< std::string >();
      }
      liquid::Hash overrides;
      overrides.set("source", source.string());
      overrides.set("destination", (source / "_site").string());
      if (site_config && site_config.IsMap())
         for (const auto& entry : site_config) overrides.set(entry.first.as< std::string >(), to_value(entry.second));
      const std::string zone = site_config && site_config["timezone"] ? site_config["timezone"].as< std::string >() : "UTC";
      ::setenv("TZ", zone.c_str(), 1);
      ::tzset();
      site::Config config = site::load_config(Value(std::move(overrides)), logger);
      site = std::make_unique< site::Site >(config, logger);
      site->converters.push_back(std::make_unique< MarkdownConverter >());
   }
   ~CaseSite() {
      std::error_code ignored;
      fs::remove_all(source, ignored);
   }
};

Outcome run_case(const YAML::Node& test, bool jekyll_filters_file) {
   Outcome outcome;
   try {
      CaseSite case_site(test["site"], test["includes"]);
      liquid::Environment environment = liquid::Environment::standard();
      site::JekyllLiquidConverters converters;
      converters.smartypants = [](std::string_view text) { return jekyllpp::markdown::smartify(text); };
      site::register_jekyll_filters(environment, converters);
      site::register_jekyll_tags(environment);
      liquid::ParseOptions options;
      options.line_numbers = true;
      options.error_mode = liquid::ErrorMode::Warn;
      const liquid::Template tpl = liquid::Template::parse(test["template"].as< std::string >(), environment, options);
      Value assigns = test["environment"] ? to_value(test["environment"]) : Value(liquid::Hash());
      if (jekyll_filters_file) {
         liquid::Hash with_site = assigns.as_hash();
         // SiteDrop answers url, baseurl and other config keys from the configuration.
         with_site.set("site", case_site.site->config.data);
         assigns = Value(std::move(with_site));
      }
      liquid::Context context(environment, assigns);
      site::Site* site_register = case_site.site.get();
      context.set_register("site", site_register);
      context.set_register("page", Value(liquid::Hash()));
      outcome.output = tpl.render(context);
   } catch (const liquid::Error& e) {
      outcome.raised = true;
      outcome.output = e.ruby_class() + ": " + e.full_message();
      outcome.message = e.message();
   } catch (const std::exception& e) {
      outcome.raised = true;
      outcome.output = e.what();
      outcome.message = e.what();
   }
   return outcome;
}

bool passes(const YAML::Node& test, const Outcome& outcome) {
   if (test["error"]) return outcome.raised && error_matches(outcome, test["error"]["patterns"]);
   return !outcome.raised && outcome.output == test["expected"].as< std::string >();
}

std::set< std::string > read_known_differences(const fs::path& path) {
   std::set< std::string > known;
   std::ifstream in(path);
   for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] != '#') known.insert(line);
   return known;
}

}  // namespace

int main(int argc, char** argv) {
   const fs::path spec_dir = fs::path(JEKYLLPP_SHARED_DIR) / "liquid-spec";
   const fs::path known_path = fs::path(JEKYLLPP_SOURCE_DIR) / "tests/jekyll-filters/known-differences.txt";
   const bool verbose = argc > 1 && std::string(argv[1]) == "-v";
   const std::set< std::string > known = read_known_differences(known_path);
   // liquid-spec's frozen clock, 2024-01-01T00:01:58Z.
   ::setenv("SOURCE_DATE_EPOCH", "1704067318", 1);

   std::vector< fs::path > files;
   for (const auto& entry : fs::directory_iterator(spec_dir))
      if (entry.path().extension() == ".yml" && entry.path().filename() != "left-out.yml") files.push_back(entry.path());
   std::sort(files.begin(), files.end());

   int passed = 0, failed = 0, regressions = 0;
   for (const fs::path& file : files) {
      const bool jekyll_filters_file = file.filename() == "jekyll-filters.yml";
      const YAML::Node doc = YAML::LoadFile(file.string());
      int file_passed = 0, file_failed = 0;
      for (const auto& test : doc["cases"]) {
         if (!jekyll_filters_file && !(test["jekyll"] && test["jekyll"].as< bool >())) continue;
         const std::string id = file.filename().string() + ":" + test["name"].as< std::string >();
         const Outcome outcome = run_case(test, jekyll_filters_file);
         if (passes(test, outcome)) {
            ++file_passed;
            if (known.count(id)) {
               ++regressions;
               std::cout << "STALE " << id << " passes: remove it from known-differences.txt\n";
            }
            continue;
         }
         ++file_failed;
         if (!known.count(id)) {
            ++regressions;
            std::cout << "REGRESSION " << id << "\n";
         }
         if (verbose) {
            std::cout << "FAIL " << id << "\n  got: " << outcome.output.substr(0, 400) << "\n  want: "
                      << (test["error"] ? YAML::Dump(test["error"]["patterns"]) : test["expected"].as< std::string >())
                             .substr(0, 400)
                      << "\n";
         }
      }
      std::cout << file.filename().string() << ": " << file_passed << " passed, " << file_failed << " failed\n";
      passed += file_passed;
      failed += file_failed;
   }
   std::cout << passed << " passed, " << failed << " failed\n";
   return regressions == 0 ? 0 : 1;
}
