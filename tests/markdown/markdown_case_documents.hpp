#pragma once
// The markdown documents of the conformance cases: the shared docs and spec cases and our own
// (each own case pins a kramdown rule), for tests that check a fast path against a full one.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

inline std::vector<std::string> markdown_case_documents() {
   std::vector<std::string> docs;
   const std::filesystem::path shared = std::filesystem::path(JEKYLLPP_SHARED_DIR) / "markdown-cases";
   for (const std::filesystem::path& dir : {shared / "docs", shared / "spec", std::filesystem::path(MARKDOWN_OWN_CASES)}) {
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
