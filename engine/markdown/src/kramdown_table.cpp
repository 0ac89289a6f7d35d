#include "prepass.hpp"

#include <algorithm>

namespace jekyllpp::markdown {
namespace {

bool is_blank(std::string_view line) {
   return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
   size_t b = s.find_first_not_of(" \t\r");
   if (b == std::string_view::npos) return {};
   return s.substr(b, s.find_last_not_of(" \t\r") + 1 - b);
}

// TABLE_PIPE_CHECK outside code spans: a `|` not escaped by a backslash.
bool has_pipe(std::string_view line) {
   if (line.find('|') == std::string_view::npos) return false;  // most paragraph lines
   for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '`') {
         size_t run = 0;
         while (i + run < line.size() && line[i + run] == '`') ++run;
         size_t close = line.find(std::string(run, '`'), i + run);
         if (close != std::string_view::npos) {
            i = close + run - 1;
            continue;
         }
         i += run - 1;
      } else if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) {
         return true;
      }
   }
   return false;
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

std::vector<std::string> cells(std::string_view line, bool leading_pipe) {
   std::vector<std::string> result(1);
   for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '`') {
         size_t run = 0;
         while (i + run < line.size() && line[i + run] == '`') ++run;
         size_t close = line.find(std::string(run, '`'), i + run);
         size_t stop = close == std::string_view::npos ? i + run : close + run;
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

bool has_section_lines(const std::vector<std::string_view>& lines, size_t first) {
   for (size_t i = first; i < lines.size() && has_pipe(lines[i]); ++i)
      if (is_separator(lines[i]) || is_footer_separator(lines[i])) return true;
   return false;
}

size_t parse_kramdown_table(const std::vector<std::string_view>& lines, size_t first,
                            KramdownTable& table) {
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
      table.rows.push_back(cells(line, leading_pipe));
      ++pending;
   }
   if (pending) close(has_footer ? 'f' : 'b', false);
   bool body = std::any_of(table.sections.begin(), table.sections.end(),
                           [](const auto& s) { return s.first == 'b'; });
   if (i == first || (i < lines.size() && !is_blank(lines[i])) || !body) return 0;
   size_t columns = 0;
   for (const auto& row : table.rows) columns = std::max(columns, row.size());
   for (auto& row : table.rows) row.resize(columns);
   table.alignment.resize(columns, 'd');
   return i - first;
}

}  // namespace jekyllpp::markdown
