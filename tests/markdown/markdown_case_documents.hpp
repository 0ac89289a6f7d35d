#pragma once
// The markdown documents of the conformance cases: the shared docs and spec cases and our own
// (each own case pins a kramdown rule), for tests that check a fast path against a full one.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

// The .md files of each folder of `dirs` that exists, read whole.
inline std::vector<std::string> markdown_documents(const std::vector<std::filesystem::path>& dirs) {
   std::vector<std::string> docs;
   for (const std::filesystem::path& dir : dirs) {
      if (!std::filesystem::is_directory(dir)) continue;
      for (const auto& entry : std::filesystem::directory_iterator(dir)) {
         if (entry.path().extension() != ".md") continue;
         std::ifstream in(entry.path(), std::ios::binary);
         std::stringstream text;
         text << in.rdbuf();
         docs.push_back(text.str());
      }
   }
   return docs;
}

inline std::vector<std::filesystem::path> markdown_case_dirs() {
   const std::filesystem::path shared = std::filesystem::path(JEKYLLPP_SHARED_DIR) / "markdown-cases";
   return {shared / "docs", shared / "spec", std::filesystem::path(MARKDOWN_OWN_CASES)};
}

inline std::vector<std::string> markdown_case_documents() { return markdown_documents(markdown_case_dirs()); }
