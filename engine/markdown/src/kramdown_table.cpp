#include "prepass.hpp"

#include <algorithm>
#include <cctype>

#include "html_tags.hpp"

namespace jekyllpp::markdown {
namespace {

std::string_view trim(std::string_view s) {
   size_t b = s.find_first_not_of(" \t\r");
   if (b == std::string_view::npos) return {};
   return s.substr(b, s.find_last_not_of(" \t\r") + 1 - b);
}

// The end of the HTML element (start tag to its end tag on this line) at line[i], or 0.
size_t html_element_end(std::string_view line, size_t i) {
   HtmlTag tag;
   if (i + 1 >= line.size() || !std::isalpha(static_cast<unsigned char>(line[i + 1])) ||
       (line.find("</", i) == std::string_view::npos && line.find("/>", i) == std::string_view::npos) ||
       !parse_start_tag(line, i, tag))
      return 0;
   if (tag.self_closed) return i + tag.length;
   std::string end_tag = "</" + tag.name + ">";
   size_t close = line.find(end_tag, i + tag.length);
   return close == std::string_view::npos ? 0 : close + end_tag.size();
}

// Past the code span the backtick run at line[i] opens: after the next run of at least as many
// backticks, or after the run itself when none follows.
size_t code_span_stop(std::string_view line, size_t i) {
   size_t run = 0;
   while (i + run < line.size() && line[i + run] == '`') ++run;
   size_t close = line.find(std::string(run, '`'), i + run);
   return close == std::string_view::npos ? i + run : close + run;
}

// TABLE_PIPE_CHECK outside code spans and span HTML elements: a `|` not escaped by a backslash.
bool has_pipe(std::string_view line) {
   size_t bar = line.find('|');
   if (bar == std::string_view::npos) return false;
   if (line.find('`') == std::string_view::npos && line.find('<') == std::string_view::npos) {
      for (; bar != std::string_view::npos; bar = line.find('|', bar + 1))
         if (bar == 0 || line[bar - 1] != '\\') return true;
      return false;
   }
   for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '<') {
         HtmlTag tag;
         if (size_t end = html_element_end(line, i)) i = end - 1;
         else if (std::isalpha(static_cast<unsigned char>(line[i + 1])) && parse_start_tag(line, i, tag) &&
                  !tag.self_closed && !is_void_element(tag.name))
            return false;  // an element left open: kramdown's span holds the rest of the text
      } else if (line[i] == '`') {
         i = code_span_stop(line, i) - 1;
      } else if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) {
         return true;
      }
   }
   return false;
}

// BLOCK_BOUNDARY: a blank line, the end-of-block marker `^` or a block IAL.
bool is_block_boundary(std::string_view line) {
   std::string_view t = trim(line);
   if (t.empty() || (t == "^" && line[0] == '^')) return true;
   return t.size() > 3 && t.substr(0, 2) == "{:" && t[2] != ':' && t[2] != '/' && t.back() == '}' &&
          line.find_first_not_of(' ') <= 3;
}

// TABLE_SEP_LINE: only `+ | : - tab space`, with at least one `-`.
bool is_separator(std::string_view line) {
   std::string_view t = trim(line);
   return !t.empty() && t.find('-') != std::string_view::npos &&
          t.find_first_not_of("+|: \t-") == std::string_view::npos;
}

// TABLE_FSEP_LINE: only `+ | : = tab space`, with at least one `=`.
bool is_footer_separator(std::string_view line) {
   std::string_view t = trim(line);
   return !t.empty() && t.find('=') != std::string_view::npos &&
          t.find_first_not_of("+|: \t=") == std::string_view::npos;
}

std::vector<char> alignments(std::string_view line) {
   std::vector<char> result;
   for (size_t i = 0; i < line.size();) {
      size_t dash = line.find('-', i);
      if (dash == std::string_view::npos) break;
      bool left = dash > 0 && line[dash - 1] == ':';
      size_t end = dash;
      while (end < line.size() && line[end] == '-') ++end;
      bool right = end < line.size() && line[end] == ':';
      result.push_back(left && right ? 'c' : left ? 'l' : right ? 'r' : 'd');
      i = end + (right ? 1 : 0);
   }
   return result;
}

