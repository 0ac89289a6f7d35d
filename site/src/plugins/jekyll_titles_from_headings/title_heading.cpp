#include "plugins/jekyll_titles_from_headings/title_heading.hpp"

namespace jekyllpp::site::plugins::titles_from_headings {

namespace {

// Ruby's \s.
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::size_t skip_space(std::string_view text, std::size_t at) {
   while (at < text.size() && space(text[at])) ++at;
   return at;
}

std::size_t line_end(std::string_view text, std::size_t at) {
   std::size_t newline = text.find('\n', at);
   return newline == std::string_view::npos ? text.size() : newline;
}

bool at_line_end(std::string_view text, std::size_t at) { return at == text.size() || text[at] == '\n'; }

// \#{1,3}\s+(.*)(?:\s+\#{1,3})?$ at `at`.
std::optional< Heading > atx(std::string_view text, std::size_t at) {
   std::size_t hashes = 0;
   while (at + hashes < text.size() && text[at + hashes] == '#') ++hashes;
   if (hashes == 0 || hashes > 3 || at + hashes == text.size() || !space(text[at + hashes])) return std::nullopt;
   const std::size_t start = skip_space(text, at + hashes);
   const std::size_t end = line_end(text, start);
   Heading heading{std::string(text.substr(start, end - start)), end};
   // The optional closing run: whitespace, then one to three # ending a line.
   const std::size_t closing = skip_space(text, end);
   std::size_t run = 0;
   while (closing + run < text.size() && text[closing + run] == '#') ++run;
   if (closing > end && run >= 1 && run <= 3 && at_line_end(text, closing + run)) heading.end = closing + run;
   return heading;
}

// (.*)\r?\n[-=]+\s*$ at `at`.
std::optional< Heading > setext(std::string_view text, std::size_t at) {
   const std::size_t end = line_end(text, at);
   if (end == text.size()) return std::nullopt;
   std::size_t rule = end + 1;
   while (rule < text.size() && (text[rule] == '-' || text[rule] == '=')) ++rule;
   if (rule == end + 1) return std::nullopt;
   const std::size_t after = skip_space(text, rule);
   if (after == text.size()) return Heading{std::string(text.substr(at, end - at)), after};
   // \s* gives back to the last line end inside the whitespace.
   const std::size_t newline = text.substr(0, after).rfind('\n');
   if (newline == std::string_view::npos || newline < rule) return std::nullopt;
   return Heading{std::string(text.substr(at, end - at)), newline};
}

}  // namespace

std::optional< Heading > match_heading(std::string_view content) {
   // \A\s* is greedy: the longest run of leading whitespace is tried first.
   for (std::size_t at = skip_space(content, 0);; --at) {
      if (auto heading = atx(content, at)) return heading;
      if (auto heading = setext(content, at)) return heading;
      if (at == 0) return std::nullopt;
   }
}

}  // namespace jekyllpp::site::plugins::titles_from_headings
