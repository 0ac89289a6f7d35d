// Converts every NAME.md of shared/markdown-cases/{docs,spec} as Jekyll 4.3.1's kramdown
// converter does and compares with NAME.html (what Jekyll wrote) byte for byte. Fails only on
// a case that is not in known-differences.txt. `--failures` lists the failing cases.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "jekyllpp/markdown/markdown.hpp"

namespace {

std::string read(const std::string& path) {
   std::ifstream in(path, std::ios::binary);
   std::ostringstream s;
   s << in.rdbuf();
   return s.str();
}

std::vector<std::string> cases(const std::string& dir) {
   std::vector<std::string> names;
   if (DIR* d = opendir(dir.c_str())) {
      while (dirent* e = readdir(d)) {
         std::string n = e->d_name;
         if (n.size() > 3 && n.compare(n.size() - 3, 3, ".md") == 0) names.push_back(n.substr(0, n.size() - 3));
      }
      closedir(d);
   }
   std::sort(names.begin(), names.end());
   return names;
}

// "folder/NAME" of each known difference; the rest of a line is its class.
std::set<std::string> known_differences() {
   std::set<std::string> known;
   std::ifstream in(MARKDOWN_KNOWN_DIFFERENCES);
   std::string line;
   while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      known.insert(line.substr(0, line.find_first_of(" \t")));
   }
   return known;
}

}  // namespace

int main(int argc, char** argv) {
   bool list_failures = argc > 1 && std::strcmp(argv[1], "--failures") == 0;
   const std::string root = std::string(JEKYLLPP_SHARED_DIR) + "/markdown-cases/";
   std::set<std::string> known = known_differences();
   int passed = 0, failed = 0, regressions = 0;
   for (const char* folder : {"docs", "spec"}) {
      int folder_passed = 0, folder_total = 0;
      for (const std::string& name : cases(root + folder)) {
         std::string base = root + folder + "/" + name;
         std::string html = jekyllpp::markdown::to_html(read(base + ".md"));
         ++folder_total;
         std::string key = std::string(folder) + "/" + name;
         if (html == read(base + ".html")) {
            ++folder_passed;
            continue;
         }
         if (list_failures) std::printf("%s\n", key.c_str());
         if (!known.count(key)) {
            ++regressions;
            if (!list_failures) std::printf("REGRESSION %s\n", key.c_str());
         }
      }
      std::printf("%s: %d of %d identical\n", folder, folder_passed, folder_total);
      passed += folder_passed;
      failed += folder_total - folder_passed;
   }
   std::printf("%d passed, %d failed\n", passed, failed);
   return regressions ? 1 : 0;
}
