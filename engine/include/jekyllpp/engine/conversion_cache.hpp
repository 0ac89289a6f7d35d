#pragma once
// Jekyll::Cache for Jekyll::Converters::Markdown: converted markdown by its input text, kept for
// the life of a `serve` process (Jekyll's in-memory cache lives as long). A rebuild of the whole
// site then converts only the text that changed. Entries the last build did not use are
// dropped when the next begins, so it holds at most two builds' worth.
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace jekyllpp::engine {

class ConversionCache {
public:
   std::optional< std::string > find(std::string_view input);
   void store(std::string_view input, const std::string& output);
   // Starts a build: what the one before did not use is forgotten.
   void next_build();

private:
   std::mutex mutex_;
   std::unordered_map< std::string, std::string > current_, previous_;
};

}  // namespace jekyllpp::engine
