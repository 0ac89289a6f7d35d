// Times highlighting of about 1 MB of mixed-language code: the fenced blocks of
// shared/highlight-cases, repeated per language, each language's text highlighted as one block.
// Usage: highlight_bench [BYTES]   (built by tests/highlight/CMakeLists.txt; not a test)
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "jekyllpp/highlight/highlight.hpp"

namespace fs = std::filesystem;
using namespace jekyllpp::highlight;

namespace {

std::string read_file(const fs::path& path) {
   std::ifstream in(path, std::ios::binary);
   std::ostringstream buffer;
   buffer << in.rdbuf();
   return buffer.str();
}

// The language and body of the one fenced block a case file holds.
std::pair<std::string, std::string> fence_of(const std::string& md) {
   std::size_t eol = md.find('\n');
   std::string open = md.substr(0, eol);
   std::size_t marks = std::min(open.find_first_not_of(open[0]), open.size());
   std::string lang = open.substr(marks);
   lang = lang.substr(0, lang.find_first_of(" \t"));
   std::size_t close = md.rfind(open.substr(0, marks));
   return {lang.empty() ? "plaintext" : lang, md.substr(eol + 1, close - eol - 1)};
}

}  // namespace

int main(int argc, char** argv) {
   std::size_t target = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1 << 20;
   std::map<std::string, std::string> samples;
   fs::path cases = fs::path(JEKYLLPP_SHARED_DIR) / "highlight-cases";
   for (const auto& entry : fs::directory_iterator(cases)) {
      if (entry.path().extension() != ".md" || entry.path().stem() == "README") continue;
      auto [lang, code] = fence_of(read_file(entry.path()));
      if (find_lexer(lang)) samples[lang] += code;
   }
   std::size_t total = 0;
   for (const auto& [lang, code] : samples) total += code.size();
   std::map<std::string, std::string> inputs;
   std::size_t bytes = 0;
   for (const auto& [lang, code] : samples) {
      std::size_t share = std::max<std::size_t>(1, target * code.size() / total / code.size());
      for (std::size_t i = 0; i < share; ++i) inputs[lang] += code;
      bytes += inputs[lang].size();
   }
   for (const auto& [lang, code] : inputs) format_html(*find_lexer(lang), code.substr(0, 64));

   auto start = std::chrono::steady_clock::now();
   std::size_t written = 0;
   std::map<std::string, double> per_language;
   for (const auto& [lang, code] : inputs) {
      auto t0 = std::chrono::steady_clock::now();
      written += format_html(*find_lexer(lang), code).size();
      per_language[lang] =
         std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
   }
   double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
   for (const auto& [lang, s] : per_language)
      std::cout << lang << ": " << inputs[lang].size() << " bytes, " << s * 1000 << " ms\n";
   std::cout << bytes << " bytes of code -> " << written << " bytes of HTML in " << seconds * 1000
             << " ms (" << bytes / seconds / (1 << 20) << " MB/s)\n";
}
