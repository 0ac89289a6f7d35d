#include "prepass.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>

#include "byte_scan.hpp"
#include "cmark_line_escapes.hpp"
#include "definition_list_source.hpp"
#include "escape.hpp"
#include "html_block_extent.hpp"
#include "inline_tokens.hpp"
#include "prepass_plain.hpp"
#include "source_lines.hpp"

namespace jekyllpp::markdown {
namespace {

// Lines first..last become the marker of region `index`, in an HTML comment cmark leaves alone.
struct ListLevel {
   size_t marker;   // column of its items' marker
   size_t content;  // content column of its latest item
   char bullet;     // its first item's bullet; 0 for an ordered list
};

// kramdown's unordered list goes on whatever bullet (`*`, `-`, `+`) its next item has, cmark's
// starts a new list: the item line `line` (indented `indent`) gets the bullet of the list it
// continues. `levels` holds the lists open around it.
void same_list_bullet(std::string& line, size_t indent, bool in_list, std::vector<ListLevel>& levels) {
   if (!in_list) levels.clear();
   while (!levels.empty() && indent < levels.back().marker) levels.pop_back();
   size_t at = line.find_first_not_of(' ');
   char bullet = line[at] >= '0' && line[at] <= '9' ? 0 : line[at];
   size_t content = list_content_indent(line) - (at - indent);  // `line` may have been shifted
   if (!levels.empty() && indent < levels.back().content) {
      ListLevel& level = levels.back();
      if ((bullet == 0) != (level.bullet == 0)) {
         level = {indent, content, bullet};  // a list of the other kind
      } else {
         if (bullet && bullet != level.bullet) line[at] = level.bullet;
         level.content = content;
      }
      return;
   }
   levels.push_back({indent, content, bullet});
}

// Whether `content` (a line's text after its indentation) ends an indented code block's lazy
// lines: a block IAL, the end-of-block marker, or a start or end tag of a non-span element.
bool lazy_code_stop(std::string_view content) {
   if (content.compare(0, 2, "{:") == 0 || trim(content) == "^") return true;
   if (content.empty() || content[0] != '<') return false;
   size_t from = content.size() > 1 && content[1] == '/' ? 2 : 1;
   size_t end = from;
   while (end < content.size() && (std::isalnum(static_cast<unsigned char>(content[end])) || content[end] == '-' ||
                                   content[end] == '_' || content[end] == '.' || content[end] == ':'))
      ++end;
   return end > from && std::isalpha(static_cast<unsigned char>(content[from])) &&
          !is_span_element(content.substr(from, end - from));
}

// kramdown's HR_START: three or more of one of `*`, `-`, `_`, spaces and tabs between them.
bool is_rule(std::string_view content) {
   std::string_view t = trim(content);
   if (t.empty() || (t[0] != '*' && t[0] != '-' && t[0] != '_')) return false;
   size_t marks = 0;
   for (char c : t) {
      if (c == t[0]) ++marks;
      else if (c != ' ' && c != '\t') return false;
   }
   return marks >= 3;
}

// Whether the fence of `length` `mark`s opened on lazy line `first` of a list item (content at
// `item_indent`, `ordered` or not) closes before the item's text ends: at a blank line followed
// by a line left of its content, at an item of its list, or where a list indented to its content
// starts a new part of it.
bool lazy_fence_closes(const std::vector<std::string_view>& lines, size_t first, size_t item_indent, bool ordered,
                       char mark, size_t length) {
   bool after_blank = false, any_blank = false;  // (after a blank line no new part starts)
   for (size_t k = first + 1; k < lines.size(); ++k) {
      if (is_blank(lines[k])) {
         after_blank = any_blank = true;
         continue;
      }
      size_t indent = indent_of(lines[k]);
      if (after_blank && indent < item_indent) return false;
      if (indent < item_indent && ends_lazy_text(lines[k])) return false;  // (no lazy line: a tag, an IAL)
      std::string_view content = lines[k].substr(indent);
      if (indent <= item_indent + 3 && is_list_start(content) &&
          (indent >= item_indent ? !any_blank : (content[0] >= '0' && content[0] <= '9') == ordered))
         return false;
      after_blank = false;
      if (closes_fence(trim(lines[k]), mark, length)) return true;
   }
   return false;
}

// Whether the fence of `length` `mark`s opened on line `first` of a list item (content at
// `item_indent`, no blank line or nested list in it yet) meets a list start indented to the
// item's content before its closing line: kramdown cuts the item's text there and parses the
// parts apart, so the fence does not close in its part.
bool fence_split_by_list(const std::vector<std::string_view>& lines, size_t first, size_t item_indent, char mark,
                         size_t length) {
   for (size_t k = first + 1; k < lines.size(); ++k) {
      if (is_blank(lines[k])) return false;
      size_t indent = indent_of(lines[k]);
      if (closes_fence(trim(lines[k]), mark, length)) return false;
      if (indent >= item_indent && indent <= item_indent + 3 && is_list_start(lines[k].substr(indent))) return true;
   }
   return false;
}

// A line kramdown's block parsers all pass by: 1-3 spaces, then a tab, then text (no paragraph,
// which wants no tab there, nor code, which wants a tab or four spaces first).
bool is_unparsed_line(std::string_view line) {
   size_t spaces = indent_of(line);
   return spaces >= 1 && spaces <= 3 && spaces < line.size() && line[spaces] == '\t' && !is_blank(line);
}

// Moves `line` (indented `indent`) right to `column`; a line indented that far already stays.
void indent_to(std::string& line, size_t column, size_t indent) {
   if (column > indent) line.insert(0, column - indent, ' ');
}

// What kramdown's items (`levels`, outermost first) leave of the `indent` of a line in the
// innermost one: each takes its own indentation off a line indented at least that far.
size_t kept_indent(size_t indent, const std::vector<ListLevel>& levels) {
   size_t column = 0;
   for (const ListLevel& level : levels) {
      if (indent >= level.content - column) indent -= level.content - column;
      column = level.content;
   }
   return indent;
}

// Turns the run of tabs that `line` starts with into four spaces each (kramdown's list items).
void expand_leading_tabs(std::string& line) {
   size_t tabs = std::min(line.find_first_not_of('\t'), line.size());
   line.replace(0, tabs, 4 * tabs, ' ');
}

// Whether `line` is an ATX header in a list item whose content starts at `item_indent`: on the
// item's first line or indented to its content.
bool item_header_line(std::string_view line, size_t item_indent) {
   size_t indent = indent_of(line);
   std::string_view content = line.substr(indent);
   if (is_list_start(content)) content = line.substr(std::min(list_content_indent(line), line.size()));
   else if (indent < item_indent) return false;
   size_t hashes = content.find_first_not_of('#');
   return hashes >= 1 && hashes <= 6 && hashes < content.size() && (content[hashes] == ' ' || content[hashes] == '\t');
}

// `[^id]:` opening a footnote definition.
bool footnote_definition_start(std::string_view content) {
   return content.size() > 2 && content[0] == '[' && content[1] == '^' && content.find("]:") != std::string_view::npos;
}

// `-`, `*`, `+` or `1.` with nothing after it.
bool is_bare_list_marker(std::string_view content) {
   if (content.size() == 1) return content[0] == '*' || content[0] == '+' || content[0] == '-';
   size_t digits = content.find_first_not_of("0123456789");
   return digits > 0 && digits + 1 == content.size() && content[digits] == '.';
}

// kramdown's GFM ATX header (in column 0): one to six `#`, then a space or tab.
bool gfm_atx_header(std::string_view content) {
   size_t hashes = content.find_first_not_of('#');
   return hashes >= 1 && hashes <= 6 && hashes < content.size() && (content[hashes] == ' ' || content[hashes] == '\t');
}

// A line that ends kramdown's GFM paragraph above it (PARAGRAPH_END_GFM): a blank line, a block
// IAL, `^`, a tag of no span element, a list start, an ATX header, a definition, a quote or a
// fence.
bool ends_kramdown_paragraph(std::string_view line) {
   if (ends_lazy_text(line)) return true;
   size_t indent = indent_of(line);
   if (indent > 3) return false;
   std::string_view content = line.substr(indent);
   char mark;
   return is_list_start(content) || (indent == 0 && gfm_atx_header(content)) || content[0] == '>' ||
          fence_length(content, mark) || is_definition_start(line, 3);
}

// The first run of at least `run` backticks in `line` from `from` on (kramdown's code span
// closes at the first `run` of them), or npos.
size_t backtick_run_at_least(std::string_view line, size_t from, size_t run) {
   for (size_t at = line.find('`', from), n = 0; at != std::string_view::npos; at = line.find('`', at + n)) {
      for (n = 0; at + n < line.size() && line[at + n] == '`';) ++n;
      if (n >= run) return at;
   }
   return std::string_view::npos;
}

// When line `i` (as `text`) starts inside a code span a line above in its paragraph opens (to
// kramdown, whose code span may go over lines): where that span ends in `text` (its size when
// it goes on past it); otherwise 0.
size_t code_span_carry(const std::vector<std::string_view>& lines, size_t i, std::string_view text) {
   size_t first = i;
   while (first > 0 && i - first < 64 && !ends_kramdown_paragraph(lines[first])) {
      std::string_view above = lines[first - 1];
      char mark;
      if (is_blank(above) || gfm_atx_header(above)) break;  // (a header is a block of its own)
      size_t fence = indent_of(above) <= 3 ? fence_length(trim(above), mark) : 0;
      if (fence && kramdown_fence(lines, first - 1, trim(above), mark, fence)) break;
      --first;
      if (fence) break;  // a fence line kramdown rejects starts the paragraph
   }
   size_t open = 0;  // the backticks of the span open at the end of the line before
   for (size_t k = first; k < i; ++k) {
      std::string_view l = lines[k];
      size_t p = 0;
      if (open) {
         size_t close = backtick_run_at_least(l, 0, open);
         if (close == std::string_view::npos) continue;
         p = close + open;
         open = 0;
      }
      for (size_t tick; (tick = l.find('`', p)) != std::string_view::npos;) {
         // A backtick in a raw span element (`<code>```x</code>`) is text.
         size_t lt = l.find('<', p), end = 0;
         while (lt < tick && (end = raw_span_element_end(l, lt)) <= tick) lt = l.find('<', std::max(end, lt + 1));
         if (lt < tick && end > tick) {
            p = end;
            continue;
         }
         size_t run = 0, slashes = 0;
         while (tick + run < l.size() && l[tick + run] == '`') ++run;
         while (slashes < tick - p && l[tick - slashes - 1] == '\\') ++slashes;
         bool spaced = run == 1 && (tick == 0 || l[tick - 1] == ' ' || l[tick - 1] == '\t') &&
                       (tick + 1 == l.size() || l[tick + 1] == ' ' || l[tick + 1] == '\t');
         if (slashes % 2 || spaced) {  // escaped, or a backtick between spaces: no span
            p = tick + 1;
            continue;
         }
         size_t close = backtick_run_at_least(l, tick + run, run);
         if (close != std::string_view::npos) {
            p = close + run;
            continue;
         }
         bool later = false;  // kramdown's span closes anywhere in the rest of the paragraph
         for (size_t m = k + 1; !later && m < lines.size() && !ends_kramdown_paragraph(lines[m]); ++m)
            later = backtick_run_at_least(lines[m], 0, run) != std::string_view::npos;
         if (!later) {
            p = tick + run;
            continue;
         }
         open = run;
         break;
      }
   }
   if (!open) return 0;
   size_t close = backtick_run_at_least(text, 0, open);
   return close == std::string_view::npos ? text.size() : close + open;
}

// The first `strip` columns of `line`'s indentation (a container's) dropped, and the pre-pass's
// markers for cmark.
std::string without_container_indent(std::string_view line, size_t strip) {
   std::string text(line.substr(std::min({line.find_first_not_of(" \t"), line.size(), strip})));
   text.erase(std::remove(text.begin(), text.end(), '\x01'), text.end());
   return text;
}

// kramdown's inline math (`$$...$$`, over lines) opened at out[i][open] and closed on a later
// line of the paragraph: line i gets its token from `open` on; the lines it goes over an empty
// token (keeping them paragraph text to cmark) and what follows its end, each joined to the line
// above in the output (the newlines are the math's).
void join_inline_math(std::vector<std::string>& out, const std::vector<std::string_view>& lines, size_t i,
                      size_t open, size_t strip, Prepass& result) {
   size_t j = i + 1, at = std::string::npos;
   for (; j < lines.size() && j - i < 64 && !ends_kramdown_paragraph(lines[j]); ++j)
      if ((at = out[j].find("$$")) != std::string::npos) break;
   if (at == std::string::npos) return;
   std::string content = out[i].substr(open + 2);
   for (size_t k = i + 1; k <= j; ++k) content += '\n' + without_container_indent(k < j ? out[k] : out[j].substr(0, at), strip);
   InlineToken math;
   math.html = "\\(";
   append_escaped_code(math.html, trim(content));
   math.html += "\\)";
   math.source = "$$" + content + "$$";
   math.text = math.html;
   out[i].replace(open, std::string::npos, "\x02" + std::to_string(result.inline_tokens.size()) + "\x03");
   result.inline_tokens.push_back(std::move(math));
   std::string empty = "\x02" + std::to_string(result.inline_tokens.size()) + "\x03";
   result.inline_tokens.emplace_back();
   for (size_t k = i + 1; k <= j; ++k) {
      out[k] = k < j ? empty : empty + out[j].substr(at + 2);
      result.joined_line[k + 1] = true;
   }
}

// Whether the parentheses after a `](` of `line` (the first at `from`) stay open to its end (an
// inline link's URL that may go on to the next line).
bool url_left_open(std::string_view line, size_t from) {
   for (size_t at = from; at != std::string_view::npos; at = line.find("](", at + 2)) {
      size_t depth = 1, k = at + 2, open = line.find('(', k);
      while (depth) {
         size_t close = line.find(')', k);
         if (close == std::string_view::npos) return true;
         if (open < close) ++depth, k = open + 1, open = line.find('(', k);
         else --depth, k = close + 1;
      }
   }
   return false;
}

// The text of quote line `line` past its `>` markers (each with one space after it).
std::string_view quote_text(std::string_view line) {
   size_t at = indent_of(line);
   while (at < line.size() && line[at] == '>') {
      ++at;
      if (at < line.size() && line[at] == ' ') ++at;
      while (at < line.size() && line[at] == ' ' && at + 1 < line.size() && line[at + 1] == '>') ++at;
   }
   return line.substr(std::min(at, line.size()));
}

// Whether quote line `i` opens with a comment right after a line of the quote's paragraph text
// (outside a fence): kramdown's paragraph takes it, cmark's HTML block would interrupt.
bool quote_comment_after_text(const std::vector<std::string_view>& lines, size_t i) {
   if (i == 0 || quote_text(lines[i]).substr(0, 4) != "<!--") return false;
   size_t first = i;  // the quote's first line
   while (first > 0 && indent_of(lines[first - 1]) <= 3 && trim(lines[first - 1]).substr(0, 1) == ">") --first;
   if (first == i) return false;
   bool in_fence = false;
   char mark;
   for (size_t k = first; k < i; ++k)
      if (fence_length(quote_text(lines[k]), mark)) in_fence = !in_fence;
   std::string_view above = quote_text(lines[i - 1]);
   return !in_fence && !is_blank(above) && indent_of(above) < 4 && above[0] != '#' && above[0] != '<' &&
          !fence_length(above, mark);
}

// kramdown parses a list item's first line as a block of its own when the item has no more
// lines: a pipe in it makes a table. Puts the table's region marker after the item's marker.
bool item_line_table(std::vector<std::string>& out, const std::vector<std::string_view>& lines, size_t i,
                     std::vector<Region>& regions) {
   std::string_view line = lines[i];
   size_t marker_end = std::min(list_content_indent(line), line.size());
   std::vector<std::string_view> item_lines{line.substr(marker_end), {}};
   bool single = i + 1 >= lines.size() || is_blank(lines[i + 1]) ||
                 is_list_start(lines[i + 1].substr(indent_of(lines[i + 1])));
   Region region;
   region.kind = Region::Kind::table;
   if (!single || !parse_kramdown_table(item_lines, 0, region.table)) return false;
   out[i] = std::string(line.substr(0, marker_end)) + std::string(region_marker) + std::to_string(regions.size()) + "-->";
   regions.push_back(std::move(region));
   return true;
}

// The last line of the table in kramdown's own syntax (one cmark would not read as GFM's) that
// starts at lines[first] in a list item whose content is at `item_indent`, its region added to
// `regions`; 0 when there is none. The item's text ends before a list start left of its content.
size_t item_kramdown_table(const std::vector<std::string_view>& lines, size_t first, size_t item_indent,
                           std::vector<Region>& regions) {
   bool gfm_delimited = first + 1 < lines.size() && lines[first + 1].find('-') != std::string_view::npos &&
                        lines[first + 1].find_first_not_of("|:- \t\r") == std::string_view::npos;
   if (gfm_delimited && !has_section_lines(lines, first + 2) && gfm_delimiter_row_fits(lines[first], lines[first + 1]) &&
       !gfm_rows_wider(lines, first))
      return 0;
   std::vector<std::string_view> item;
   for (size_t k = first; k < lines.size(); ++k) {
      size_t indent = indent_of(lines[k]);
      if (indent < item_indent && is_list_start(lines[k].substr(indent))) break;
      item.push_back(lines[k]);
   }
   Region region;
   region.kind = Region::Kind::table;
   size_t n = parse_kramdown_table(item, 0, region.table);
   if (!n) return 0;
   regions.push_back(std::move(region));
   return first + n - 1;
}

// The column kramdown's item text starts at on the item's line `item` (indentation taken off):
// past all the blanks after its marker (tabs to the next multiple of four), where cmark's item
// of five or more spaces starts one past the marker (narrow_marker_gap below).
size_t item_text_column(std::string_view item, size_t indent) {
   size_t gap = list_content_indent(item);
   size_t end = gap - 1, columns = indent + gap - 1;
   for (; end < item.size() && (item[end] == ' ' || item[end] == '\t'); ++end)
      columns = item[end] == '\t' ? columns + 4 - columns % 4 : columns + 1;
   return end < item.size() && columns - (indent + gap - 1) >= 5 ? columns : indent + gap;
}

// kramdown's list item text starts after all the spaces that follow its marker; cmark reads
// five or more as one and an indented code block. The spaces past the fourth become "\x01"
// (no text to the renderer, which takes the whole gap as the item's indentation). Whether it did.
bool narrow_marker_gap(std::string& line) {
   size_t gap = list_content_indent(line);  // one past the marker when the gap is wide
   // (kramdown turns the gap's tabs into spaces to the next multiple of four first.)
   size_t after = line.find_first_not_of(' ');  // past the marker
   after = line[after] >= '0' && line[after] <= '9' ? line.find_first_not_of("0123456789", after) + 1 : after + 1;
   size_t end = after, columns = after;
   for (; end < line.size() && (line[end] == ' ' || line[end] == '\t'); ++end)
      columns = line[end] == '\t' ? columns + 4 - columns % 4 : columns + 1;
   if (end < line.size() && columns - after >= 5 && line.find('\t', after) < end) {
      line.replace(after, end - after, columns - after, ' ');
      gap = list_content_indent(line);
   }
   size_t spaces = 0;
   while (gap - 1 + spaces < line.size() && line[gap - 1 + spaces] == ' ') ++spaces;
   char marker = line[gap - 2];
   bool rule = (marker == '*' || marker == '-') && std::count(line.begin(), line.end(), marker) >= 3 &&
               line.find_first_not_of(std::string(" \t") + marker) == std::string::npos;  // `- - -` (no `+ + +`)
   if (spaces < 5 || gap - 1 + spaces >= line.size() || rule) return false;
   line.replace(gap + 3, spaces - 4, spaces - 4, '\x01');
   return true;
}

// The end of paragraph line `line` when kramdown's paragraph ends below it at a line that then
// parses as a paragraph again (a fence without its closing line), which kramdown joins to the
// paragraph: the line's trailing whitespace is dropped, two spaces or more (a line break) are two.
void rejoined_line_end(std::string& line) {
   size_t end = line.find_last_not_of(" \t") + 1;
   bool line_break = line.size() >= end + 2 && line.compare(line.size() - 2, 2, "  ") == 0;
   line.resize(end);
   if (line_break) line += "  ";
}

// Whether kramdown's HTML block parser takes what starts at src[pos]: a comment, or a start or
// end tag of a non-span element (a span element's tag, or a broken one, leaves the line to the
// parsers after it: a table, a paragraph).
bool html_block_start(std::string_view src, size_t pos) {
   if (src[pos] != '<') return false;
   if (comment_length(src, pos)) return true;
   HtmlTag tag;
   if (parse_start_tag(src, pos, tag)) return !is_span_element(tag.name);
   std::string name;
   if (!parse_end_tag(src, pos, name)) return false;
   for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
   return !is_span_element(name);
}

// Whether kramdown's HTML block reads the line at `pos` in a document's flow: a comment or a
// non-span element's start tag. (An end tag closes no element there: kramdown ends lazy text
// at it, then reads it as paragraph text.)
bool html_block_opens(std::string_view src, size_t pos) {
   return html_block_start(src, pos) && !(pos + 1 < src.size() && src[pos + 1] == '/');
}

// Whether `line` starts (after 0-3 spaces) with a start or end tag of a non-span element.
bool ends_paragraph_at_tag(std::string_view line) {
   size_t indent = indent_of(line);
   return indent <= 3 && indent < line.size() && line[indent] == '<' && lazy_code_stop(line.substr(indent));
}

// kramdown goes on parsing right after a block that ends inside line `first`'s extent at `stop`
// (an end tag, a comment's `-->`): the rest of that line, continued by the lines below (at least
// to the one holding `reach`) up to a blank line or a fence, is parsed on its own (after a comment: as paragraph text, as kramdown
// does, which a block element's tag ends). Sets `tail` to that text and returns the offset where it ends.
size_t paragraph_tail(std::string_view src, const std::vector<std::string_view>& lines,
                      const std::vector<size_t>& offsets, size_t first, size_t stop, bool as_paragraph,
                      std::string& tail, size_t reach = 0) {
   size_t last = first;
   while (last + 1 < lines.size() && offsets[last + 1] <= std::max(stop, reach)) ++last;
   char c;
   // (After the block that `reach` ends, only text after it on its line goes on to lines below.)
   size_t line_end = offsets[last] + lines[last].size();
   bool text_after = !reach || (reach < line_end && !is_blank(src.substr(reach, line_end - reach)));
   while (text_after && last + 1 < lines.size() && !is_blank(lines[last + 1]) && !fence_length(trim(lines[last + 1]), c) &&
          !((as_paragraph || reach) && ends_paragraph_at_tag(lines[last + 1])))
      ++last;
   size_t end = offsets[last] + lines[last].size();
   std::string_view rest = src.substr(stop, end - stop);
   tail.clear();
   if (as_paragraph) {
      rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
      tail = "\x01";
   }
   tail.append(rest);
   tail += '\n';
   return end;
}

// The last line of the list item starting at line `first` (content column `content`) when its
// text, all indented to that column, holds a definition (`: ` after a term line); 0 otherwise.
// `item` receives the text, the item's indentation taken off.
size_t item_with_definition_list(const std::vector<std::string_view>& lines, size_t first, size_t content,
                                 std::string& item) {
   size_t last = first;
   bool definition = false;
   for (size_t k = first + 1; k < lines.size(); ++k) {
      if (is_blank(lines[k])) continue;
      if (indent_of(lines[k]) < content) break;
      definition = definition || (is_definition_start(lines[k].substr(content), 3) && !is_blank(lines[k - 1]));
      last = k;
   }
   if (!definition || last == first) return 0;
   item.assign(lines[first].substr(std::min(content, lines[first].size())));
   item += '\n';
   for (size_t k = first + 1; k <= last; ++k) {
      item.append(is_blank(lines[k]) ? lines[k] : lines[k].substr(content));  // (whitespace lines as written)
      item += '\n';
   }
   return last;
}

// The last line of the text of the list item (content at `content`) from lines[first] on, which
// `text` receives with the item's indentation taken off the lines indented that far: up to a
// list start left of the content, or a line left of it after a blank line.
size_t item_rest(const std::vector<std::string_view>& lines, size_t first, size_t content, std::string& text) {
   size_t last = first;
   for (size_t k = first + 1; k < lines.size(); ++k) {
      if (is_blank(lines[k])) continue;
      size_t indent = indent_of(lines[k]);
      if (indent < content && (is_blank(lines[k - 1]) || is_list_start(lines[k].substr(indent)))) break;
      last = k;
   }
   for (size_t k = first; k <= last; ++k) {
      // (kramdown's item keeps a line of whitespace as written: a fence in it holds it so.)
      if (indent_of(lines[k]) >= content && !is_blank(lines[k])) text.append(lines[k].substr(content));
      else text.append(lines[k]);
      text += '\n';
   }
   return last;
}

// Whether `text` (a block's first line) opens kramdown's math block: `$$`, 0-3 spaces before it.
// (Whether a quote's is one, its text converted as a document of its own decides.)
bool opens_math_block(std::string_view text) {
   size_t n = indent_of(text);
   return n <= 3 && text.compare(n, 2, "$$") == 0;
}

// The tag of a block element (or a math block) opening the text of the list item on lines[i] (content at
// `content`): kramdown's HTML block (to its end tag), after which the item's text goes on as
// blocks; cmark may read a paragraph (`<s>`, which kramdown's span elements lack). The item's
// text becomes a document of its own, for which its lines stand (the marker line as `marked`
// has it). Whether it does; `last` gets the item's last line.
bool block_tag_item(const std::vector<std::string_view>& lines, std::vector<std::string>& out, size_t i,
                    std::string_view marked, size_t content, std::vector<Region>& regions, size_t& last) {
   std::string_view line = lines[i];
   size_t marker_end = std::min(content, line.size());
   HtmlTag tag;
   bool block_tag = marker_end < line.size() && line[marker_end] == '<' && parse_start_tag(line, marker_end, tag) &&
                    !is_span_element(tag.name);
   if (!block_tag) {
      // A math block alone on the item's text line, a blank line or the item's end after it.
      std::string_view text = trim(line.substr(marker_end));
      std::string item;
      if (!opens_math_block(text) || text.size() < 4 || text.find("$$", 2) != text.size() - 2 ||
          !(i + 1 >= lines.size() || is_blank(lines[i + 1]) || item_rest(lines, i, content, item) == i))
         return false;
   }
   Region document;
   document.kind = Region::Kind::document;
   last = item_rest(lines, i, content, document.content);
   document.content.replace(0, document.content.find('\n'), line.substr(marker_end));
   out[i] = std::string(marked.substr(0, marker_end)) + std::string(region_marker) + std::to_string(regions.size());
   for (size_t k = i + 1; k <= last; ++k) out[k].clear();
   out[last] += (last == i ? "" : std::string(content, ' ')) + "-->";
   regions.push_back(std::move(document));
   return true;
}

// Whether the text `quoted` (a block quote's) has a line opening a math block at a block's start.
bool holds_math_block(std::string_view quoted) {
   for (size_t at = quoted.find("$$"); at != std::string_view::npos; at = quoted.find("$$", at + 2)) {
      size_t bol = quoted.rfind('\n', at);
      bol = bol == std::string_view::npos ? 0 : bol + 1;
      if (!opens_math_block(quoted.substr(bol))) continue;
      if (bol == 0) return true;
      size_t above = quoted.rfind('\n', bol - 2);
      if (is_blank(quoted.substr(above == std::string_view::npos ? 0 : above + 1, bol - 1 - (above == std::string_view::npos ? 0 : above + 1))))
         return true;
   }
   return false;
}

// Whether the text `quoted` (a block quote's) has a line starting with a non-span element's
// start tag: kramdown's HTML block, which cmark's HTML block inside a quote does not model.
bool holds_html_block(std::string_view quoted) {
   for (size_t at = quoted.find('<'); at != std::string_view::npos; at = quoted.find('<', at + 1)) {
      size_t bol = quoted.rfind('\n', at);
      bol = bol == std::string_view::npos ? 0 : bol + 1;
      if (at - bol <= 3 && quoted.find_first_not_of(' ', bol) == at && !comment_length(quoted, at) &&
          html_block_opens(quoted, at))
         return true;
   }
   return false;
}

// Whether the text `quoted` (a block quote's) has a fence with no closing line in it:
// paragraph text to kramdown, a code block to the quote's end to cmark.
bool holds_unclosed_fence(std::string_view quoted) {
   char mark = 0;
   size_t open = 0;  // the open fence's length
   for (size_t at = 0; at < quoted.size();) {
      size_t eol = std::min(quoted.find('\n', at), quoted.size());
      std::string_view line = quoted.substr(at, eol - at);
      at = eol + 1;
      if (open) {
         if (closes_fence(trim(line), mark, open)) open = 0;
      } else if (indent_of(line) <= 3) {
         open = fence_length(trim(line), mark);
      }
   }
   return open != 0;
}

// Whether the text `quoted` (a block quote's) holds a table of kramdown's syntax that is no GFM
// table (rows without a delimiter row below the first): its lines starting a block.
bool holds_kramdown_table(std::string_view quoted) {
   if (quoted.find('|') == std::string_view::npos) return false;
   std::vector<std::string_view> rows;
   for (size_t at = 0; at < quoted.size();) {
      size_t eol = std::min(quoted.find('\n', at), quoted.size());
      rows.push_back(quoted.substr(at, eol - at));
      at = eol + 1;
   }
   for (size_t k = 0; k < rows.size(); ++k)
      if ((k == 0 || is_blank(rows[k - 1])) && rows[k].find('|') != std::string_view::npos &&
          !(k + 1 < rows.size() && gfm_delimiter_row_fits(rows[k], rows[k + 1])) && is_kramdown_table(rows, k))
         return true;
   return false;
}

// The last line of the block quote starting at lines[first] in the text of a list item (content
// at `item_indent`) when lines without `>` follow in it (kramdown's lazy lines: up to LAZY_END or
// a list start); 0 otherwise. `quoted` receives its content: each line as the item's text has it
// (its indentation taken off a line indented that far), then without `>` and a space.
size_t item_quote(const std::vector<std::string_view>& lines, size_t first, size_t item_indent, std::string& quoted) {
   size_t last = first;
   bool lazy = false;
   for (size_t k = first + 1; k < lines.size() && !ends_lazy_text(lines[k]); ++k) {
      size_t indent = indent_of(lines[k]);
      std::string_view content = lines[k].substr(indent);
      if (is_list_start(content) || lines[k][0] == '\t' || (indent < item_indent && content[0] == '\t')) break;
      size_t in_item = indent >= item_indent ? indent - item_indent : indent;
      lazy = lazy || in_item > 3 || content[0] != '>';
      last = k;
   }
   if (!lazy) return 0;
   for (size_t k = first; k <= last; ++k) {
      std::string_view l = lines[k];
      if (indent_of(l) >= item_indent) l.remove_prefix(item_indent);
      size_t n = indent_of(l);
      if (n <= 3 && n < l.size() && l[n] == '>') {
         l.remove_prefix(n + 1);
         if (!l.empty() && l[0] == ' ') l.remove_prefix(1);
      }
      quoted.append(l).append("\n");
   }
   return last;
}

std::string normalized_label(std::string_view label);

// kramdown looks up the text of a reference link without its own label (`[a\_b][]`, `[a\_b]`)
// with its escapes undone, cmark as written: for each such text on `line` whose unescaped form
// is a defined label, a definition of the text as written (with the definition's destination)
// goes to `moved`.
void define_escaped_labels(std::string_view line, const std::vector<std::string>& out,
                           const std::vector<std::pair<size_t, std::string>>& definitions, std::string& moved) {
   for (size_t open = line.find('['); open != std::string_view::npos; open = line.find('[', open + 1)) {
      size_t close = line.find(']', open + 1);
      if (close == std::string_view::npos) return;
      std::string_view text = line.substr(open + 1, close - open - 1);
      std::string_view after = line.substr(close + 1);
      if (text.find('\\') == std::string_view::npos || text.find('[') != std::string_view::npos ||
          (!after.empty() && (after[0] == '(' || (after[0] == '[' && after.substr(0, 2) != "[]"))))
         continue;
      std::string plain;
      for (size_t k = 0; k < text.size(); ++k) {
         // (kramdown's ESCAPED_CHARS)
         if (text[k] == '\\' && k + 1 < text.size() && std::string_view("\\.*_+`<>()[]{}#!:|\"'$=-").find(text[k + 1]) != std::string_view::npos) ++k;
         plain += text[k];
      }
      std::string label = normalized_label(plain);
      for (const auto& [at, defined] : definitions) {
         if (defined != label || out[at].empty()) continue;
         std::string_view def = out[at];
         size_t colon = def.find("]:");
         moved.append("[").append(text).append("]").append(def.substr(colon + 1)).append("\n");
         break;
      }
   }
}

size_t bracket_depth(std::string_view line, size_t depth);

// Whether the paragraph lines above a line leave a `[` open; each line's count is made once
// for lines asked in order (a count from the paragraph's first line for each of its lines was
// quadratic: a 2,000-line paragraph of brackets took a minute), and none for other paragraphs.
class OpenBrackets {
public:
   explicit OpenBrackets(const std::vector<std::string_view>& lines) : lines_(lines) {}
   bool above(size_t i) {
      if (depth_.empty() || i < first_) {
         start(i);
      } else if (size_t known = first_ + depth_.size() - 1; i > known) {
         // A blank line between the last line counted and this one: count from after it.
         size_t k = i;
         while (k > known && !is_blank(lines_[k - 1])) --k;
         if (k > known) start(k);
      }
      while (first_ + depth_.size() <= i) {
         std::string_view line = lines_[first_ + depth_.size() - 1];
         depth_.push_back(is_blank(line) ? 0 : bracket_depth(line, depth_.back()));
      }
      return depth_[i - first_] > 0;
   }

private:
   // Counts from the first line of line i's paragraph.
   void start(size_t i) {
      first_ = i;
      while (first_ > 0 && !is_blank(lines_[first_ - 1])) --first_;
      depth_.assign(1, 0);
   }

