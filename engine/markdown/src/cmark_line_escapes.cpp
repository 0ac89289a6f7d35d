#include "cmark_line_escapes.hpp"

#include <algorithm>

#include "byte_scan.hpp"
#include "inline_tokens.hpp"

namespace jekyllpp::markdown {

void escape_pipes_in_code_spans(std::string& line, std::vector<InlineToken>& tokens) {
   for (size_t i = line.find('`'); i != std::string::npos;) {
      size_t run = 0;
      while (i + run < line.size() && line[i + run] == '`') ++run;
      size_t close = closing_backticks(line, i, run);
      if (close == std::string::npos) return;
      for (size_t k = i + run; k < close; ++k) {
         if (line[k] != '|') continue;
         size_t backslashes = 0;
         while (line[k - 1 - backslashes] == '\\') ++backslashes;
         if (backslashes % 2) {
            // `\|`: kramdown's code span keeps the backslash, which cmark's table drops; it
            // becomes a token (restored in the code) before an escaped pipe.
            std::string token = "\x02" + std::to_string(tokens.size()) + "\x03";
            tokens.push_back({"\\", "\\", "\\"});
            line.replace(k - 1, 1, token);
            k += token.size() - 1;
            close += token.size() - 1;
         }
         line.insert(k, 1, '\\');
         ++k;
         ++close;
      }
      i = line.find('`', close + run);
   }
}

bool has_backtick_run(std::string_view text, size_t run) {
   for (size_t i = text.find('`'); i != std::string_view::npos;) {
      size_t n = 0;
      while (i + n < text.size() && text[i + n] == '`') ++n;
      if (n == run) return true;
      i = text.find('`', i + n);
   }
   return false;
}

void escape_unclosed_backticks(std::string& line, const std::function<bool(size_t)>& others_have_run) {
   for (size_t i = 0; i < line.size(); ++i) {
      // To the next backtick; it is escaped when an odd run of backslashes since `i` ends
      // right before it (each backslash escapes the character after it).
      size_t tick = line.find('`', i);
      if (tick == std::string::npos) return;
      // A backtick in a raw span element (`<code>``</code>`) is text.
      size_t lt = line.find('<', i), end = 0;
      while (lt < tick && (end = raw_span_element_end(line, lt)) <= tick) lt = line.find('<', std::max(end, lt + 1));
      if (lt < tick && end > tick) {
         i = end - 1;
         continue;
      }
      size_t slashes = 0;
      while (tick - slashes > i && line[tick - slashes - 1] == '\\') ++slashes;
      i = tick;
      if (slashes % 2) continue;
      size_t run = 0;
      while (i + run < line.size() && line[i + run] == '`') ++run;
      if (run == 1 && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t') &&
          (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t')) {
         line.insert(i, 1, '\\');  // a single backtick between whitespace opens none to kramdown
         ++i;
         continue;
      }
      // kramdown's code span closes at the first `run` backticks, even the start of a longer
      // run, which cmark passes over: "\x01" (no text) splits that run for cmark.
      size_t close = i + run, n = 0;
      for (; (close = line.find('`', close)) != std::string::npos; close += n) {
         for (n = 0; close + n < line.size() && line[close + n] == '`';) ++n;
         if (n >= run) break;
      }
      if (close != std::string::npos && n > run) line.insert(close + run, 1, '\x01');
      if (close != std::string::npos || run > 2) {  // three may open a fence in a list item
         i = (close != std::string::npos ? close : i) + run - 1;
         continue;
      }
      if (others_have_run(run)) return;  // perhaps a code span over several lines
      for (size_t k = 0; k < run; ++k) line.insert(i + 2 * k, 1, '\\');
      i += 2 * run - 1;
   }
}

void escape_nested_links(std::string& line) {
   // A nested link needs two links, each closing with its own `](`.
   size_t first = line.find("](");
   if (first == std::string::npos || line.find("](", first + 2) == std::string::npos) return;
   struct Pair {
      size_t open, close;
   };
   std::vector<Pair> links;
   std::vector<size_t> open;
   for (size_t i = 0; i < line.size(); ++i) {
      // Only backslashes, backticks and brackets matter.
      i = find_byte_of<false, '\\', '`', '[', ']'>(line, i);
      if (i == line.size()) break;
      char c = line[i];
      if (c == '\\') {
         ++i;
      } else if (c == '`') {
         size_t run = 0;
         while (i + run < line.size() && line[i + run] == '`') ++run;
         size_t close = line.find(std::string(run, '`'), i + run);
         i = close == std::string::npos ? i + run - 1 : close + run - 1;
      } else if (c == '[') {
         open.push_back(i);
      } else if (c == ']' && !open.empty()) {
         size_t o = open.back();
         open.pop_back();
         bool image = o > 0 && line[o - 1] == '!';
         if (!image && i + 1 < line.size() && line[i + 1] == '(') links.push_back({o, i});
      }
   }
   std::vector<size_t> escapes;
   for (const Pair& inner : links)
      for (const Pair& outer : links)
         if (outer.open < inner.open && inner.close < outer.close) {
            escapes.push_back(inner.open);
            escapes.push_back(inner.close);
            break;
         }
   std::sort(escapes.begin(), escapes.end());
   for (size_t k = escapes.size(); k-- > 0;) line.insert(escapes[k], 1, '\\');
}

}  // namespace jekyllpp::markdown
