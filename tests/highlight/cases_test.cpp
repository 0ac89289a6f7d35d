// Conformance runner for Rouge 3.30's token stream, two sets of cases:
// - shared/highlight-cases/LANG-N.md holds one fenced code block and LANG-N.html is what Jekyll
//   4.3.1 (kramdown + Rouge) wrote for it. The kramdown wrapper is rebuilt here from the fence's
//   info string so that only the highlighting is under test.
// - tests/highlight/samples/NAME.LANG, code for lexers the shared cases lack or barely touch,
//   and expected/NAME.LANG.html, Rouge's HTML for it (made by regenerate.rb).
// Usage: highlight_cases [CASE]  (with a case name, prints expected and actual output).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

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

std::string escape(const std::string& text) {
   std::string out;
   for (char c : text) {
      if (c == '&') out += "&amp;";
      else if (c == '<') out += "&lt;";
      else if (c == '>') out += "&gt;";
      else out += c;
   }
   return out;
}

struct Fence {
   std::string lang;
   std::string code;
};

// The case files hold one fence starting at column 0: ``` or ~~~ (any length), an optional info
// string whose first word is the language, the code lines, and a closing fence.
Fence parse_fence(const std::string& md) {
   Fence fence;
   std::size_t eol = md.find('\n');
   std::string open = md.substr(0, eol);
   std::size_t marks = std::min(open.find_first_not_of(open[0]), open.size());
   std::string info = open.substr(marks);
   fence.lang = info.substr(0, info.find_first_of(" \t"));
   std::size_t pos = eol + 1;
   while (pos < md.size()) {
      std::size_t end = md.find('\n', pos);
      std::string line = md.substr(pos, end - pos);
      if (line.size() >= marks && line.find_first_not_of(open[0]) >= marks &&
          line.find_first_not_of(std::string(1, open[0]) + " ") == std::string::npos)
         break;
      fence.code += line + "\n";
      pos = end + 1;
   }
   return fence;
}

// kramdown's output for a fenced block with syntax_highlighter rouge, default_lang plaintext.
std::string render(const Fence& fence) {
   std::string lang = fence.lang.empty() ? "plaintext" : fence.lang;
   const Lexer* lexer = find_lexer_fancy(lang);
   if (!lexer)
      return "<pre><code class=\"language-" + lang + "\">" + escape(fence.code) + "</code></pre>\n";
   return "<div class=\"language-" + lang + " highlighter-rouge\"><div class=\"highlight\">"
          "<pre class=\"highlight\"><code>" + format_html(*lexer, fence.code) +
          "</code></pre></div></div>\n";
}

std::set<std::string> known_differences() {
   std::set<std::string> names;
   std::ifstream in(fs::path(JEKYLLPP_SOURCE_DIR) / "tests/highlight/known-differences.txt");
   std::string line;
   while (std::getline(in, line))
      if (!line.empty() && line[0] != '#') names.insert(line);
   return names;
}

struct Case {
   std::string name;      // as named in known-differences.txt
   std::string language;  // what the counts are grouped by
   fs::path input, expected;
   bool fenced;  // a shared markdown case, else a bare sample
};

std::vector<Case> all_cases() {
   std::vector<Case> cases;
   for (const auto& entry :
        fs::directory_iterator(fs::path(JEKYLLPP_SHARED_DIR) / "highlight-cases")) {
      const fs::path& md = entry.path();
      if (md.extension() != ".md" || md.stem() == "README") continue;
      std::string name = md.stem().string();
      cases.push_back({name, name.substr(0, name.rfind('-')), md,
                       fs::path(md).replace_extension(".html"), true});
   }
   fs::path own = fs::path(JEKYLLPP_SOURCE_DIR) / "tests/highlight";
   for (const auto& entry : fs::directory_iterator(own / "samples")) {
      std::string name = entry.path().filename().string();
      cases.push_back({name, "sample " + name.substr(name.find('.') + 1), entry.path(),
                       own / "expected" / (name + ".html"), false});
   }
   std::sort(cases.begin(), cases.end(),
             [](const Case& a, const Case& b) { return a.input < b.input; });
   return cases;
}

std::string run(const Case& c) {
   std::string input = read_file(c.input);
   if (c.fenced) return render(parse_fence(input));
   const Lexer* lexer = find_lexer_fancy(c.name.substr(c.name.find('.') + 1));
   return lexer ? format_html(*lexer, input) : "no lexer";
}

}  // namespace

int main(int argc, char** argv) {
   std::string only = argc > 1 ? argv[1] : "";
   std::set<std::string> known = known_differences();
   std::map<std::string, std::pair<int, int>> per_language;  // passed, failed
   int passed = 0, failed = 0, regressions = 0;
   for (const Case& c : all_cases()) {
      const std::string& name = c.name;
      const std::string& language = c.language;
      if (!only.empty() && name != only) continue;
      std::string expected = read_file(c.expected);
      std::string actual;
      try {
         actual = run(c);
      } catch (const std::exception& e) {
         actual = std::string("exception: ") + e.what();
      }
      if (!only.empty()) std::cout << "--- expected\n" << expected << "--- actual\n" << actual;
      if (actual == expected) {
         ++passed;
         ++per_language[language].first;
      } else {
         ++failed;
         ++per_language[language].second;
         if (!known.count(name)) {
            ++regressions;
            std::cout << "REGRESSION " << name << "\n";
         }
      }
   }
   for (const auto& [language, counts] : per_language)
      std::cout << language << ": " << counts.first << " passed, " << counts.second << " failed\n";
   std::cout << passed << " passed, " << failed << " failed\n";
   return regressions == 0 ? 0 : 1;
}