   const std::vector<std::string_view>& lines_;
   size_t first_ = 0;
   std::vector<size_t> depth_;  // the `[` left open before lines first_, first_ + 1, ...
};

// The code spans of `line` that open and close on it, as [begin, end) byte ranges.
std::vector<std::pair<size_t, size_t>> code_spans(std::string_view line) {
   std::vector<std::pair<size_t, size_t>> code;
   for (size_t tick = line.find('`'); tick != std::string_view::npos; tick = line.find('`', tick)) {
      size_t run = 0, slashes = 0;
      while (tick + run < line.size() && line[tick + run] == '`') ++run;
      while (slashes < tick && line[tick - slashes - 1] == '\\') ++slashes;
      size_t close = slashes % 2 ? std::string_view::npos : backtick_run_at_least(line, tick + run, run);
      if (close == std::string_view::npos) {
         tick += run;
         continue;
      }
      code.emplace_back(tick, close + run);
      tick = close + run;
   }
   return code;
}

// kramdown's reference link `[text] [label]` may have whitespace before its label, cmark's not:
// the spaces go where `[label]` is defined (`[text] []`: where the text, escapes undone, is) and
// `[text]` opened on this line or above. Where the label is not defined, kramdown's link parser
// gives up on `[text]` (defined or not, and whatever follows the label): its `[` is escaped.
void join_spaced_reference(std::string& line, OpenBrackets& brackets, size_t i,
                           const std::vector<std::pair<size_t, std::string>>& definitions) {
   auto defined = [&](const std::string& label) {
      return std::any_of(definitions.begin(), definitions.end(), [&](const auto& d) { return d.second == label; });
   };
   auto code = code_spans(line);  // (their text is code, no link syntax)
   auto code_end = [&](size_t k) {  // the end of the code span holding byte k, or 0
      for (const auto& [from, to] : code)
         if (k >= from && k < to) return to;
      return size_t{0};
   };
   for (size_t at = line.find("] ["); at != std::string::npos; at = line.find("] [", at + 1)) {
      if ((at > 0 && line[at - 1] == '\\') || code_end(at)) continue;
      size_t open = line.find_first_not_of(' ', at + 1);
      size_t close = line.find(']', open + 1);
      if (close == std::string::npos) continue;
      bool above = brackets.above(i);
      std::vector<size_t> opens;  // the `[`s open before `at` on this line
      for (size_t k = 0; k < at; ++k) {
         if (size_t end = code_end(k)) {
            k = end - 1;
         } else if (line[k] == '\\') {
            ++k;
         } else if (line[k] == '[') {
            opens.push_back(k);
         } else if (line[k] == ']') {
            if (opens.empty()) above = false;
            else opens.pop_back();
         }
      }
      if (opens.empty() && !above) continue;
      // The `[` of the text the `]` at `at` closes, when on this line (inside an outer link's
      // text, `[a] [b]` is a reference of its own).
      size_t text_open = opens.empty() ? std::string::npos : opens.back();
      // (a footnote marker, or the label of a link `[a][b]` before: no link text)
      if (text_open != std::string::npos && ((text_open + 1 < line.size() && line[text_open + 1] == '^') ||
                                             (text_open > 0 && line[text_open - 1] == ']')))
         continue;
      std::string label = normalized_label(std::string_view(line).substr(open + 1, close - open - 1));
      if (label.empty() && text_open != std::string::npos) {
         std::string plain;
         for (size_t k = text_open + 1; k < at; ++k) {
            if (line[k] == '\\' && k + 1 < at && std::string_view("\\.*_+`<>()[]{}#!:|\"'$=-").find(line[k + 1]) != std::string_view::npos) ++k;
            plain += line[k];
         }
         label = normalized_label(plain);
      }
      // (`- [ ]`, `- [x]`: a task list item's box, which kramdown's GFM parser takes off the
      // item's text before reading its spans, so it is never link text)
      bool task_box = text_open != std::string::npos && at - text_open == 2 && std::string_view(" xX").find(line[text_open + 1]) != std::string_view::npos &&
                      text_open > 0 && line.find_first_not_of(" \t*+-0123456789.)") == text_open;
      if (task_box) continue;
      if (!label.empty() && defined(label)) {
         bool after = close + 1 < line.size() && (line[close + 1] == '(' || line[close + 1] == ':' || line[close + 1] == '[');
         if (line[open + 1] != '^' && !after) {
            line.erase(at + 1, open - at - 1);
            code = code_spans(line);
         }
      } else if (text_open != std::string::npos) {
         // Its `]` too: the brackets of an outer link's text stay balanced for cmark.
         line.insert(at, 1, '\\');
         line.insert(text_open, 1, '\\');
         at += 2;
         code = code_spans(line);
      }
   }
}

// kramdown's reference link `[text]` + `[label]` reads whitespace before the label over a line
// end too: where out[i] ends with a `]` closing link text and the paragraph's next line starts
// with `[label]` (defined), the label goes to line i and the next line, which goes on after the
// label with no newline between (an empty token keeps its text's leading spaces), is joined.
void join_reference_on_next_line(std::vector<std::string>& out, const std::vector<std::string_view>& lines,
                                 OpenBrackets& brackets, size_t i,
                                 const std::vector<std::pair<size_t, std::string>>& definitions, Prepass& result) {
   if (i + 1 >= lines.size() || ends_kramdown_paragraph(lines[i + 1])) return;
   std::string& line = out[i];
   size_t at = line.find_last_not_of(" \t");
   std::string& next = out[i + 1];
   size_t open = next.find_first_not_of(" \t");
   if (at == std::string::npos || line[at] != ']' || open == std::string::npos || next[open] != '[') return;
   size_t close = next.find(']', open + 1);
   if (close == std::string::npos || close == open + 1 || next[open + 1] == '^' || next.find('[', open + 1) < close ||
       (close + 1 < next.size() && std::string_view("(:[").find(next[close + 1]) != std::string_view::npos))
      return;
   std::string label = normalized_label(std::string_view(next).substr(open + 1, close - open - 1));
   if (std::none_of(definitions.begin(), definitions.end(), [&](const auto& d) { return d.second == label; })) return;
   auto code = code_spans(line);
   bool above = brackets.above(i);
   std::vector<size_t> opens;  // the `[`s open before `at` on this line
   for (size_t k = 0; k < at; ++k) {
      auto span = std::find_if(code.begin(), code.end(), [&](const auto& c) { return k >= c.first && k < c.second; });
      if (span != code.end()) k = span->second - 1;
      else if (line[k] == '\\') ++k;
      else if (line[k] == '[') opens.push_back(k);
      else if (line[k] == ']' && opens.empty()) above = false;
      else if (line[k] == ']') opens.pop_back();
   }
   size_t text_open = opens.empty() ? std::string::npos : opens.back();  // when on this line
   // (no link text: no `[` open, a footnote marker, or the label of a link `[a][b]` before)
   if ((opens.empty() && !above) || (text_open != std::string::npos && ((text_open + 1 < at && line[text_open + 1] == '^') ||
                                                                       (text_open > 0 && line[text_open - 1] == ']'))))
      return;
   line.replace(at + 1, std::string::npos, next.substr(open, close + 1 - open));
   next = "\x02" + std::to_string(result.inline_tokens.size()) + "\x03" + next.substr(close + 1);
   result.inline_tokens.emplace_back();
   result.joined_line[i + 2] = true;
}

// The end of kramdown's footnote marker `[^name]` (name: a word character, then word characters
// and `-`) at line[at], or 0.
size_t footnote_marker_end(std::string_view line, size_t at) {
   auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
   size_t end = at + 2;
   while (end < line.size() && (word(line[end]) || (line[end] == '-' && end > at + 2))) ++end;
   return end == at + 2 || end >= line.size() || line[end] != ']' ? 0 : end + 1;
}

// A footnote marker with no definition is text as written, which no other span parser sees: one whose name holds
// a `_` or `--` (emphasis, a dash to cmark and the typography) becomes a token. (Undefined: the
// source has no `[^name]:`.)
void keep_undefined_footnote_markers(std::string& line, std::string_view src, std::vector<InlineToken>& tokens) {
   auto code = code_spans(line);
   for (size_t at = line.find("[^"); at != std::string::npos; at = line.find("[^", at + 1)) {
      if ((at > 0 && line[at - 1] == '\\') ||
          std::any_of(code.begin(), code.end(), [&](const auto& c) { return at >= c.first && at < c.second; }))
         continue;
      size_t end = footnote_marker_end(line, at);
      if (!end) continue;
      std::string marker = line.substr(at, end - at);
      if (marker.find('_') == std::string::npos && marker.find("--") == std::string::npos) continue;
      if (src.find(marker + ":") != std::string_view::npos) continue;
      InlineToken token;
      token.source = token.text = marker;
      append_escaped_text(token.html, marker);
      std::string id = "\x02" + std::to_string(tokens.size()) + "\x03";
      tokens.push_back(std::move(token));
      line.replace(at, marker.size(), id);
      code = code_spans(line);
   }
}

// kramdown's link parser opens no link or image at a `[` followed by `^` (that is a footnote
// marker's start); cmark-gfm links `[^text](url)`. Such a `[` outside any link text is escaped,
// unless it starts a footnote marker `[^name]` (a footnote or text: no link either). (Within link
// text it counts as a bracket to both.)
void escape_caret_brackets(std::string& line, bool open_above, std::vector<InlineToken>& tokens) {
   auto code = code_spans(line);
   size_t next_code = 0, depth = open_above;
   std::string out;
   out.reserve(line.size() + 8);
   for (size_t i = 0; i < line.size(); ++i) {
      while (next_code < code.size() && code[next_code].first < i) ++next_code;
      if (next_code < code.size() && code[next_code].first == i) {
         out.append(line, i, code[next_code].second - i);
         i = code[next_code].second - 1;
         continue;
      }
      char c = line[i];
      if (c == '\\' && i + 1 < line.size()) {
         out.append(line, i, 2);
         ++i;
         continue;
      }
      if (c == '[' && depth == 0 && i + 1 < line.size() && line[i + 1] == '^') {
         size_t end = footnote_marker_end(line, i);
         if (!end) {
            out += "\\[";
            continue;
         }
         out.append(line, i, end - i);
         // (cmark-gfm would link the marker to a URL or label after it: an empty token between.)
         if (end < line.size() && (line[end] == '(' || line[end] == '[')) {
            out.append("\x02").append(std::to_string(tokens.size())).append("\x03");
            tokens.emplace_back();
         }
         i = end - 1;
         continue;
      }
      if (c == '[') ++depth;
      else if (c == ']' && depth > 0) --depth;
      out += c;
   }
   line = std::move(out);
}

// Whether every code span opened on `line` closes on it (its end is no code then).
bool code_spans_closed(std::string_view line) {
   for (size_t i = line.find_first_of("`\\"); i < line.size(); i = line.find_first_of("`\\", i)) {
      if (line[i] == '\\') {
         i += 2;
         continue;
      }
      size_t run = 0;
      while (i + run < line.size() && line[i + run] == '`') ++run;
      size_t close = closing_backticks(line, i, run);
      if (close == std::string_view::npos) return false;
      i = close + run;
   }
   return true;
}

// The `[` left open after `line`, `depth` open before it.
size_t bracket_depth(std::string_view line, size_t depth) {
   for (size_t j = 0; j < line.size(); ++j) {
      char c = line[j];
      if (c == '\\') ++j;
      else if (c == '[') ++depth;
      else if (c == ']' && depth > 0) --depth;
   }
   return depth;
}

// Records the spaces kramdown keeps before continuation line `i` (indented `indent`) of an item
// whose marker line was a lazy line of the item around it (content at `outer`), so that the
// item's content is at `content` of the outer item's text: each takes its own indentation off a
// line indented that far, and keeps a lazy line's as it is.
void keep_spaces(Prepass& result, size_t i, size_t indent, size_t outer, size_t content) {
   size_t in_outer = indent >= outer ? indent - outer : indent;
   size_t kept = in_outer >= content ? in_outer - content : in_outer;
   if (result.kept_spaces.empty()) result.kept_spaces.assign(result.ial_line.size(), -1);
   result.kept_spaces[i + 1] = static_cast<int>(kept);
}

void mark_region(std::vector<std::string>& out, size_t first, size_t last, size_t index) {
   const std::string id = std::string(region_marker) + std::to_string(index);
   if (last == first) {
      out[first] = id + "-->";
      return;
   }
   out[first] = id;
   for (size_t k = first + 1; k < last; ++k) out[k].clear();
   out[last] = "-->";
}

// `text` escaped so that cmark reads it back as written (it decodes entity references, then
// backslash escapes): `&` as `&amp;`, a backslash before each of `special`.
std::string cmark_literal(std::string_view text, std::string_view special) {
   std::string out;
   for (char c : text) {
      if (c == '&') {
         out += "&amp;";
         continue;
      }
      if (special.find(c) != std::string_view::npos) out += '\\';
      out += c;
   }
   return out;
}

// kramdown's link definition `[label]: url "title"` keeps its URL and title as written (no
// escapes or entity references undone), takes spaces in the URL and a title's quote inside it
// (the title ends at the quote ending the line); cmark does none of these. A definition (the
// line's text or its list item's) is rewritten as `<url> "title"` with cmark's escapes, so that
// cmark reads the source's text. False when kramdown takes no definition from the line's URL
// (a quote after a space and no title); such a line is left alone.
bool definition_as_written(std::string& line) {
   size_t open = line.find_first_not_of(" \t*+-0123456789.");
   if (open == std::string::npos || line[open] != '[' || open + 1 >= line.size() || line[open + 1] == '^') return true;
   size_t close = line.find("]:", open);
   if (close == std::string::npos || close == open + 1 || line.find(']', open) != close) return true;
   size_t from = line.find_first_not_of(" \t", close + 2);
   if (from == std::string::npos) return true;
   std::string_view rest = trim(std::string_view(line).substr(from));
   std::string_view url = rest, title;
   // The shortest URL a title can follow: blanks, then a quote, text, the same quote at the end.
   char quote = rest.empty() ? 0 : rest.back();
   if (quote == '"' || quote == '\'') {
      for (size_t q = 1; q + 2 < rest.size(); ++q) {
         if (rest[q] != quote || (rest[q - 1] != ' ' && rest[q - 1] != '\t')) continue;
         url = trim(rest.substr(0, q));
         title = rest.substr(q + 1, rest.size() - q - 2);
         break;
      }
   }
   if (url.size() >= 2 && url.front() == '<' && url.back() == '>') url = url.substr(1, url.size() - 2);
   for (size_t q = url.find_first_of("\"'", 1); q != std::string_view::npos; q = url.find_first_of("\"'", q + 1))
      if (url[q - 1] == ' ' || url[q - 1] == '\t') return false;
   // (kramdown's label may hold a `[`, cmark's only an escaped one: `[`[u8]::x`](url)` is a
   // definition of "`[u8")
   std::string rewritten = line.substr(0, open + 1);
   for (size_t k = open + 1; k < close; ++k) {
      if (line[k] == '[' && line[k - 1] != '\\') rewritten += '\\';
      rewritten += line[k];
   }
   rewritten += line.substr(close, from - close) + "<" + cmark_literal(url, "\\<>") + ">";
   if (!title.empty()) rewritten += " \"" + cmark_literal(title, "\\\"") + "\"";
   line = std::move(rewritten);
   return true;
}

std::string normalized_label(std::string_view label) {
   std::string key;
   for (char c : label) {
      if (c == ' ' || c == '\t' || c == '\n') {
         if (!key.empty() && key.back() != ' ') key += ' ';
      } else {
         key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      }
   }
   while (!key.empty() && key.back() == ' ') key.pop_back();
   return key;
}

// kramdown's self-closing options extension `{::options ... /}` from line `first` on: its
// attribute text and its last line, or nothing. The text may run over lines (kramdown's
// attribute characters include newlines) and ends at the first `}` not escaped by a backslash,
// which must have `/` before it and only whitespace after it.
std::optional<std::pair<std::string, size_t>> options_extension(const std::vector<std::string_view>& lines,
                                                                size_t first) {
   std::string_view rest = lines[first].substr(std::min(lines[first].size(), indent_of(lines[first])));
   if (rest.substr(0, 10) != "{::options") return std::nullopt;
   rest.remove_prefix(10);
   if (!rest.empty() && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '/' && rest[0] != '}') return std::nullopt;
   std::string text;
   for (size_t line = first;;) {
      for (size_t k = 0; k < rest.size(); ++k) {
         if (rest[k] == '\\' && k + 1 < rest.size() && rest[k + 1] == '}') {
            ++k;
            continue;
         }
         if (rest[k] != '}') continue;
         if (k == 0 || rest[k - 1] != '/' || !trim(rest.substr(k + 1)).empty()) return std::nullopt;
         text.append(rest.substr(0, k - 1));
         return std::make_pair(std::move(text), line);
      }
      if (++line == lines.size()) return std::nullopt;
      text.append(rest);
      text += '\n';
      rest = lines[line];
   }
}

}  // namespace

long region_index(std::string_view literal, size_t region_count) {
   if (literal.substr(0, region_marker.size()) != region_marker) return -1;
   size_t i = region_marker.size(), n = 0;
   if (i >= literal.size() || literal[i] < '0' || literal[i] > '9') return -1;
   for (; i < literal.size() && literal[i] >= '0' && literal[i] <= '9'; ++i) n = n * 10 + (literal[i] - '0');
   return n < region_count ? static_cast<long>(n) : -1;
}

Prepass run_prepass(std::string_view src, bool parse_block_html, Options::EntityOutput entities, bool after_block) {
   Prepass result;
   if (!after_block && plain_prepass(src, result)) return result;
   return full_prepass(src, parse_block_html, entities, after_block);
}

Prepass full_prepass(std::string_view src, bool parse_block_html, Options::EntityOutput entities, bool after_block) {
   Prepass result;
   std::vector<std::string_view> lines;
   std::vector<size_t> offsets;
   for (size_t pos = 0; pos < src.size();) {
      size_t nl = src.find('\n', pos);
      size_t end = nl == std::string_view::npos ? src.size() : nl;
      offsets.push_back(pos);
      lines.push_back(src.substr(pos, end - pos));
      pos = nl == std::string_view::npos ? src.size() : nl + 1;
   }
   bool final_newline = !src.empty() && src.back() == '\n';
   std::vector<std::string> out(lines.begin(), lines.end());
   OpenBrackets brackets(lines);
   result.ial_line.assign(lines.size() + 2, false);
   result.joined_line.assign(lines.size() + 2, false);

   std::vector<std::pair<size_t, std::string>> definitions;  // link definitions: line, label
   std::vector<std::pair<size_t, std::string>> item_definitions;  // those starting a list item
   std::vector<size_t> spaced_references;  // lines with "] [": a reference link's label may follow
   std::vector<size_t> references_ending_lines;  // lines ending with `]`: the label may be on the next
   std::vector<std::string> raw_open;       // the raw span elements the line raw_open_line left open
   size_t raw_open_line = 0;
   size_t item_indent = 0;  // content column of the latest list item
   size_t item_marker = 0;  // its marker's column
   size_t item_shift = 0;   // the columns cmark sees it moved right by (`shift` below)
   size_t item_para_first = 0;  // the first line of the latest item's paragraph
   bool item_ordered = false;
   // Lines moved right by `shift` columns while they are indented at least `shift_base`.
   size_t shift = 0, shift_base = 0, shift_outer = 0;
   // The content column of the shifted item, as a lazy line of the item around it keeps it
   // (kramdown's columns); 0 once an item nested in it started.
   size_t shift_content = 0;
   char shifted_bullet = 0;  // the bullet of the shifted list
   bool shift_ordered = false;  // and whether it is ordered
   char split_bullet = 0;    // a list starting on this line must not continue one with this bullet
   bool gfm_table = false;  // in the rows of a GFM table
   size_t table_body = 0;   // and the line its body rows start at
   bool table_leading_pipe = false;  // and its first line starts with a pipe
   std::vector<ListLevel> bullets;  // the lists open around the current line
   // The content column (as cmark counts it: tabs to the next multiple of four) of the innermost
   // list item the line above is in, where a lazy line goes in kramdown.
   size_t innermost = 0;
   char fence_char = 0;
   size_t fence_len = 0;
   size_t fence_close_indent = 0;  // the most indentation its closing fence may have
   bool fence_in_list = false;     // the fence is in a list item
   bool fence_tildes = false;      // a backtick fence given to cmark with tildes
   size_t fence_item_column = 0;   // a fence at its list item's content column: that column
   bool fence_blank = false;       // the fence's line above is blank
   bool prev_blank = true, prev_para = false, in_list = false, prev_code = false;
   size_t last_code_line = 0;  // the latest line of an indented code block
   bool item_split = false;  // the latest item's text was cut (a blank line, a nested list)
   bool blank_in_item = false;  // a blank line since the latest item at indent 0-3 started
   // The latest item of the outermost list: its content column, its kind, and whether a list
   // nested in it started (at its content column).
   size_t top_content = 0;
   bool top_ordered = false, top_nested = false;
   bool nested_item_text = false;  // in the text of an item nested in another (no blank line yet)
   bool nested_fence_closed = false;  // the latest line closed a lazy fence of such an item
   bool item_fence_closed = false;  // the latest line closed a fence in a list item
   bool item_lazy_header = false;   // the latest line is a header moved into a list item
   size_t lazy_header_column = 0;   // and the column it was moved to
   bool item_code = false;       // the line above is an indented code line in a list item
   size_t last_item_code = 0;    // and the latest such line
   bool footnote_text = false;  // below a footnote definition
   bool para_after_boundary = true;  // the current paragraph follows a blank line or an IAL
   bool footnote_para = false;  // the paragraph lines above began with a footnote definition
   // In a footnote definition: 1 after its line (or a blank line in it), 2 after an indented line.
   int footnote_state = 0;
   std::vector<size_t> hidden_definition_lines;  // link definitions cmark reads apart only
   int para_lines = 0;  // lines of the top-level paragraph the current line would continue
   int para_before_blank = 0, blank_run = 0;  // the paragraph before the latest blank lines
   long last_definition_list = -1;            // the latest definition list's region
   size_t last_definition_end = 0;            // and its last line
   std::string expanded;  // a line read with its leading tabs as spaces (then `line` views it)
   bool backtick_above = false;  // a text line above since the latest blank line has a backtick
   std::vector<size_t> text_lines;  // the lines of paragraph text, for labels with escapes
   size_t quote_read_end = std::string_view::npos;  // the last line of a quote read that needs no region
   // A byte order mark starting the text is paragraph text to kramdown; cmark skips it there.
   if (src.compare(0, 3, "\xEF\xBB\xBF") == 0) out[0].insert(0, "\x01");
   bool after_html = false;  // the line above ended a kramdown HTML block (no paragraph)
   bool quote_boundary_above = false;  // the quote line above is blank or code
   size_t quote_fence_len = 0;  // in a fence in a quote: its run's length
   char quote_fence_char = 0;   // and its character
   for (size_t i = 0; i < lines.size(); ++i) {
      bool block_above = i == 0 && after_block;  // no block boundary before this first line
      bool narrowed_gap = false;  // narrow_marker_gap changed this item's line
      bool html_above = after_html;
      after_html = false;
      std::string_view line = lines[i];
      size_t indent = indent_of(line);
      std::string_view content = line.substr(indent);
      split_bullet = 0;
      bool outer_item = false;  // the line is an item of the list around the shifted one
      if (shift) {
         // kramdown reads an item's first list indented to its content as a new part of the
         // item, after the shifted list.
         // (It ends at an item of the list around it too.)
         outer_item = indent < shift_outer && is_list_start(content) &&
                      (content[0] >= '0' && content[0] <= '9') != shift_ordered;
         if (!fence_len && (is_blank(line) || indent < shift_base || outer_item ||
                            (indent >= shift_outer && is_list_start(content)))) {
            // That new part's list is a list of its own, even with the shifted list's bullet.
            if (!is_blank(line) && indent >= shift_base) split_bullet = shifted_bullet;
            shift = 0;
         } else if (!is_blank(line)) {
            out[i].insert(0, shift, ' ');
            if (is_list_start(content)) shift_content = indent == shift_base ? list_content_indent(line) : 0;
            else if (shift_content && line[0] != '\t') keep_spaces(result, i, indent, shift_outer, shift_content);
         }
      }
      if (fence_len) {
         // kramdown's list item turns its lines' leading tabs into four spaces each.
         if (fence_in_list && !out[i].empty() && out[i][0] == '\t')
            expand_leading_tabs(out[i]);
         // A line left of the item's content right after another is a lazy line of the item
         // to kramdown (keeping what the items it reaches leave of its indentation); cmark's
         // item would end there.
         else if (fence_item_column && !fence_blank && !is_blank(line) && indent < fence_item_column) {
            // (A closing line goes at the column itself: cmark's item may start left of it, past
            // a wide marker gap, where the fence's own indentation is all a closing line may have.)
            size_t kept = kept_indent(indent, bullets);
            bool closing = kept <= 3 && closes_fence(trim(content), fence_char, fence_len);
            out[i].replace(0, indent, fence_item_column + (closing ? 0 : kept), ' ');
         }
         fence_blank = is_blank(line);
         if (indent <= fence_close_indent && closes_fence(trim(content), fence_char, fence_len)) {
            if (fence_tildes) std::replace(out[i].begin(), out[i].end(), '`', '~');
            fence_len = 0;
            item_fence_closed = fence_in_list;
         }
         continue;
      }
      bool after_item_fence = item_fence_closed;  // the line above closed a fence in a list item
      item_fence_closed = false;
      bool after_nested_fence = nested_fence_closed;  // the line above closed such a fence in a nested item
      nested_fence_closed = false;
      bool after_item_header = item_lazy_header;  // the line above is a header moved into a list item
      item_lazy_header = false;
      if (is_blank(line)) {
         nested_item_text = false;
         item_split = blank_in_item = true;
         gfm_table = false;
         if (!prev_blank) {
            para_before_blank = para_lines;
            blank_run = 0;
         }
         blank_run += line.empty() ? 1 : 2;  // kramdown wants one empty line before a definition
         prev_blank = true;
         prev_para = false;
         para_lines = 0;
         if (footnote_state) footnote_state = 1;
         backtick_above = false;
         continue;
      }
      bool ordered_start = content[0] >= '0' && content[0] <= '9' && is_list_start(content);
      if (in_list && !shift && !prev_blank && top_nested && indent < top_content && indent <= 3 &&
          is_list_start(content) && ordered_start != top_ordered) {
         // After a list nested in the outermost item kramdown pushes a lazy line starting a list
         // of the other kind right by the item's indentation + 4 (list.rb): text of the
         // innermost block there, with those columns.
         size_t push = 2 * top_content + 4;
         out[i].insert(0, push, ' ');
         out[i].insert(push + indent, "\x01");
         prev_para = true;
         para_lines = 0;
         continue;
      }
      if (is_list_start(content) && indent <= 3 &&
          (!in_list || (indent < top_content && (ordered_start == top_ordered || prev_blank)))) {
         top_content = list_content_indent(line);  // an item of the outermost list (a new one after a blank line)
         top_ordered = ordered_start;
         top_nested = false;
      } else if (in_list && indent >= top_content && indent < top_content + 4 && is_list_start(content)) {
         top_nested = true;
      }
      size_t columns = 0;  // the line's indentation, tabs to the next multiple of four (in a list)
      if (in_list) {
         // Without a blank line before it a line stays in the innermost item (an item's start
         // opens a new one); after one it is in the deepest item it is indented into.
         size_t at = 0;
         for (; at < line.size() && (line[at] == ' ' || line[at] == '\t'); ++at) columns = line[at] == '\t' ? columns + 4 - columns % 4 : columns + 1;
         std::string_view text = line.substr(at);
         if (is_list_start(text)) {
            innermost = columns <= 3 ? item_text_column(text, columns) : columns + list_content_indent(text);
         } else if (prev_blank) {
            innermost = 0;
            for (const ListLevel& level : bullets)
               if (level.content <= columns) innermost = level.content;
         }
      }
      if (!in_list && footnote_state) {
         // kramdown's footnote definition: its line, then (after a blank line or not) indented
         // lines with the lazy lines after them, which may be anything but a block IAL, `^` or
         // an HTML tag of no span element, even another definition.
         bool starts = indent <= 3 && footnote_definition_start(content);
         if (indent >= 4 || line[0] == '\t') {
            footnote_state = 2;
         } else if (footnote_state == 2 && !lazy_code_stop(content)) {
            if (starts) out[i].insert(indent, "\x01");  // text of the definition above
         } else {
            // The definition ended at its line: a link definition right after it is no lazy
            // line of its paragraph, as cmark would read it (it is given to cmark apart).
            if (footnote_state == 1 && !prev_blank && !starts && content[0] == '[') {
               hidden_definition_lines.push_back(i);
               prev_para = false;
            } else if (footnote_state == 1 && !prev_blank && !starts && indent == 0 &&
                       std::string_view("#>`~<|-*_=+:{^").find(content[0]) == std::string_view::npos &&
                       !is_list_start(content)) {
               // Neither is the text after it (kramdown's definition text goes on only with
               // indented lines): a paragraph of its own, which cmark would read as a lazy line
               // of the definition. Its lines stand for it, converted as a document.
               size_t last = i;
               while (last + 1 < lines.size() && !is_blank(lines[last + 1]) && !ends_kramdown_paragraph(lines[last + 1]))
                  ++last;
               Region document;
               document.kind = Region::Kind::document;
               for (size_t k = i; k <= last; ++k) document.content.append(lines[k]).append("\n");
               mark_region(out, i, last, result.regions.size());
               result.regions.push_back(std::move(document));
               i = last;
               footnote_state = 0;
               prev_para = prev_blank = false;
               para_lines = 0;
               continue;
            }
            if (footnote_state == 1) prev_para = false;  // (what follows starts a block)
            footnote_state = 0;
         }
      }
      if (footnote_state == 0 && indent <= 3 && footnote_definition_start(content))
         footnote_state = 1;
      if (!prev_para && !(prev_code && !prev_blank) && !in_list && !gfm_table && footnote_state == 0 &&
          content[0] == '\t' && indent > 0 && is_unparsed_line(line)) {
         // kramdown adds such lines to the block above as text (span-parsed, no <p>).
         size_t last = i;
         while (last + 1 < lines.size() && is_unparsed_line(lines[last + 1])) ++last;
         Region region;
         region.kind = Region::Kind::raw_text;
         for (size_t k = i; k <= last; ++k) region.content.append(lines[k]).append("\n");
         mark_region(out, i, last, result.regions.size());
         result.regions.push_back(std::move(region));
         i = last;
         prev_blank = prev_code = false;
         para_lines = 0;
         continue;
      }
      if ((!prev_para || (in_list && content[0] != '-')) && (indent <= 3 || (in_list && !prev_blank)) && !fence_len &&
          is_bare_list_marker(content)) {
         // A list marker alone on its line is paragraph text to kramdown (after an item's text:
         // a lazy line of it, at any indentation), an empty item to cmark. Each item level the
         // line reaches takes its indentation off.
         out[i].insert(out[i].size() - content.size(), "\x01");
         size_t strip = 0;
         for (const ListLevel& level : bullets)
            if (in_list && level.content <= indent) strip = std::max(strip, level.content);
         if (strip) keep_spaces(result, i, indent, 0, strip);
      }
      // kramdown's list ends at a rule after a blank line (`- - -` is no item then).
      bool rule_after_blank = prev_blank && indent <= 3 && (content[0] == '-' || content[0] == '*' || content[0] == '_') &&
                              is_rule(content);
      bool item_start = is_list_start(content) && !rule_after_blank;
      if (indent == 0 && content[0] != '\t' && prev_blank && !item_start) in_list = false;
      if (rule_after_blank) {
         in_list = false;
         out[i].erase(0, out[i].find_first_not_of(' '));  // (cmark would keep one indented into an item there)
      }
      if (in_list && prev_blank && indent > 0 && indent < 4 && !bullets.empty() && indent < bullets.front().content &&
          content[0] != '\t' && !is_list_start(content))
         in_list = false;  // left of the outermost item's content after a blank line: the list ended
      char c;
      if (in_list && line[0] == '\t' && out[i] == line) {
         // A fence led by tabs in a list item: indented by four spaces a tab, as kramdown reads
         // an item's lines (and cmark then finds it at the same column).
         expanded.assign(line);
         expand_leading_tabs(expanded);
         std::string_view e = std::string_view(expanded).substr(indent_of(expanded));
         if (size_t n = fence_length(e, c); n && kramdown_fence(lines, i, e, c, n)) {
            out[i] = expanded;
            line = expanded;
            indent = indent_of(line);
            content = line.substr(indent);
         }
      }
      size_t fence = fence_length(content, c);
      if (fence && !in_list && indent > 3) fence = 0;  // a fence is indented 3 spaces at most
      // A fence line right after an indented code block's line is one of its lazy lines.
      bool after_code = !prev_blank && ((prev_code && !in_list && !footnote_text) ||
                                        (item_code && in_list && indent < item_indent + 4 && line[0] != '\t'));
      if (fence && after_code) fence = 0;
      size_t fence_run = fence ? kramdown_fence_run(lines, i, content, c, fence) : 0;
      if (fence && !fence_run) {
         out[i].insert(out[i].find_first_not_of(' '), "\x01");  // paragraph text to kramdown
         if (prev_para && i > 0) rejoined_line_end(out[i - 1]);
         fence = 0;
      } else if (fence_run < fence) {
         out[i].insert(out[i].find(c) + fence_run, " ");  // the marks left over start the info string
         fence = fence_run;
      } else if (!fence && is_list_start(content)) {
         // A fence opening on an item's marker line: its lines are code up to the closing fence.
         size_t marker = content.find_first_not_of("0123456789");
         std::string_view item = content.substr(marker == 0 ? 1 : marker + 1);
         item.remove_prefix(std::min(item.size(), item.find_first_not_of(" \t")));
         if (size_t n = fence_length(item, c); n && kramdown_fence(lines, i, item, c, n)) {
            fence_char = c;
            fence_len = n;
            fence_close_indent = std::string_view::npos;
            fence_in_list = true;
         }
      }
      if (in_list && !item_split && indent >= item_indent && fence &&
          fence_split_by_list(lines, i, item_indent, c, fence)) {
         out[i].insert(indent, "\x01");  // paragraph text to kramdown
         fence = 0;
      }
      if (!fence && after_nested_fence && nested_item_text && !shift && indent < bullets.back().content &&
          !is_list_start(content) && !lazy_code_stop(content)) {
         // A lazy line after it stays in the nested item too.
         indent_to(out[i], bullets.back().content + kept_indent(indent, bullets), indent);
      }
      if (fence && nested_item_text && (prev_para || after_nested_fence) && !shift && bullets.size() > 1 && indent < bullets.back().content &&
          lazy_fence_closes(lines, i, bullets.back().content, bullets.back().bullet == 0, c, fence)) {
         // A fence right after the text of an item nested deeper, left of its content: a lazy
         // line of that item in kramdown (as for the outermost item below), up to its closing
         // fence. Each line keeps what kramdown's items leave of its indentation (each level
         // takes its own off a line indented that far), the fence at the item's content.
         size_t k = i;
         for (; k < lines.size(); ++k) {
            if (k > i && !out[k].empty() && out[k][0] == '\t') expand_leading_tabs(out[k]);
            if (is_blank(out[k])) continue;
            size_t k_indent = indent_of(out[k]);
            indent_to(out[k], bullets.back().content + (k == i ? 0 : kept_indent(k_indent, bullets)), k_indent);
            if (k > i && closes_fence(trim(lines[k]), c, fence)) break;
         }
         i = std::min(k, lines.size() - 1);
         nested_fence_closed = k < lines.size();
         prev_para = prev_blank = false;
         para_lines = 0;
         continue;
      }
      bool lazy_item_line = in_list && (prev_para || after_item_header || after_item_fence) && indent < item_indent;
      if (lazy_item_line && fence && !lazy_fence_closes(lines, i, item_indent, item_ordered, c, fence)) {
         // The item ends (a blank line, then a line left of its content) before the fence's
         // closing line: to kramdown the fence line is item text.
         out[i].insert(indent, "\x01");
         rejoined_line_end(out[i - 1]);
         fence = 0;
      }
      if (lazy_item_line && fence) {
         // A fence right after an item's text (or a header moved into it) is a lazy line of the item in kramdown, up to its
         // closing fence: indent it into the item for cmark.
         size_t len = fence;
         size_t k = i;
         for (; k < lines.size(); ++k) {
            // The fence at the item's content column; kramdown takes the item's indentation off
            // the lines indented that far and keeps the other (lazy) lines as they are.
            if (k > i && !out[k].empty() && out[k][0] == '\t') expand_leading_tabs(out[k]);  // as kramdown's item does
            size_t k_indent = indent_of(out[k]);
            if (k == i) indent_to(out[k], item_indent + item_shift, k_indent);
            else if (!is_blank(lines[k])) out[k].insert(0, k_indent < item_indent ? item_indent + item_shift : item_shift, ' ');
            if (k > i && shift && shift_content && !is_blank(lines[k])) keep_spaces(result, k, k_indent, shift_outer, shift_content);
            if (k > i && closes_fence(trim(lines[k]), c, len)) break;
         }
         i = std::min(k, lines.size() - 1);
         item_fence_closed = k < lines.size();
         prev_para = prev_blank = false;
         para_lines = 0;
         continue;
      }
      if (fence) {
         fence_char = c;
         fence_len = fence;
         fence_tildes = c == '`' && content.find('`', fence) != std::string_view::npos;
         // kramdown's info string may hold backticks, cmark's after backticks not: such a fence
         // is written with tildes for cmark, its closing line too.
         if (fence_tildes) out[i].replace(out[i].find('`'), fence, fence, '~');
         // Outside lists a closing fence has 3 spaces at most (in a list: as deep as its item's).
         // (At its item's content column: 3 more at most, as kramdown reads the item's text; a
         // line indented deeper is code, even one of backticks.)
         fence_in_list = in_list;
         fence_close_indent = !in_list ? 3 : columns == innermost && line[0] != '\t' ? innermost + 3 : std::string_view::npos;
         fence_item_column = in_list && columns == innermost && line[0] != '\t' ? innermost : 0;
         fence_blank = false;
         prev_blank = prev_para = prev_code = item_code = false;
         para_lines = 0;
         continue;
      }
      // kramdown's code block lines start with four spaces or a tab.
      bool code_indent = indent >= 4 || (!line.empty() && line[0] == '\t');
      bool code_line = (prev_code || (prev_blank && !in_list)) && code_indent && !prev_para;
      if (!gfm_table && !code_line && i + 1 < lines.size() && line.find('|') != std::string_view::npos &&
          lines[i + 1].find('|') != std::string_view::npos && lines[i + 1].find('-') != std::string_view::npos &&
          lines[i + 1].find_first_not_of("|:- \t\r") == std::string_view::npos) {
         if (((prev_blank && !block_above) || result.ial_line[i]) && is_kramdown_table(lines, i)) {
            gfm_table = true;
            table_body = i + 2;
            // kramdown's separator line may be indented any amount, cmark's delimiter row 3 at most.
            // (Moved to the header row's.)
            if (size_t ws = out[i + 1].find_first_not_of(" \t"); ws > indent) out[i + 1].replace(0, ws, line.substr(0, indent));
            table_leading_pipe = content[0] == '|';
         } else {
            // kramdown starts a table only after a block boundary (a blank line, an IAL), and
            // wants a body row and a block boundary right after its rows: otherwise its lines
            // are paragraph text. The marker on both lines keeps cmark from reading a header row
            // and a delimiter row.
            out[i].insert(indent, "\x01");
            out[i + 1].insert(lines[i + 1].find_first_not_of(" \t"), "\x01");
         }
      }
      if (gfm_table && line.find('`') != std::string_view::npos) escape_pipes_in_code_spans(out[i], result.inline_tokens);
      bool table_row = gfm_table && i >= table_body && line.find('|') != std::string_view::npos;
      // A row starting like a block (a quote, header, fence, HTML, a list item) is a row to
      // kramdown; cmark's block would end the table.
      if (table_row && (std::string_view(">#`~<").find(content[0]) != std::string_view::npos || is_list_start(content))) {
         out[i].insert(indent, "\x01");
         item_start = false;
      }
      if (table_row && (indent >= 4 || content[0] == '\t')) {
         // So is a row indented by four columns or a tab (cmark: code). Its indentation is
         // dropped; kramdown's first cell is then empty unless the table's rows start with a
         // pipe (kramdown drops the empty cell before the first pipe then, as cmark does).
         size_t ws = out[i].find_first_not_of(" \t");
         out[i].replace(0, ws, out[i][ws] == '|' && !table_leading_pipe ? "\x01" : "");
      }
      if (in_list && !code_line && content[0] == '<' && content.compare(0, 4, "<!--") == 0 && (indent > item_indent || prev_para) &&
          indent < item_indent + 4) {
         // kramdown's comment block starts at the item's content column: an indented one is
         // paragraph text, and so is one right after the item's paragraph text (as outside lists).
         out[i].insert(indent, "\x01");
      }
      bool was_blank = prev_blank;
      prev_blank = false;
      bool in_footnote = footnote_text;  // indented lines below a footnote definition are its text
      if (indent < 4) footnote_text = footnote_definition_start(content);
      size_t spaces = line.find_first_not_of(' ');  // a lazy line starts with 0-3 spaces, no tab
      if (prev_code && !in_footnote && !was_blank && !in_list && spaces < 4 && line[spaces] != '\t' &&
          !lazy_code_stop(content)) {
         // kramdown's indented code block goes on with lazy lines, each joined to the line
         // above with a space.
         out[last_code_line] += ' ';
         out[last_code_line] += line;
         out[i].clear();
         result.ial_line[i + 1] = true;
         continue;
      }
      if (item_code && in_list && !was_blank && spaces == indent && indent < item_indent + 4 &&
          !is_list_start(content) && !lazy_code_stop(content)) {
         // The same in a list item: kramdown's item takes any line after a non-blank one (a lazy
         // line), and the item's code block joins it (without the indentation of the items
         // it reaches into).
         size_t strip = indent >= item_indent ? item_indent : 0;
         for (const ListLevel& level : bullets)
            if (level.content <= indent) strip = std::max(strip, level.content);
         out[last_item_code] += ' ';
         out[last_item_code] += line.substr(strip);
         out[i].clear();
         result.ial_line[i + 1] = true;
         continue;
      }
      item_code = in_list && indent >= item_indent + 4 && spaces == indent && (was_blank || item_code);
      if (item_code) last_item_code = i;
      int term_lines = was_blank ? (blank_run == 1 ? para_before_blank : 0) : para_lines;
      if (!in_list && term_lines > 0 && is_definition_start(line, 3)) {
         // A kramdown definition list: the paragraph's lines are its terms.
         size_t terms = i - static_cast<size_t>(term_lines) - (was_blank ? 1 : 0);
         std::vector<DefinitionItem> items;
         for (size_t k = terms; k < terms + static_cast<size_t>(term_lines); ++k)
            items.push_back({true, std::string(lines[k]), false, {}});
         // The paragraph's text is stripped at both ends: the first term's leading and the last
         // term's trailing whitespace go.
         std::string& first_term = items.front().content;
         first_term.erase(0, std::min(first_term.size(), first_term.find_first_not_of(" \t")));
         std::string& last_term = items.back().content;
         last_term.erase(last_term.find_last_not_of(" \t") + 1);
         size_t last = read_definitions(lines, i, was_blank, items);
         // Term groups separated by blank lines make one list.
         size_t from = terms;
         bool merge = last_definition_list >= 0 && last_definition_end + 1 < terms;
         for (size_t k = last_definition_end + 1; merge && k < terms; ++k) merge = is_blank(lines[k]);
         if (merge) {
            Region& region = result.regions[static_cast<size_t>(last_definition_list)];
            for (auto& item : items) region.definitions.push_back(std::move(item));
            from = last_definition_end;
         } else {
            Region region;
            region.kind = Region::Kind::definition_list;
            region.definitions = std::move(items);
            last_definition_list = static_cast<long>(result.regions.size());
            result.regions.push_back(std::move(region));
         }
         std::string id = std::string(region_marker) + std::to_string(last_definition_list);
         for (size_t k = from; k <= last; ++k) out[k].clear();
         if (!merge) out[from] = id;
         out[last] += "-->";
         last_definition_end = last;
         i = last;
         prev_para = false;
         para_lines = 0;
         continue;
      }
      // (A line left of the item's content keeps its indentation in kramdown's item: 0-3 spaces
      // start a list there, as outside lists.)
      if (prev_para && !was_blank && (indent <= 3 || (in_list && indent >= item_indent && indent <= item_indent + 3)) &&
          item_start) {
         // kramdown's GFM paragraphs end at any list start, also an empty item (the marker, then
         // only whitespace), cmark's only at `1.` and not at an empty item: the number is written
         // as a 1 of the same width (kramdown's <ol> has no start), an empty item gets "\x01"
         // (no text) for cmark.
         if (content[0] >= '0' && content[0] <= '9') {
            size_t at = out[i].find_first_not_of(' ');
            size_t end = out[i].find('.', at);
            out[i].replace(at, end - at, std::string(end - at - 1, '0') + "1");
         }
         // (`- ` would be a setext underline to both, but not in a list item, where kramdown's
         // list reads a list start first.)
         if ((content[0] != '-' || in_list) && is_blank(content.substr(content.find_first_of(" \t")))) out[i] += '\x01';
      }
      if (in_list && !is_blank(line)) {
         // kramdown's ATX header starts at its container's first column: one indented into a
         // list item's content, or a lazy one indented less than the content, is paragraph text.
         size_t column = 0, at = 0;
         for (; at < line.size() && (line[at] == ' ' || line[at] == '\t'); ++at) column = line[at] == '\t' ? column + 4 - column % 4 : column + 1;
         std::string_view text = line.substr(at);
         size_t hashes = text.find_first_not_of('#');
         bool misplaced = (column > item_indent && column < item_indent + 4) ||
                          (!was_blank && column > 0 && column < item_indent);
         if (misplaced && hashes >= 1 && hashes <= 6 &&
             (hashes == std::string_view::npos || text[hashes] == ' ' || text[hashes] == '\t'))
            out[i].insert(out[i].size() - text.size(), "\x01");
      }
      if (in_list && prev_para && !was_blank && indent > 0 && content[0] == '\t') {
         // kramdown's list start allows spaces only before its marker (OPT_SPACE): after the
         // item's indentation is removed, a tab left after spaces makes the line paragraph text
         // (cmark's tab stop would make it a nested item).
         std::string_view rest = content.substr(content.find_first_not_of(" \t"));
         if (is_list_start(rest)) out[i].insert(out[i].size() - rest.size(), "\x01");
      }
      if (in_list && (was_blank || (item_start && indent <= 3))) item_para_first = i;
      if (in_list && prev_para && !was_blank && indent >= item_indent && indent < item_indent + 4 &&
          (i >= item_para_first + 2 || indent > item_indent) && !is_list_start(content)) {
         // kramdown's setext underline follows a one-line paragraph and starts in its item's
         // content column: under more lines of an item's paragraph, or indented past that
         // column, it is text (cmark's would make them a header).
         std::string_view t = trim(content);
         if (!t.empty() && (t[0] == '-' || t[0] == '=') && t.find_first_not_of(t[0]) == std::string_view::npos)
            out[i].insert(indent, "\x01");
      }
      if (in_list && prev_para && !was_blank && i > 0 && indent < item_indent && !is_list_start(content)) {
         // A lazy line of a list item that cmark would read as a rule or setext underline ending
         // the item: to kramdown it is the item's paragraph text, or after the item's line alone
         // a setext underline (`---`, `===`) of the item that line started (a nested one too).
         std::string_view t = trim(content);
         bool underline = !t.empty() && (t[0] == '-' || t[0] == '=') && t.find_first_not_of(t[0]) == std::string_view::npos;
         if (underline && is_list_start(trim(lines[i - 1]))) {
            // (The header it makes takes the lazy lines after it, as one moved there does.)
            lazy_header_column = innermost > item_indent ? innermost : item_indent;
            indent_to(out[i], lazy_header_column, indent);
            item_lazy_header = true;
         }
         else if (underline || is_rule(content)) out[i].insert(indent, "\x01");
      }
      if (!shift && in_list && !was_blank && indent < item_indent && indent <= 3 && content[0] == '<' &&
          ends_lazy_text(line) && !html_block_opens(src, offsets[i] + indent)) {
         // A tag-like line kramdown's HTML block does not take (`<https://...>`) is no lazy line
         // of a list item (LAZY_END): the list ends, and the line starts a paragraph, where
         // cmark's item would go on with it. Its lines stand for it, converted as a document.
         // (Such a line after paragraph text is text of that paragraph too: kramdown ends the
         // paragraph at it, then joins it to the paragraph, trailing whitespace dropped and a
         // line break kept as two spaces.)
         auto new_paragraph = [&](size_t k) {
            size_t n = indent_of(lines[k]);
            return !is_blank(lines[k]) && n <= 3 && lines[k][n] == '<' && ends_lazy_text(lines[k]) &&
                   !html_block_opens(src, offsets[k] + n);
         };
         size_t last = i;
         while (last + 1 < lines.size() && (!ends_kramdown_paragraph(lines[last + 1]) || new_paragraph(last + 1))) ++last;
         Region document;
         document.kind = Region::Kind::document;
         for (size_t k = i; k <= last; ++k) {
            std::string_view l = lines[k];
            if (k < last && new_paragraph(k + 1)) {
               bool line_break = l.size() >= 2 && l.substr(l.size() - 2) == "  ";
               l = l.substr(0, l.find_last_not_of(" \t") + 1);
               document.content.append(l).append(line_break ? "  \n" : "\n");
            } else {
               document.content.append(l).append("\n");
            }
         }
         mark_region(out, i, last, result.regions.size());
         result.regions.push_back(std::move(document));
         i = last;
         in_list = false;
         prev_para = false;
         para_lines = 0;
         continue;
      }
      if (!shift && in_list && i > 0 && content[0] == '>' && indent < item_indent + 4 &&
          (indent >= item_indent ? indent - item_indent <= 3 : !was_blank) &&
          (bullets.empty() || bullets.back().content <= item_indent)) {
         // A block quote in a list item's text takes the lazy lines after it (a header, a rule,
         // a fence: anything up to kramdown's LAZY_END or a list start), where cmark's quote
         // takes only paragraph text. Such a quote is converted as a document of its own.
         std::string quoted;
         if (size_t last = item_quote(lines, i, item_indent, quoted)) {
            Region region;
            region.kind = Region::Kind::blockquote;
            region.content = std::move(quoted);
            out[i] = std::string(item_indent + item_shift, ' ') + std::string(region_marker) + std::to_string(result.regions.size());
            for (size_t k = i + 1; k <= last; ++k) out[k].clear();
            out[last] += std::string(item_indent + item_shift, ' ') + "-->";
            result.regions.push_back(std::move(region));
            i = last;
            prev_para = false;
            para_lines = 0;
            continue;
         }
      }
      if (!shift && in_list && !was_blank && i > 0 && indent == 0 && gfm_atx_header(content)) {
         // A header right after a list item's line is a lazy line of the item to kramdown, which
         // parses it as a block of the item; cmark's header would end the list.
         lazy_header_column = innermost > item_indent ? innermost : item_indent + item_shift;
         out[i].insert(0, lazy_header_column, ' ');
         item_lazy_header = true;
      } else if (!shift && in_list && !was_blank && i > 0 && indent < item_indent && content[0] == '>') {
         // So is a block quote line: the quote starts or goes on in the item, where cmark's
         // quote would end the list.
         indent_to(out[i], item_indent + item_shift, indent);
      } else if (!shift && in_list && i > 0 && indent < item_indent && !is_blank(line) && !is_list_start(content) &&
          !lazy_code_stop(content) && (after_item_fence || after_item_header || item_header_line(lines[i - 1], item_indent))) {
         // kramdown's item goes on with any line that follows it (a lazy line), also after a
         // header or a fence, where cmark ends the list: the line is indented into the item
         // (after a header, into the one the header went to).
         size_t column = after_item_header ? lazy_header_column : item_indent + item_shift;
         indent_to(out[i], column, indent);
      }
      bool other_kind_of_nested = nested_item_text && bullets.size() > 1 && bullets.back().marker > 3 &&
                                  indent >= bullets.back().marker && indent < bullets.back().content &&
                                  (content[0] >= '0' && content[0] <= '9') != (bullets.back().bullet == 0);
      if (!shift && !outer_item && in_list && !was_blank && !blank_in_item && is_list_start(content) &&
          ((indent >= item_marker && indent < item_indent && (content[0] >= '0' && content[0] <= '9') != item_ordered) ||
           other_kind_of_nested)) {
         // A list of the other kind right after an item's line, indented less than the item's content
         // (even at its marker's column): kramdown reads it as a lazy line of the item, so a list
         // nested in it; cmark would close the item. (After a blank line in the item, a line
         // left of its content has ended it.) So is one in a nested item's text.
         size_t content_column = other_kind_of_nested ? bullets.back().content : item_indent;
         shift = content_column - indent;
         shift_ordered = content[0] >= '0' && content[0] <= '9';
         shift_base = indent;
         shift_outer = content_column;
         shift_content = list_content_indent(line);
         out[i].insert(0, shift, ' ');
      }
      if ((indent <= 3 || (in_list && indent < std::max(item_indent, innermost) + 4)) && is_paren_list_start(content)) {
         // kramdown knows no `1)` list markers: the line is paragraph text (in a list item too).
         out[i].insert(indent, "\x01");
         prev_para = true;
         para_lines = in_list ? 0 : para_lines + 1;
         continue;
      }
      if (para_lines > 0 && !in_list && indent <= 3) {
         // kramdown's setext underline must follow a one-line paragraph in column 0 after a block
         // boundary (a blank line, an IAL), and `***` or `___` do not end a paragraph: such
         // lines are paragraph text.
         std::string_view t = trim(line);
         bool underline = t.find_first_not_of("=-") == std::string_view::npos;
         // (Any rule but one starting a list item: `--- -` too, which is no underline.)
         bool rule = !underline && is_rule(content) && !is_list_start(content);
         if ((underline && (indent > 0 || para_lines >= 2 || !para_after_boundary)) || rule) {
            out[i].insert(indent, "\x01");
            ++para_lines;
            continue;
         }
      }
      // (kramdown's code block may follow an HTML block's end line or an ATX header.)
      bool header_above = i > 0 && gfm_atx_header(lines[i - 1]) && !is_blank(lines[i - 1].substr(lines[i - 1].find_first_not_of('#')));
      if ((prev_code || ((was_blank || html_above || header_above) && !in_list)) && code_indent && !prev_para) {
         prev_code = true;
         last_code_line = i;
         continue;
      }
      prev_code = false;
      if (item_start) {
         same_list_bullet(out[i], indent, in_list, bullets);
         narrowed_gap = indent <= 3 && narrow_marker_gap(out[i]);
         // kramdown knows no `1)` list markers: an item's text starting so is text.
         size_t text = list_content_indent(out[i]);
         if (text < out[i].size() && is_paren_list_start(std::string_view(out[i]).substr(text)))
            out[i].insert(text, "\x01");
         // A span element's tag opening the item's text starts a paragraph to kramdown, an
         // HTML block to cmark.
         HtmlTag tag;
         if (text < out[i].size() && out[i][text] == '<' && parse_start_tag(out[i], text, tag) && is_span_element(tag.name))
            out[i].insert(text, "\x01");
         size_t at = out[i].find_first_not_of(' ');
         if (shift && indent == shift_base) shifted_bullet = out[i][at];
         if (split_bullet && out[i][at] == split_bullet) {
            out[i][at] = bullets.back().bullet = split_bullet == '*' ? '-' : '*';
         }
      }
      // An item nested in the outermost one whose text opens with a block element's tag (as
      // for the outermost items below).
      if (size_t last; item_start && in_list && !shift && indent > 3 && indent < item_indent + 4 &&
                       block_tag_item(lines, out, i, out[i], list_content_indent(line), result.regions, last)) {
         i = last;
         prev_para = false;
         para_lines = 0;
         continue;
      }
      if (item_start) item_split = nested_item_text = indent > 3;  // a new item (one nested deeper is not followed)
      if (item_start && indent > 3 && in_list && item_line_table(out, lines, i, result.regions)) {
         prev_para = true;  // (as after a first-level item's table line)
         continue;
      }
      if (item_start && indent <= 3) {
         if (!in_list) innermost = item_text_column(content, indent);  // (the list's first item)
         in_list = true;
         prev_para = true;
      } else if (indent == 0 && was_blank && line[0] != '\t') {  // (a tab indents into the item)
         in_list = false;
      }
      if (item_start && indent <= 3) {
         blank_in_item = false;
         // (Past a narrowed gap cmark's item text starts four columns after the marker.)
         item_indent = list_content_indent(line) + (narrowed_gap ? 3 : 0);
         item_shift = shift && indent >= shift_base ? shift : 0;
         item_marker = indent;
         item_ordered = content[0] >= '0' && content[0] <= '9';
         size_t marker_cols = indent + (item_ordered ? content.find('.') : 0) + 1;
         if (!shift && i + 1 < lines.size() && is_blank(line.substr(marker_cols)) && !is_blank(lines[i + 1]) &&
             out[i + 1] == lines[i + 1]) {
            // An item with nothing after its marker takes the line below as a lazy line of its
            // text (kramdown), where cmark's empty item ends at a line left of its content.
            std::string_view next = lines[i + 1].substr(indent_of(lines[i + 1]));
            char mark;
            if (indent_of(lines[i + 1]) <= marker_cols && !is_list_start(next) && !lazy_code_stop(next) &&
                next[0] != '#' && next[0] != '>' && next[0] != '\t' && !fence_length(next, mark))
               indent_to(out[i + 1], marker_cols + 1, indent_of(lines[i + 1]));
         }
         if (item_line_table(out, lines, i, result.regions)) continue;
         size_t marker_end = std::min(item_indent, line.size());
         std::string item;
         if (size_t last = item_with_definition_list(lines, i, item_indent, item)) {
            // kramdown parses an item's text as a document of its own, so a definition list
            // in it is one; the item's lines stand for it.
            Region document;
            document.kind = Region::Kind::document;
            document.content = std::move(item);
            out[i] = std::string(line.substr(0, marker_end)) + std::string(region_marker) +
                     std::to_string(result.regions.size());
            for (size_t k = i + 1; k < last; ++k) out[k].clear();
            out[last] = std::string(item_indent, ' ') + "-->";
            result.regions.push_back(std::move(document));
            i = last;
            prev_para = false;
            para_lines = 0;
            continue;
         }
         if (size_t last; block_tag_item(lines, out, i, line, item_indent, result.regions, last)) {
            i = last;
            prev_para = false;
            para_lines = 0;
            continue;
         }
      }
      if (in_list && indent > 0) {
         // A block IAL in a list item: for the item's block above it (or below, after a blank).
         std::string_view inner;
         bool is_ald = false;
         if (block_ial(content, inner, is_ald) && !is_ald) {
            BlockIal ial{static_cast<int>(i + 1), was_blank, {}, indent};
            parse_attribute_list(inner, ial.list);
            result.ials.push_back(std::move(ial));
            out[i].clear();
            result.ial_line[i + 1] = true;
            prev_para = false;
            para_lines = 0;
            continue;
         }
      }
      if (in_list && was_blank && indent >= item_indent && indent < item_indent + 4 && content[0] != '<' &&
          content.find('|') != std::string_view::npos && !is_list_start(content)) {
         if (size_t last = item_kramdown_table(lines, i, item_indent, result.regions)) {
            // kramdown's own table syntax in a list item (cmark knows GFM tables only): a region
            // marker indented into the item.
            out[i] = std::string(item_indent, ' ') + std::string(region_marker) + std::to_string(result.regions.size() - 1);
            for (size_t k = i + 1; k <= last; ++k) out[k].clear();
            out[last] += std::string(item_indent, ' ') + "-->";
            i = last;
            prev_para = false;
            para_lines = 0;
            continue;
         }
      }
      // (After a blank line the line is in the deepest item it is indented into: `innermost`.)
      if (in_list && indent >= item_indent && indent < item_indent + 4 && content[0] == '<' &&
          (bullets.empty() || bullets.back().content <= item_indent || (was_blank && innermost <= item_indent))) {
         HtmlTag tag;
         bool parsed = parse_start_tag(src, offsets[i] + indent, tag);
         // (A <script> tag does not end kramdown's paragraph: text there, as outside lists.)
         bool script_text = parsed && prev_para && tag.name == "script";
         if (script_text) out[i].insert(indent, "\x01");
         if (parsed && !script_text && !is_span_element(tag.name)) {
            // An HTML block in a list item: kramdown parses the item's text as a document of
            // its own, its elements read to their end tags over blank lines as at the top level
            // (cmark's HTML block would end at a blank line). The rest of the item stands for it.
            Region document;
            document.kind = Region::Kind::document;
            size_t last = item_rest(lines, i, item_indent, document.content);
            out[i] = std::string(item_indent, ' ') + std::string(region_marker) + std::to_string(result.regions.size());
            for (size_t k = i + 1; k <= last; ++k) out[k].clear();
            out[last] += std::string(item_indent, ' ') + "-->";
            result.regions.push_back(std::move(document));
            i = last;
            prev_para = false;
            para_lines = 0;
            continue;
         }
         // A span element's tag starting a block of the item: kramdown's paragraph, cmark's
         // HTML block (a tag alone on its line), as at the top level.
         if (parsed && !prev_para && is_span_element(tag.name)) out[i].insert(indent, "\x01");
      } else if (in_list && prev_para && indent > 0 && indent < item_indent && content[0] == '<') {
         // A lazy line of the item's text: a span element's tag (or <script>) goes on with it in
         // kramdown; cmark's HTML block would start at a tag alone on the line.
         HtmlTag tag;
         if (parse_start_tag(src, offsets[i] + indent, tag) && (is_span_element(tag.name) || tag.name == "script"))
            out[i].insert(indent, "\x01");
      }
      bool eligible = indent <= 3 && (!in_list || indent == 0) && !is_list_start(content);
      if (eligible && indent == 0 && trim(line) == "^") {
         // kramdown's end-of-block marker: it ends a paragraph, code block or list, and is no text.
         Region region;
         region.kind = Region::Kind::end_of_block;
         mark_region(out, i, i, result.regions.size());
         result.regions.push_back(std::move(region));
         in_list = false;
         prev_para = false;
         para_lines = 0;
         continue;
      }
      if (eligible && !in_list && content[0] == '>' && !table_row &&
          (quote_read_end == std::string_view::npos || i > quote_read_end)) {
         // kramdown reads a block quote up to a blank line and parses its content, `> ` taken
         // off, as a document of its own. Done here when that content has kramdown's own
         // syntax (IALs, `markdown` attributes), which cmark's quote would not see, or lines
         // without `>`, which cmark may read as blocks after the quote (`---`, a list).
         size_t last = i;
         while (last + 1 < lines.size() && !ends_lazy_text(lines[last + 1])) ++last;
         std::string quoted;
         bool lazy = false;  // a line without `>`, which kramdown parses as quoted text too
         // A list start right after quoted text (which kramdown's paragraph ends at, cmark's
         // not at every one: `2. x`, an empty item).
         bool list_after_text = false;
         bool text_above = false;
         // A tab right after `>`: kramdown's quoted line starts with it (code), cmark's takes
         // a column of it as the marker's space.
         bool tab_after_marker = false;
         for (size_t k = i; k <= last; ++k) {
            std::string_view l = lines[k];
            size_t n = indent_of(l);
            if (n <= 3 && n < l.size() && l[n] == '>') {
               l.remove_prefix(n + 1);
               if (!l.empty() && l[0] == ' ') l.remove_prefix(1);
            } else {
               lazy = true;
            }
            tab_after_marker = tab_after_marker || (!l.empty() && l[0] == '\t');
            size_t m = indent_of(l);
            bool list = m <= 3 && m < l.size() && is_list_start(l.substr(m));
            list_after_text = list_after_text || (list && text_above);
            text_above = !is_blank(l) && !list;
            quoted.append(l);
            quoted += '\n';
         }
         // A tag-like line right after it that kramdown's HTML block does not take (`<https://...>`)
         // ends the quote (LAZY_END), where cmark's quote goes on with it.
         bool tag_like_after = false;
         if (last + 1 < lines.size() && !is_blank(lines[last + 1])) {
            size_t n = indent_of(lines[last + 1]);
            tag_like_after = n <= 3 && lines[last + 1][n] == '<' && !html_block_opens(src, offsets[last + 1] + n);
         }
         if (lazy || list_after_text || tab_after_marker || tag_like_after || quoted.find("{:") != std::string::npos ||
             quoted.find("markdown=") != std::string::npos || holds_kramdown_table(quoted) || holds_math_block(quoted) ||
             holds_html_block(quoted) || holds_unclosed_fence(quoted)) {
            Region region;
            region.kind = Region::Kind::blockquote;
            region.content = std::move(quoted);
            size_t n = result.regions.size();
            result.regions.push_back(std::move(region));
            mark_region(out, i, last, n);
            i = last;
            prev_para = false;
            para_lines = 0;
            continue;
         }
         // Read from a line further down, the quote's rest would need no region either (each
         // condition holds for a part of the lines when it holds for none of them): not read
         // again for each of its lines, which was quadratic in the quote's length.
         quote_read_end = last;
      }
      if (eligible) {
         std::string_view inner;
         bool is_ald = false;
         std::string_view t = trim(content);
         if (t[0] == '{' && (t == "{::comment}" || t == "{::nomarkdown}")) {
            // kramdown's comment and nomarkdown extensions: up to `{:/name}` or `{:/}`, the
            // lines are an HTML comment or output as written.
            bool comment = t == "{::comment}";
            std::string stop = comment ? "{:/comment}" : "{:/nomarkdown}";
            size_t last = i + 1;
            while (last < lines.size() && trim(lines[last]) != stop && trim(lines[last]) != "{:/}") ++last;
            if (last < lines.size()) {
               std::string body;
               for (size_t k = i + 1; k < last; ++k) {
                  if (k > i + 1) body += '\n';
                  body.append(lines[k]);
               }
               Region region;
               region.kind = Region::Kind::html;
               region.html = comment ? "<!-- " + body + " -->" : std::move(body);
               size_t n = result.regions.size();
               result.regions.push_back(std::move(region));
               out[i] = std::string(region_marker) + std::to_string(n);
               for (size_t k = i + 1; k < last; ++k) out[k].clear();
               out[last] = "-->";
               i = last;
               prev_para = false;
               para_lines = 0;
               continue;
            }
         }
         if (t[0] == '*' && t.substr(0, 2) == "*[" && content.substr(0, 2) == "*[") {
            size_t close = content.find("]:", 3);
            if (close != std::string_view::npos) {
               // An abbreviation definition: it leaves no output.
               result.abbreviations.emplace_back(std::string(content.substr(2, close - 2)),
                                                 std::string(trim(content.substr(close + 2))));
               out[i].clear();
               result.ial_line[i + 1] = true;
               prev_para = false;
               para_lines = 0;
               continue;
            }
         }
         std::optional<std::pair<std::string, size_t>> options;
         if (t[0] == '{' && (options = options_extension(lines, i))) {
            // kramdown's options extension: settings for the rest of the document.
            AttributeList list;
            parse_attribute_list(options->first, list);
            for (auto& option : list.attributes) {
               if (option.first == "parse_block_html") {
                  // kramdown's boolean: anything but "false" (any case, stripped) or "" is true
                  std::string value(trim(option.second));
                  for (char& ch : value) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                  parse_block_html = !option.second.empty() && value != "false";
                  result.parse_block_html_from.emplace_back(result.regions.size(), parse_block_html);
               }
               result.inline_options.push_back(std::move(option));
            }
            for (; i < options->second; ++i) {
               out[i].clear();
               result.ial_line[i + 1] = true;
            }
            out[i].clear();
            result.ial_line[i + 1] = true;
            prev_para = false;
            para_lines = 0;
            continue;
         }
         if (block_ial(content, inner, is_ald)) {
            if (!is_ald) {
               BlockIal ial{static_cast<int>(i + 1), was_blank, {}};
               parse_attribute_list(inner, ial.list);
               result.ials.push_back(std::move(ial));
               if (in_list && !was_blank) {
                  // Right after a list item's text it ends the list (no lazy line of the item)
                  // and applies to it; a list after it is another one, whatever its bullet.
                  // It stands in cmark's text as a block that writes nothing (`^`'s).
                  Region region;
                  region.kind = Region::Kind::end_of_block;
                  mark_region(out, i, i, result.regions.size());
                  result.regions.push_back(std::move(region));
                  result.ial_line[i + 1] = true;
                  in_list = false;
                  prev_para = false;
                  para_lines = 0;
                  continue;
               }
            } else {
               size_t colon = inner.find(':');
               AttributeList ald;
               parse_attribute_list(inner.substr(colon + 1), ald);
               result.alds.emplace_back(std::string(inner.substr(0, colon)), std::move(ald));
            }
            out[i].clear();
            result.ial_line[i + 1] = true;
            prev_para = false;
            para_lines = 0;
            continue;
         }
         size_t pos = offsets[i] + indent;
         size_t end = 0;
         Region region;
         bool gfm_delimited = i + 1 < lines.size() && lines[i + 1].find('-') != std::string_view::npos &&
                              lines[i + 1].find_first_not_of("|:- \t\r") == std::string_view::npos;
         bool after_ial = !result.ials.empty() && result.ials.back().line == static_cast<int>(i);
         // kramdown tries a math block before a table.
         if ((was_blank || i == 0) && !block_above && content[0] == '$' && content.substr(0, 2) == "$$") {
            size_t close = src.find("$$", pos + 2);
            if (close != std::string_view::npos) {
               size_t after = close + 2;
               size_t eol = src.find('\n', after);
               if (eol == std::string_view::npos) eol = src.size();
               size_t next = eol + 1;
               size_t next_eol = next < src.size() ? src.find('\n', next) : src.size();
               if (next_eol == std::string_view::npos) next_eol = src.size();
               if (is_blank(src.substr(after, eol - after)) &&
                   (next >= src.size() || is_blank(src.substr(next, next_eol - next)))) {
                  region.kind = Region::Kind::math;
                  region.html = "\\[";
                  append_escaped_code(region.html, trim(src.substr(pos + 2, close - pos - 2)));
                  region.html += "\\]";
                  end = eol;
               }
            }
         }
         // (kramdown tries an ATX header and a block quote before a table.)
         if (!end && (((was_blank || i == 0) && !block_above) || after_ial) && !html_block_start(src, pos) &&
             !(indent == 0 && gfm_atx_header(content)) && content[0] != '>' &&
             (!gfm_delimited || has_section_lines(lines, i + 2) || !gfm_delimiter_row_fits(lines[i], lines[i + 1]) ||
              gfm_rows_wider(lines, i))) {
            // kramdown's table syntax without a GFM delimiter row, or with more separator lines,
            // or with a delimiter row of another number of cells, or rows wider than the header
            // (cmark takes the plain GFM ones).
            region.kind = Region::Kind::table;
            if (size_t n = parse_kramdown_table(lines, i, region.table)) {
               size_t last = i + n - 1;
               end = offsets[last] + lines[last].size();
            }
         }
         if (end) {
         } else if (content.substr(0, 4) == "<!--" && (prev_para || indent > 0)) {
            // kramdown reads a comment that follows paragraph text as part of the paragraph, and
            // an indented one as paragraph text (its comment block starts in column 0).
            out[i].insert(indent, "\x01");
         } else if (content.substr(0, 4) == "<!--") {
            // A comment block: its lines are no markdown, whatever they look like.
            size_t close = src.find("-->", pos + 4);
            size_t stop = close == std::string_view::npos ? src.size() : close;
            size_t after = stop == src.size() ? stop : stop + 3;
            size_t eol = std::min(src.find('\n', after), src.size());
            if (after < src.size() && !is_blank(src.substr(after, eol - after))) {
               // Text after the comment on its line: a paragraph of its own.
               // (kramdown goes on with blocks there: a comment or the tag of a block element
               // starts one, which the tail holds to its end.)
               std::string_view rest = src.substr(after, eol - after);
               size_t at = after + std::min(rest.find_first_not_of(" \t"), rest.size());
               size_t reach = 0;
               HtmlTag next;
               if (src.compare(at, 4, "<!--") == 0) {
                  reach = std::min(src.find("-->", at + 4), src.size());
               } else if (ends_paragraph_at_tag(rest) && parse_start_tag(src, at, next) && !next.self_closed) {
                  std::string ignored;
                  reach = append_raw_element(ignored, src, at, next);
               }
               end = paragraph_tail(src, lines, offsets, i, after, reach == 0, region.tail, reach);
               region.kind = Region::Kind::html;
               region.html = region.source = src.substr(pos, after - pos);
               size_t last = i;
               while (last + 1 < lines.size() && offsets[last + 1] <= end) ++last;
               size_t n = result.regions.size();
               result.regions.push_back(std::move(region));
               mark_region(out, i, last, n);
               i = last;
               prev_para = false;
               para_lines = 0;
               continue;
            }
            while (i + 1 < lines.size() && offsets[i + 1] <= stop) ++i;
            prev_para = false;
            para_lines = 0;
            continue;
         } else if (content.size() > 1 && content[0] == '<') {
            HtmlTag tag;
            if (!parse_start_tag(src, pos, tag)) {
               // Not a start tag to kramdown (an end tag, `<!DOCTYPE`, `<?php`, a broken tag):
               // paragraph text, which cmark would read as an HTML block.
               out[i].insert(indent, "\x01");
            } else {
               // (A <script> tag does not end kramdown's paragraph either: paragraph text there.)
               if (is_span_element(tag.name) || (tag.name == "script" && prev_para)) {
                  // (A lazy line of a list item too: cmark would start an HTML block there.)
                  // (At the tag: a lazy line of a list item may have been moved right already.)
                  if (!prev_para || (in_list && indent < item_indent) || tag.name == "script")
                     out[i].insert(out[i].size() - content.size(), "\x01");
               } else {
                  // kramdown reads a <script> or <style> body to its end tag (or the document's
                  // end), written `<x/>` or not.
                  if (tag.name == "script" || tag.name == "style") tag.self_closed = false;
                  char model = take_markdown_attribute(tag, parse_block_html ? content_model(tag.name) : 'r');
                  std::string html;
                  size_t close = std::string_view::npos;
                  size_t stop = model == 'b' && !tag.self_closed
                                    ? block_element_end(src, lines, offsets, i, pos, tag, close)
                                    : std::string_view::npos;
                  if (stop == std::string_view::npos) stop = append_raw_element(html, src, pos, tag);
                  size_t eol = src.find('\n', stop);
                  if (eol == std::string_view::npos) eol = src.size();
                  // Further raw elements may follow on the same line; each is its own block.
                  HtmlTag next;
                  std::string last_name = tag.name;  // of the line's last element
                  bool last_closed = tag.self_closed || is_void_element(tag.name);
                  for (size_t lt = stop; model == 'r' && !tag.self_closed && lt < eol; lt = stop) {
                     while (lt < eol && (src[lt] == ' ' || src[lt] == '\t')) ++lt;  // (spaces between)
                     if (lt >= eol || src[lt] != '<' || !parse_start_tag(src, lt, next) || is_span_element(next.name) ||
                         std::any_of(next.attributes.begin(), next.attributes.end(),
                                     [](const auto& a) { return a.first == "markdown"; }))
                        break;
                     html += '\n';
                     stop = append_raw_element(html, src, lt, next);
                     eol = src.find('\n', stop);
                     if (eol == std::string_view::npos) eol = src.size();
                     last_name = next.name;
                     last_closed = next.self_closed || is_void_element(next.name);
                  }
                  if (model == 'r' && !tag.self_closed && !is_blank(src.substr(stop, eol - stop))) {
                     end = paragraph_tail(src, lines, offsets, i, stop, false, region.tail);
                     region.kind = Region::Kind::html;
                     region.html = std::move(html);
                     region.source = src.substr(pos, stop - pos);
                     region.nested_markdown = region.source.find("markdown=") != std::string::npos;
                  } else if (is_blank(src.substr(stop, eol - stop))) {
                     end = eol;
                     if (model == 'r' || tag.self_closed) {
                        region.kind = Region::Kind::html;
                        region.html = std::move(html);
                        region.source = src.substr(pos, stop - pos);
                        region.nested_markdown = region.source.find("markdown=") != std::string::npos;
                        // kramdown leaves the newline after </script> or </style>, or after an
                        // element without a body (`<hr>`, `<x />`), to be read as a blank line.
                        // (Without an end tag the body took the rest of the document.)
                        region.blank_after = ((last_name == "script" || last_name == "style") && stop < src.size()) || last_closed;
                     } else {
                        region.kind = Region::Kind::markdown_html;
                        size_t body = pos + tag.length;
                        if (close == std::string_view::npos) close = src.rfind("</", stop);  // (read raw)
                        region.content.assign(src.substr(body, close > body ? close - body : 0));
                        region.model = model;
                        region.tag = std::move(tag);
                     }
                  }
               }
            }
         } else if (content[0] == '#' &&
                    (indent > 0 || is_blank(content.substr(std::min(content.size(), content.find_first_not_of('#')))))) {
            // kramdown's ATX headers start in column 0 and want a space after the `#`s: an
            // indented one, or `#` alone, is paragraph text.
            out[i].insert(indent, "\x01");
         }
         if (end) {
            size_t last = i;
            while (last + 1 < lines.size() && offsets[last + 1] <= end) ++last;
            size_t n = result.regions.size();
            result.regions.push_back(std::move(region));
            mark_region(out, i, last, n);
            i = last;
            prev_para = false;
            para_lines = 0;
            after_html = true;
            continue;
         }
      }
      // kramdown's footnote definition ends another one's text but does not interrupt a paragraph.
      bool footnote_start = content.size() > 3 && footnote_definition_start(content);
      if (footnote_start && prev_para && !footnote_para) out[i].insert(indent, "\x01");
      if (footnote_start || !prev_para) footnote_para = footnote_start && (!prev_para || footnote_para);
      if (is_list_start(content) && definition_as_written(out[i])) {  // an item's first line
         size_t open = content.find_first_not_of(" \t*+-0123456789.");
         size_t close = content.find("]:", open);
         // a line of marker characters only (`- 1.`) has no label: open is npos
         if (open != std::string_view::npos && open + 1 < content.size() && content[open] == '[' &&
             content[open + 1] != '^' && close != std::string_view::npos &&
             content.find(']', open) == close && !is_blank(content.substr(close + 2)))
            item_definitions.emplace_back(i, normalized_label(content.substr(open + 1, close - open - 1)));
      }
      if (!prev_para && content.size() > 3 && content[0] == '[' && content[1] != '^') {
         size_t close = content.find("]:");
         if (close != std::string_view::npos && content.find(']') == close) {
            if (!is_blank(content.substr(close + 2)) && definition_as_written(out[i])) {
               definitions.emplace_back(i, normalized_label(content.substr(1, close - 1)));
               continue;  // prev_para stays false: definitions may follow one another
            }
            // kramdown wants the URL on the label's line (and no quote after a blank in it unless
            // a title ends the line): this is paragraph text.
            out[i].insert(out[i].find('['), "\x01");
         } else if (close != std::string_view::npos) {
            // A `]` before the `]:` (`[\[9\]]: url`, escaped or not) ends kramdown's label, which
            // no `:` follows: paragraph text, which cmark would read as a definition.
            out[i].insert(out[i].find('['), "\x01");
         }
      }
      if (indent == 0 && gfm_atx_header(content)) {
         // kramdown's header text is the line after the hashes, less a closing run of them after
         // a blank; cmark takes a text of hashes only as that closing run: escaped for cmark.
         std::string_view text = trim(content.substr(content.find_first_not_of('#')));
         if (!text.empty() && text.find_first_not_of('#') == std::string_view::npos)
            out[i].insert(out[i].size() - (content.size() - static_cast<size_t>(text.data() - content.data())), "\\");
      }
      // Inline math on this line, after any code spans and HTML tags before it (which keep their
      // `$$`: kramdown's span parsers take them whole first).
      auto math_start = [](const std::string& s, size_t from) {
         if (s.find("$$", from) == std::string::npos) return std::string::npos;
         // (Only a backtick, `<` or a `$` can stop the scan: the bytes between are skipped 16 at a time.)
         for (size_t k = from; (k = find_byte_of<false, '`', '$', '<'>(s, k)) + 1 < s.size(); ++k) {
            if (s[k] == '<') {
               HtmlTag tag;
               std::string name;
               size_t length = parse_start_tag(s, k, tag) ? tag.length : parse_end_tag(s, k, name);
               if (length) k += length - 1;
            } else if (s[k] == '`') {
               size_t run = 0;
               while (k + run < s.size() && s[k + run] == '`') ++run;
               size_t close = closing_backticks(s, k, run);
               // An escaped or unclosed run may belong to a span over lines: left alone.
               if (close == std::string::npos || (k > 0 && s[k - 1] == '\\')) return std::string::npos;
               k = close + run - 1;
            } else if (s[k] == '$' && s[k + 1] == '$') {
               return k;
            }
         }
         return std::string::npos;
      };
      size_t open = math_start(out[i], 0);
      while (open != std::string::npos) {
         size_t close = out[i].find("$$", open + 2);
         size_t pipe = open;  // (an escaped pipe cuts no cell)
         do pipe = out[i].find('|', pipe + 1);
         while (pipe != std::string::npos && out[i][pipe - 1] == '\\');
         if (gfm_table && (close == std::string::npos || pipe < close)) {
            // A table row is cut into cells first: math ends in its cell.
            open = math_start(out[i], open + 2);
            continue;
         }
         if (close == std::string::npos) {
            join_inline_math(out, lines, i, open, in_list ? item_indent : 0, result);
            break;
         }
         InlineToken math;
         math.html = "\\(";
         append_escaped_code(math.html, trim(std::string_view(out[i]).substr(open + 2, close - open - 2)));
         math.html += "\\)";
         math.source = out[i].substr(open, close + 2 - open);
         math.text = math.html;
         std::string token = "\x02" + std::to_string(result.inline_tokens.size()) + "\x03";
         result.inline_tokens.push_back(std::move(math));
         out[i].replace(open, close + 2 - open, token);
         open = math_start(out[i], open + token.size());
      }
      if (content[0] == '>' && quote_comment_after_text(lines, i)) out[i].insert(out[i].find("<!--"), "\x01");
      // A quote line's text indented four columns at the quote's start, after a blank quote line
      // or after such a line: kramdown's code block, as the quote's text is read as a document.
      // So are the lines of a fence in the quote, the fence lines too.
      bool quote_code = false;
      if (content[0] == '>') {
         std::string_view quoted = quote_text(line);
         bool block_start = i == 0 || quote_boundary_above || trim(lines[i - 1]).substr(0, 1) != ">";
         quote_code = block_start && !is_blank(quoted) && (indent_of(quoted) >= 4 || quoted[0] == '\t');
         char mark;
         size_t run = indent_of(quoted) <= 3 ? fence_length(trim(quoted), mark) : 0;
         if (quote_fence_len) {
            if (run && mark == quote_fence_char && closes_fence(trim(quoted), mark, quote_fence_len)) quote_fence_len = 0;
            quote_code = true;
         } else if (run && !quote_code) {
            quote_fence_len = run;
            quote_fence_char = mark;
            quote_code = true;
         }
         quote_boundary_above = quote_code || is_blank(quoted);
      } else {
         quote_fence_len = 0;
      }
      // A code span opened on a line above may go on here: that part is code, left as written.
      // (Only a line with a byte the steps below act on can differ.)
      size_t code_carry = backtick_above && find_byte_of<false, '`', '&', '<', '{', ']', '\\'>(out[i], 0) < out[i].size()
                              ? code_span_carry(lines, i, out[i])
                              : 0;
      if (!(in_list && columns >= item_indent + 4) && !quote_code && code_carry < out[i].size()) {
         std::string rest;
         if (code_carry) rest = out[i].substr(code_carry);
         std::string& text = code_carry ? rest : out[i];
         bool backtick = text.find('`') != std::string::npos;
         backtick_above = backtick_above || backtick || code_carry;
         if (backtick) {
            escape_unclosed_backticks(text, [&](size_t run) {  // on the paragraph's other lines
               for (size_t k = i; k-- > 0 && !is_blank(lines[k]);)
                  if (has_backtick_run(lines[k], run)) return true;
               for (size_t k = i + 1; k < lines.size() && !is_blank(lines[k]); ++k)
                  if (has_backtick_run(lines[k], run)) return true;
               return false;
            });
         }
         if (text.size() > 1 && text.back() == '\\' && code_spans_closed(text) && content[0] != '#') {
            // kramdown's line break `\\` before a newline comes before the escape: an even run
            // of backslashes ending a line gives half of them less one, then the break (cmark's
            // is one backslash; at a paragraph's end both read the run as escapes, so it stays,
            // its parity the renderer's to read after an item's text).
            size_t run = text.size() - text.find_last_not_of('\\') - 1;
            bool paragraph_goes_on = i + 1 < lines.size() && !ends_kramdown_paragraph(lines[i + 1]);
            if (run % 2 == 0 && paragraph_goes_on) text.pop_back();
         }
         escape_nested_links(text);
         size_t first_url = text.find("](");
         bool link = first_url != std::string::npos;
         bool last = i + 1 == lines.size() || is_blank(lines[i + 1]);
         if (raw_open_line + 1 != i) raw_open.clear();
         // A raw span element left open on paragraph text (not a code line, not a header) may go
         // on to the paragraph's next lines.
         bool tag = !last && text.find('<') != std::string::npos;
         bool open_url = link && url_left_open(text, first_url);
         bool continues = !last && (open_url || !raw_open.empty() || tag) && !ends_kramdown_paragraph(lines[i + 1]);
         bool may_open = tag && continues &&
                         (!was_blank || is_list_start(content) ||
                          (in_list ? indent >= item_indent && indent < item_indent + 4 : indent <= 3)) &&
                         !(indent == 0 && gfm_atx_header(content));
         // (a URL or a raw span element left open may go on to the paragraph's next line)
         std::string* next = continues && (open_url || !raw_open.empty() || may_open) ? &out[i + 1] : nullptr;
         last = last || (tag && !continues);  // (the paragraph's last line: an element left open closes)
         bool was_open = !raw_open.empty();
         tokenize_inline(text, result.inline_tokens, link && brackets.above(i), last, entities, next,
                         in_list ? item_indent : 0, may_open || was_open ? &raw_open : nullptr, gfm_table);
         raw_open_line = i;
         if (code_carry) out[i].replace(code_carry, std::string::npos, rest);
         if (out[i].find("] [") != std::string::npos) spaced_references.push_back(i);
         size_t end = out[i].size();
         while (end > 0 && (out[i][end - 1] == ' ' || out[i][end - 1] == '\t')) --end;
         if (end > 0 && out[i][end - 1] == ']') references_ending_lines.push_back(i);
         text_lines.push_back(i);
      }
      // An ATX header is a block of its own: what follows starts a new block.
      size_t hashes = indent == 0 ? content.find_first_not_of('#') : 0;
      // (kramdown's header needs text after the hashes: `#### ` alone is paragraph text.)
      prev_para = !(hashes >= 1 && hashes <= 6 && hashes < content.size() &&
                    (content[hashes] == ' ' || content[hashes] == '\t') && !is_blank(content.substr(hashes)));
      // So are a rule and a setext header (the rule-like lines kramdown reads as text went on
      // above): a comment or another rule after one starts a block.
      if (!in_list && indent <= 3 && !is_list_start(content) &&
          ((para_lines == 0 && is_rule(content)) ||
           (para_lines == 1 && indent == 0 && trim(content).find_first_not_of("=-") == std::string_view::npos)))
         prev_para = false;
      // (A line indented four or more goes on a paragraph as text.)
      bool paragraph_text = !in_list && (indent <= 3 || para_lines > 0) && prev_para && content[0] != '>' && !is_list_start(content) &&
                            !(para_lines == 0 && is_rule(content));
      para_lines = paragraph_text ? para_lines + 1 : 0;
      if (para_lines == 1) para_after_boundary = ((was_blank || i == 0) && !block_above) || result.ial_line[i];
   }
   // kramdown keeps the last of several definitions of one link label, cmark the first: the
   // earlier ones are hidden from cmark. A definition starting a list item counts too (read in
   // the document's order): one with a later definition of its label is hidden (its item left
   // empty), else the top-level ones before it are.
   std::vector<std::pair<size_t, std::string>> kept_items;  // the item definitions cmark reads
   {
      std::unordered_map<std::string_view, size_t> last;  // label: the line of its last definition
      for (const auto* list : {&definitions, &item_definitions})
         for (const auto& [line, label] : *list) last[label] = std::max(last[label], line);
      for (const auto& [line, label] : item_definitions)
         if (last[label] > line) {
            if (size_t at = out[line].find('['); at != std::string::npos) out[line].erase(at);
         }
         else kept_items.emplace_back(line, label);
      for (const auto& [line, label] : definitions)
         if (last[label] > line) {
            out[line].clear();
            result.ial_line[line + 1] = true;
         }
   }
   for (const auto& [line, label] : definitions) {
      result.definition_lines.emplace_back(static_cast<int>(line + 1), indent_of(lines[line]));
      if (!out[line].empty()) result.link_definitions.append(trim(out[line])).append("\n");
   }
   for (size_t line : hidden_definition_lines) {
      if (std::none_of(definitions.begin(), definitions.end(), [&](const auto& d) { return d.first == line; })) continue;
      result.moved_definitions.append(trim(out[line])).append("\n");
      out[line].clear();
      result.ial_line[line + 1] = true;
   }
   // (The labels references are looked up in include the list items'.)
   definitions.insert(definitions.end(), kept_items.begin(), kept_items.end());
   for (size_t i : spaced_references) join_spaced_reference(out[i], brackets, i, definitions);
   if (!definitions.empty())
      for (size_t i : references_ending_lines) join_reference_on_next_line(out, lines, brackets, i, definitions, result);
   if (src.find("[^") != std::string_view::npos) {
      size_t depth = 0, above = 0;  // the `[` the paragraph's lines above line `above` leave open
      for (size_t i : text_lines) {
         for (; above < i; ++above) depth = is_blank(lines[above]) ? 0 : bracket_depth(lines[above], depth);
         if (out[i].find("[^") == std::string::npos) continue;
         keep_undefined_footnote_markers(out[i], src, result.inline_tokens);
         escape_caret_brackets(out[i], depth > 0, result.inline_tokens);
      }
   }
   if (!definitions.empty())
      for (size_t i : text_lines)
         if (lines[i].find('\\') != std::string_view::npos) define_escaped_labels(lines[i], out, definitions, result.moved_definitions);
   size_t total = 0;
   for (const std::string& l : out) total += l.size() + 1;
   result.text.reserve(total);
   for (size_t i = 0; i < out.size(); ++i) {
      result.text += out[i];
      if (i + 1 < out.size() || final_newline) result.text += '\n';
   }
   return result;
}

}  // namespace jekyllpp::markdown
