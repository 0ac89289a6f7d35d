#include "html_block_extent.hpp"

#include "source_lines.hpp"

namespace jekyllpp::markdown {

size_t block_element_end(std::string_view src, const std::vector<std::string_view>& lines,
                         const std::vector<size_t>& offsets, size_t first, size_t pos,
                         const HtmlTag& tag, size_t& close) {
   size_t eol = offsets[first] + lines[first].size();
   // Text right after the start tag opens a paragraph there, which takes the rest of the line,
   // an end tag on it too: only an element (or nothing) before the end tag closes it there.
   size_t text = pos + tag.length;
   while (text < eol && (src[text] == ' ' || src[text] == '\t')) ++text;
   bool paragraph_first = text < eol && src[text] != '<';
   if (!paragraph_first && raw_element_ends_by(src, pos, tag, eol)) return std::string_view::npos;
   int depth = 1;
   char fence_char = 0;
   size_t fence_len = 0;
   for (size_t k = first + 1; k < lines.size(); ++k) {
      size_t n = indent_of(lines[k]);
      std::string_view t = trim(lines[k]);
      char c;
      if (fence_len) {
         if (fence_length(t, c) >= fence_len && c == fence_char && t.find_first_not_of(c) == std::string_view::npos)
            fence_len = 0;
         continue;
      }
      if (size_t len = fence_length(t, c)) {
         fence_char = c;
         fence_len = len;
         continue;
      }
      if (n > 3 || t.empty() || t[0] != '<') continue;
      size_t at = offsets[k] + n;
      std::string name;
      HtmlTag nested;
      if (size_t len = parse_end_tag(src, at, name)) {
         // An end tag closing a nested element leaves the parser at a block start: one right
         // after it on the line (`</div></div>`) closes the next element out.
         const size_t line_end = offsets[k] + lines[k].size();
         for (;;) {
            for (char& ch : name)
               if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
            if (name != tag.name) break;
            if (--depth == 0) {
               close = at;
               return at + len;
            }
            at += len;
            while (at < line_end && (src[at] == ' ' || src[at] == '\t')) ++at;
            name.clear();
            if (at >= line_end || !(len = parse_end_tag(src, at, name))) break;
         }
      } else if (parse_start_tag(src, at, nested) && nested.name == tag.name && !nested.self_closed &&
                 !raw_element_ends_by(src, at, nested, offsets[k] + lines[k].size())) {
         ++depth;
      }
   }
   // An end tag only after text on its line is text: kramdown closes the element at the end.
   close = src.size();
   bool end_tag_in_text = raw_element_ends_by(src, pos, tag, src.size());
   return end_tag_in_text ? src.size() : std::string_view::npos;
}

}  // namespace jekyllpp::markdown