// The cells of a row as cells() splits them, untrimmed and with `\|` as written.
void cell_views(std::string_view line, bool leading_pipe, std::vector<std::string_view>& out) {
   out.clear();
   size_t from = 0;
   for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '`') {
         i = code_span_stop(line, i) - 1;
      } else if (c == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
         ++i;
      } else if (c == '|') {
         out.push_back(line.substr(from, i - from));
         from = i + 1;
      }
   }
   out.push_back(line.substr(from));
   if (leading_pipe && !out.empty() && trim(out.front()).empty()) out.erase(out.begin());
   if (!out.empty() && trim(out.back()).empty()) out.pop_back();
}

std::vector<std::string> cells(std::string_view line, bool leading_pipe) {
   std::vector<std::string> result(1);
   for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '`') {
         size_t stop = code_span_stop(line, i);
         result.back().append(line.substr(i, stop - i));
         i = stop - 1;
      } else if (c == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
         result.back() += '|';
         ++i;
      } else if (c == '|') {
         result.emplace_back();
      } else {
         result.back() += c;
      }
   }
   if (leading_pipe && !result.empty() && trim(result.front()).empty()) result.erase(result.begin());
   if (!result.empty() && trim(result.back()).empty()) result.pop_back();
   for (std::string& cell : result) cell = std::string(trim(cell));
   return result;
}

}  // namespace

bool gfm_delimiter_row_fits(std::string_view header, std::string_view delimiter) {
   thread_local std::vector<std::string_view> heads, delimiters;
   cell_views(header, true, heads);
   cell_views(delimiter, true, delimiters);
   for (std::string_view cell : delimiters) {
      std::string_view d = trim(cell);
      if (!d.empty() && d.front() == ':') d.remove_prefix(1);
      if (!d.empty() && d.back() == ':') d.remove_suffix(1);
      if (d.empty() || d.find_first_not_of('-') != std::string_view::npos) return false;
   }
   return heads.size() == delimiters.size();
}

bool gfm_rows_wider(const std::vector<std::string_view>& lines, size_t first) {
   bool leading_pipe = trim(lines[first]).substr(0, 1) == "|";
   thread_local std::vector<std::string_view> row;
   cell_views(lines[first], leading_pipe, row);
   size_t header = row.size();
   for (size_t i = first + 2; i < lines.size() && has_pipe(lines[i]); ++i) {
      cell_views(lines[i], leading_pipe, row);
      if (row.size() > header) return true;
   }
   return false;
}

bool has_section_lines(const std::vector<std::string_view>& lines, size_t first) {
   for (size_t i = first; i < lines.size() && has_pipe(lines[i]); ++i)
      if (is_separator(lines[i]) || is_footer_separator(lines[i])) return true;
   return false;
}

