#include "source_lines.hpp"

#include "html_tags.hpp"

namespace jekyllpp::markdown {

namespace {

// Loops rather than find_first_not_of, which calls memchr on its set for every byte it passes.
bool blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool space_byte(char c) { return blank_byte(c) || c == '\n'; }

}  // namespace

bool is_blank(std::string_view line) {
   for (char c : line)
      if (!blank_byte(c)) return false;
   return true;
}

size_t indent_of(std::string_view line) {
   size_t i = 0;
   while (i < line.size() && line[i] == ' ') ++i;
   return i;
}

std::string_view trim(std::string_view s) {
   size_t b = 0, e = s.size();
   while (b < e && space_byte(s[b])) ++b;
   while (e > b && space_byte(s[e - 1])) --e;
   return b == e ? std::string_view() : s.substr(b, e - b);
}

size_t list_content_indent(std::string_view line) {
   size_t i = indent_of(line);
   if (i < line.size() && (line[i] == '*' || line[i] == '+' || line[i] == '-')) {
      ++i;
   } else {
      while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
      ++i;
   }
   size_t spaces = 0;
   while (i + spaces < line.size() && line[i + spaces] == ' ') ++spaces;
   if (spaces == 0 || spaces > 4 || i + spaces >= line.size()) spaces = 1;
   return i + spaces;
}

bool is_paren_list_start(std::string_view content) {
   size_t i = 0;
   while (i < content.size() && content[i] >= '0' && content[i] <= '9') ++i;
   return i > 0 && i < 10 && i < content.size() && content[i] == ')' &&
          (i + 1 == content.size() || content[i + 1] == ' ' || content[i + 1] == '\t');
}

bool is_list_start(std::string_view content) {
   if (content.empty()) return false;
   if (content[0] == '*' || content[0] == '+' || content[0] == '-')
      return content.size() > 1 && (content[1] == ' ' || content[1] == '\t');
   size_t i = 0;
   while (i < content.size() && content[i] >= '0' && content[i] <= '9') ++i;
   return i > 0 && i + 1 < content.size() && content[i] == '.' && (content[i + 1] == ' ' || content[i + 1] == '\t');
}

size_t fence_length(std::string_view content, char& ch) {
   if (content.size() < 3 || (content[0] != '`' && content[0] != '~')) return 0;
   ch = content[0];
   size_t n = 0;
   while (n < content.size() && content[n] == ch) ++n;
   return n >= 3 ? n : 0;
}

bool closes_fence(std::string_view t, char mark, size_t length) {
   char c = 0;
   return fence_length(t, c) >= length && c == mark && t.find_first_not_of(mark) == std::string_view::npos;
}

bool kramdown_fence(const std::vector<std::string_view>& lines, size_t first, std::string_view content,
                    char ch, size_t length) {
   return kramdown_fence_run(lines, first, content, ch, length) == length;
}

size_t kramdown_fence_run(const std::vector<std::string_view>& lines, size_t first, std::string_view content,
                          char ch, size_t length) {
   std::string_view info = trim(content.substr(length));
   if (info.find_first_of(" \t") != std::string_view::npos) return 0;
   // (A shorter run's info string starts at the marks left over: no blank may follow them.)
   bool glued = info.empty() || (content[length] != ' ' && content[length] != '\t');
   size_t longest = 0;
   for (size_t k = first + 1; k < lines.size(); ++k) {
      std::string_view t = trim(lines[k]);
      if (t.empty() || t.find_first_not_of(ch) != std::string_view::npos) continue;
      if (t.size() >= length) return length;
      longest = std::max(longest, t.size());
   }
   return longest >= 3 && glued ? longest : 0;
}

bool is_word_byte(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          static_cast<unsigned char>(c) >= 0x80;
}

bool block_ial(std::string_view content, std::string_view& inner, bool& is_ald) {
   std::string_view t = trim(content);
   if (t.size() < 3 || t.substr(0, 2) != "{:" || t.back() != '}') return false;
   if (t[2] == ':' || t[2] == '/') return false;
   inner = t.substr(2, t.size() - 3);
   if (inner.find('}') != std::string_view::npos) return false;
   size_t i = 0;
   while (i < inner.size() && (is_word_byte(inner[i]) || inner[i] == '-')) ++i;
   is_ald = i > 0 && i < inner.size() && inner[i] == ':' && is_word_byte(inner[0]);
   return true;
}

bool ends_lazy_text(std::string_view line) {
   if (is_blank(line)) return true;
   size_t n = indent_of(line);
   std::string_view content = line.substr(n);
   std::string_view inner;
   bool is_ald = false;
   if (n <= 3 && block_ial(content, inner, is_ald)) return true;
   if (!line.empty() && line[0] == '^' && trim(line) == "^") return true;  // EOB_MARKER, column 0
   if (n > 3 || content.size() < 2 || content[0] != '<') return false;
   size_t start = content[1] == '/' ? 2 : 1, end = start;
   while (end < content.size() && (is_word_byte(content[end]) || content[end] == '-' || content[end] == ':')) ++end;
   if (end == start) return false;
   std::string name(content.substr(start, end - start));
   for (char& c : name)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
   return !is_span_element(name) && name != "script";
}

bool is_definition_start(std::string_view line, size_t max_indent) {
   size_t n = indent_of(line);
   return n <= max_indent && n + 1 < line.size() && line[n] == ':' &&
          (line[n + 1] == ' ' || line[n + 1] == '\t');
}

}  // namespace jekyllpp::markdown
