#include "jekyllpp/site/front_matter.hpp"

namespace jekyllpp::site {

namespace {

bool ruby_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// If a closing fence starts at `line`, the offset just past it (its \s*$\n? tail); else npos.
std::size_t fence_end(std::string_view text, std::size_t line) {
   if (text.compare(line, 3, "---") != 0 && text.compare(line, 3, "...") != 0) return std::string_view::npos;
   std::size_t p = line + 3;
   std::size_t run_end = p;
   while (run_end < text.size() && ruby_space(text[run_end])) ++run_end;
   // Greedy \s* backs off to the last spot where $ holds (before a \n, or at the end).
   std::size_t end = std::string_view::npos;
   for (std::size_t q = run_end + 1; q-- > p;) {
      if (q == text.size() || text[q] == '\n') {
         end = q;
         break;
      }
   }
   if (end == std::string_view::npos) return end;
   if (end < text.size() && text[end] == '\n') ++end;
   return end;
}

}  // namespace

std::optional< FrontMatterSplit > split_front_matter(std::string_view text) {
   if (text.compare(0, 3, "---") != 0) return std::nullopt;
   std::size_t p = 3;
   std::size_t last_newline = std::string_view::npos;
   while (p < text.size() && ruby_space(text[p])) {
      if (text[p] == '\n') last_newline = p;
      ++p;
   }
   if (last_newline == std::string_view::npos) return std::nullopt;
   for (std::size_t line = last_newline + 1; line <= text.size();) {
      std::size_t end = fence_end(text, line);
      if (end != std::string_view::npos) return FrontMatterSplit{text.substr(0, line), text.substr(end)};
      std::size_t next = text.find('\n', line);
      if (next == std::string_view::npos) break;
      line = next + 1;
   }
   return std::nullopt;
}

bool has_yaml_header(std::string_view first_bytes) {
   if (first_bytes.compare(0, 3, "---") != 0) return false;
   std::size_t p = 3;
   while (p < first_bytes.size() && ruby_space(first_bytes[p]) && first_bytes[p] != '\n') {
      if (first_bytes[p] == '\r' && p + 1 < first_bytes.size() && first_bytes[p + 1] == '\n') return true;
      ++p;
   }
   return p < first_bytes.size() && first_bytes[p] == '\n';
}

}  // namespace jekyllpp::site