namespace {

// TABLE_PIPE_CHECK on one line: a `|` first or after a byte other than a backslash.
bool pipe_check(std::string_view line) {
   for (size_t bar = line.find('|'); bar != std::string_view::npos; bar = line.find('|', bar + 1))
      if (bar == 0 || line[bar - 1] != '\\') return true;
   return false;
}

// Lines of `text` as Ruby's split("\n") gives them (trailing empty ones dropped): how many, and
// the first and last.
size_t split_lines(std::string_view text, std::string_view& first, std::string_view& last) {
   while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
   if (text.empty()) return 0;
   first = text.substr(0, text.find('\n'));
   last = text.substr(text.rfind('\n') + 1);
   return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

// kramdown's last check of a table's lines (`text`, read for code spans, which may go over
// lines): each line holds a pipe outside code spans, and a code span goes over two lines at
// most, the first holding such a pipe before it.
bool pipes_outside_code_spans(std::string_view text) {
   bool pipe_on_line = false;
   std::string_view first, last;
   auto text_piece = [&](std::string_view piece) {
      size_t n = split_lines(piece, first, last);
      if (n > 1 && !pipe_on_line && !pipe_check(first)) return false;
      pipe_on_line = (n > 1 ? false : pipe_on_line) || (n && pipe_check(last));
      return true;
   };
   size_t from = 0;  // the start of the text piece
   for (size_t at = text.find('`'); at != std::string_view::npos; at = text.find('`', at)) {
      size_t run = 0;
      while (at + run < text.size() && text[at + run] == '`') ++run;
      bool spaced = run == 1 && at > 0 && std::isspace(static_cast<unsigned char>(text[at - 1])) &&
                    at + 1 < text.size() && std::isspace(static_cast<unsigned char>(text[at + 1]));
      // The closing run: `run` backticks not followed by another (the end of a longer run).
      size_t close = std::string_view::npos;
      for (size_t k = text.find('`', at + run); !spaced && k != std::string_view::npos; k = text.find('`', k)) {
         size_t r = 0;
         while (k + r < text.size() && text[k + r] == '`') ++r;
         if (r >= run) {
            close = k + r - run;
            break;
         }
         k += r;
      }
      if (close == std::string_view::npos) {
         at += run;  // text
         continue;
      }
      if (!text_piece(text.substr(from, at - from))) return false;
      size_t n = split_lines(text.substr(at + run, close - at - run), first, last);
      if (n > 2 || (n == 2 && !pipe_on_line)) return false;
      if (n == 2) pipe_on_line = false;
      at = from = close + run;
   }
   return text_piece(text.substr(from)) && pipe_on_line;
}

// parse_kramdown_table's reading; the cells only with `cells_out`.
size_t read_table(const std::vector<std::string_view>& lines, size_t first, KramdownTable& table, bool cells_out) {
   size_t i = first;
   bool leading_pipe = !lines.empty() && trim(lines[first]).substr(0, 1) == "|";
   bool has_footer = false;
   size_t pending = 0;  // rows not yet in a section
   // kramdown's add_container: a separator line after the footer started adds no tbody.
   auto close = [&](char kind, bool force) {
      if (has_footer && kind == 'b' && !force) return;
      table.sections.emplace_back(kind, pending);
      pending = 0;
   };
   for (; i < lines.size() && has_pipe(lines[i]); ++i) {
      std::string_view line = lines[i];
      if (is_separator(line)) {
         if (pending == 0) continue;  // kramdown ignores it
         if (table.alignment.empty() && !has_footer) {
            close('h', false);
            table.alignment = alignments(line);
         } else {
            close('b', false);
         }
         continue;
      }
      if (is_footer_separator(line)) {
         if (pending) close('b', true);
         has_footer = true;
         continue;
      }
      if (cells_out) table.rows.push_back(cells(line, leading_pipe));
      ++pending;
   }
   if (pending) close(has_footer ? 'f' : 'b', false);
   bool body = std::any_of(table.sections.begin(), table.sections.end(),
                           [](const auto& s) { return s.first == 'b'; });
   if (i == first || (i < lines.size() && !is_block_boundary(lines[i])) || !body) return 0;
   if (std::any_of(lines.begin() + first, lines.begin() + i, [](auto l) { return l.find('`') != l.npos; })) {
      std::string text;
      for (size_t k = first; k < i; ++k) text.append(lines[k]).append(k + 1 < i ? "\n" : "");
      if (!pipes_outside_code_spans(text)) return 0;
   }
   if (!cells_out) return i - first;
   size_t columns = 0;
   for (const auto& row : table.rows) columns = std::max(columns, row.size());
   for (auto& row : table.rows) row.resize(columns);
   table.alignment.resize(columns, 'd');
   return i - first;
}

}  // namespace

size_t parse_kramdown_table(const std::vector<std::string_view>& lines, size_t first, KramdownTable& table) {
   return read_table(lines, first, table, true);
}

bool is_kramdown_table(const std::vector<std::string_view>& lines, size_t first) {
   KramdownTable sections;  // (its sections and alignment only)
   return read_table(lines, first, sections, false) != 0;
}

}  // namespace jekyllpp::markdown
