// Runs every liquid-spec case in JEKYLLPP_SHARED_DIR/liquid-spec (except jekyll-filters.yml, which
// needs the Jekyll layer), and the project's own cases in tests/liquid/cases (same format, outputs
// from Ruby Liquid 5.4.0 by cases/make_cases.rb), in each of its error modes, the way Jekyll 4.3.1 drives Liquid 5.4.0:
// parse with line numbers in the mode, render! (errors raise) with the case's partials.
// Prints per-file counts and "N passed, M failed"; fails only when a case that is not listed in
// known-differences.txt fails.
//
//   liquid_spec_runner [-v] [FILE.yml ...] [--case NAME]
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "spec_data.hpp"

namespace liquid = jekyllpp::liquid;
namespace spec = jekyllpp::liquid::spec;
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
   std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
   return s;
}

liquid::ErrorMode mode_of(const std::string& m) {
   if (m == "strict") return liquid::ErrorMode::Strict;
   if (m == "lax") return liquid::ErrorMode::Lax;
   return liquid::ErrorMode::Warn;
}

struct Outcome {
   bool passed;
   std::string detail;
};

Outcome run_case(const liquid::Environment& env, const spec::Case& c, const std::string& mode) {
   std::string output;
   try {
      liquid::ParseOptions options;
      options.line_numbers = true;
      options.error_mode = mode_of(mode);
      liquid::Template t = liquid::Template::parse(c.template_source, env, options);
      liquid::Context context(env, c.environment);
      context.set_file_system(std::make_shared< spec::PartialsFileSystem >(c.partials, c.partial_not_found_message));
      output = t.render(context);
   } catch (const liquid::Error& e) {
      std::string text = lower(e.ruby_class() + ": " + e.full_message());
      if (c.expected) return {false, "raised " + e.ruby_class() + ": " + e.full_message()};
      for (const std::string& p : c.error_patterns)
         if (text.find(lower(p)) == std::string::npos)
            return {false, "raised " + e.ruby_class() + ": " + e.full_message() + " (missing pattern '" + p + "')"};
      return {true, {}};
   } catch (const std::exception& e) {
      return {false, std::string("crashed: ") + e.what()};
   }
   if (!c.expected) return {false, "rendered " + output + " instead of raising"};
   if (output != *c.expected) return {false, "rendered:\n" + output + "\n--- expected:\n" + *c.expected};
   return {true, {}};
}

std::set< std::string > load_known_differences(const std::string& path) {
   std::set< std::string > known;
   std::ifstream in(path);
   std::string line;
   while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::size_t space = line.find_first_of(" \t");
      known.insert(line.substr(0, space));
   }
   return known;
}

}  // namespace

int main(int argc, char** argv) {
   // liquid-spec's clock: Time.now is 2024-01-01T00:01:58Z, TZ=UTC.
   setenv("SOURCE_DATE_EPOCH", "1704067318", 1);
   setenv("TZ", "UTC", 1);
   tzset();
   bool verbose = false;
   std::vector< std::string > only_files;
   std::string only_case;
   for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "-v") verbose = true;
      else if (a == "--case" && i + 1 < argc) only_case = argv[++i];
      else only_files.push_back(a);
   }
   const fs::path dir = fs::path(JEKYLLPP_SHARED_DIR) / "liquid-spec";
   const auto known = load_known_differences(std::string(JEKYLLPP_SOURCE_DIR) + "/tests/liquid/known-differences.txt");

   std::vector< fs::path > files;
   for (const fs::path& d : {dir, fs::path(JEKYLLPP_SOURCE_DIR) / "tests/liquid/cases"}) {
      std::vector< fs::path > found;
      for (const auto& entry : fs::directory_iterator(d)) {
         const std::string name = entry.path().filename().string();
         if (entry.path().extension() != ".yml" || name == "jekyll-filters.yml" || name == "left-out.yml") continue;
         if (!only_files.empty() && std::find(only_files.begin(), only_files.end(), name) == only_files.end()) continue;
         found.push_back(entry.path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
   }

   static const liquid::Environment env = liquid::Environment::standard();
   std::size_t passed = 0, failed = 0;
   std::vector< std::string > regressions;
   for (const fs::path& file : files) {
      const std::string fname = file.filename().string();
      std::size_t file_passed = 0, file_failed = 0;
      for (const spec::Case& c : spec::load_cases(file.string())) {
         if (!only_case.empty() && c.name != only_case) continue;
         for (const std::string& mode : c.modes) {
            Outcome o = run_case(env, c, mode);
            const std::string key = fname + ":" + c.name + ":" + mode;
            if (o.passed) {
               ++file_passed;
               continue;
            }
            ++file_failed;
            bool listed = known.count(key) > 0;
            if (!listed) regressions.push_back(key);
            if (verbose || !only_case.empty())
               std::cout << "FAIL " << key << (listed ? " (known)" : "") << "\n  template: " << c.template_source
                         << "\n  " << o.detail << "\n";
         }
      }
      std::cout << fname << ": " << file_passed << " passed, " << file_failed << " failed\n";
      passed += file_passed;
      failed += file_failed;
   }
   for (const std::string& r : regressions) std::cout << "not in known-differences.txt: " << r << "\n";
   std::cout << passed << " passed, " << failed << " failed\n";
   return regressions.empty() ? 0 : 1;
}
