#include "prepass.hpp"

#include <algorithm>

#include "escape.hpp"

namespace jekyllpp::markdown {
namespace {

bool is_blank(std::string_view line) {
   return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

size_t indent_of(std::string_view line) {
   size_t i = 0;
   while (i < line.size() && line[i] == ' ') ++i;
   return i;
}

std::string_view trim(std::string_view s) {
   size_t b = s.find_first_not_of(" \t\r\n");
   if (b == std::string_view::npos) return {};
   size_t e = s.find_last_not_of(" \t\r\n");
   return s.substr(b, e + 1 - b);
}

// The column where a list item's content starts (marker, then 1-4 spaces).
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
      return content.size() == 1 || content[1] == ' ' || content[1] == '\t';
   size_t i = 0;
   while (i < content.size() && content[i] >= '0' && content[i] <= '9') ++i;
   return i > 0 && i < content.size() && content[i] == '.' &&
          (i + 1 == content.size() || content[i + 1] == ' ' || content[i + 1] == '\t');
}

// A fence opener: its character and length, or 0.
size_t fence_length(std::string_view content, char& ch) {
   if (content.size() < 3 || (content[0] != '`' && content[0] != '~')) return 0;
   ch = content[0];
   size_t n = 0;
   while (n < content.size() && content[n] == ch) ++n;
   return n >= 3 ? n : 0;
}

bool is_word_char(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          static_cast<unsigned char>(c) >= 0x80;
}

// `{:...}` alone on a line (IAL_BLOCK_START), or an ALD `{:name: ...}`; sets `inner`.
bool block_ial(std::string_view content, std::string_view& inner, bool& is_ald) {
   std::string_view t = trim(content);
   if (t.size() < 3 || t.substr(0, 2) != "{:" || t.back() != '}') return false;
   if (t[2] == ':' || t[2] == '/') return false;
   inner = t.substr(2, t.size() - 3);
   if (inner.find('}') != std::string_view::npos) return false;
   size_t i = 0;
   while (i < inner.size() && (is_word_char(inner[i]) || inner[i] == '-')) ++i;
   is_ald = i > 0 && i < inner.size() && inner[i] == ':' && is_word_char(inner[0]);
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

}  // namespace

void parse_attribute_list(std::string_view text, AttributeList& list) {
   auto add = [&](const std::string& key, std::string value) {
      for (auto& [k, v] : list.attributes) {
         if (k != key) continue;
         v = key == "class" ? (v.empty() ? value : v + " " + value) : value;
         return;
      }
      list.attributes.emplace_back(key, std::move(value));
   };
   size_t i = 0;
   while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
      if (i >= text.size()) break;
      size_t start = i;
      if (text[i] == '.' || text[i] == '#') {
         // One or more `.class` / `#id` items glued together.
         while (i < text.size() && (text[i] == '.' || text[i] == '#')) {
            char kind = text[i++];
            size_t n = i;
            while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '.' &&
                   text[i] != '#')
               ++i;
            if (kind == '.') add("class", std::string(text.substr(n, i - n)));
            else list.attributes.emplace_back("id", std::string(text.substr(n, i - n)));
         }
         continue;
      }
      while (i < text.size() && (is_word_char(text[i]) || text[i] == '-')) ++i;
      std::string key(text.substr(start, i - start));
      if (i < text.size() && text[i] == '=' && i + 1 < text.size() &&
          (text[i + 1] == '"' || text[i + 1] == '\'')) {
         char quote = text[i + 1];
         size_t v = i + 2, close = v;
         while (close < text.size() && text[close] != quote) close += text[close] == '\\' ? 2 : 1;
         std::string value;
         for (size_t k = v; k < close && k < text.size(); ++k) {
            if (text[k] == '\\' && k + 1 < close && (text[k + 1] == quote || text[k + 1] == '}')) ++k;
            value += text[k];
         }
         for (auto it = list.attributes.begin(); it != list.attributes.end(); ++it)
            if (it->first == key) {
               list.attributes.erase(it);
               break;
            }
         list.attributes.emplace_back(key, std::move(value));
         i = close + 1;
      } else if (!key.empty()) {
         list.refs.push_back(key);
      } else {
         ++i;
      }
   }
}

long region_index(std::string_view literal, size_t region_count) {
   if (literal.substr(0, region_marker.size()) != region_marker) return -1;
   size_t i = region_marker.size(), n = 0;
   if (i >= literal.size() || literal[i] < '0' || literal[i] > '9') return -1;
   for (; i < literal.size() && literal[i] >= '0' && literal[i] <= '9'; ++i) n = n * 10 + (literal[i] - '0');
   return n < region_count ? static_cast<long>(n) : -1;
}

Prepass run_prepass(std::string_view src, bool parse_block_html) {
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
   result.ial_line.assign(lines.size() + 2, false);

   std::vector<std::pair<size_t, std::string>> definitions;  // link definitions: line, label
   size_t item_indent = 0;  // content column of the latest list item
   char fence_char = 0;
   size_t fence_len = 0;
   bool prev_blank = true, prev_para = false, in_list = false, prev_code = false;
   int para_lines = 0;  // lines of the top-level paragraph the current line would continue
   for (size_t i = 0; i < lines.size(); ++i) {
      std::string_view line = lines[i];
      size_t indent = indent_of(line);
      std::string_view content = line.substr(indent);
      if (fence_len) {
         char c;
         std::string_view t = trim(content);
         if (fence_length(t, c) >= fence_len && c == fence_char && t.find_first_not_of(c) == std::string_view::npos)
            fence_len = 0;
         continue;
      }
      if (is_blank(line)) {
         prev_blank = true;
         prev_para = false;
         para_lines = 0;
         continue;
      }
      if (indent == 0 && prev_blank && !is_list_start(content)) in_list = false;
      char c;
      if (in_list && prev_para && indent < item_indent && fence_length(content, c)) {
         // A fence right after an item's text is a lazy line of the item in kramdown, up to its
         // closing fence: indent it into the item for cmark.
         std::string pad(item_indent - indent, ' ');
         size_t len = fence_length(content, c);
         size_t k = i;
         for (; k < lines.size(); ++k) {
            out[k].insert(0, pad);
            std::string_view t = trim(lines[k]);
            char cc = 0;
            if (k > i && fence_length(t, cc) >= len && cc == c && t.find_first_not_of(c) == std::string_view::npos)
               break;
         }
         i = std::min(k, lines.size() - 1);
         prev_para = prev_blank = false;
         para_lines = 0;
         continue;
      }
      if (size_t n = fence_length(content, c)) {
         fence_char = c;
         fence_len = n;
         prev_blank = prev_para = prev_code = false;
         para_lines = 0;
         continue;
      }
      bool was_blank = prev_blank;
      prev_blank = false;
      if (indent <= 3 && is_paren_list_start(content)) {
         // kramdown knows no `1)` list markers: the line is paragraph text.
         out[i].insert(indent, "\x01");
         prev_para = true;
         para_lines = in_list ? 0 : para_lines + 1;
         continue;
      }
      if (para_lines > 0 && !in_list && indent <= 3) {
         // kramdown's setext underline must follow a one-line paragraph in column 0, and `***`
         // or `___` do not end a paragraph: such lines are paragraph text.
         std::string_view t = trim(line);
         bool underline = t.find_first_not_of("=-") == std::string_view::npos;
         bool rule = t.size() >= 3 && (t.find_first_not_of('*') == std::string_view::npos ||
                                       t.find_first_not_of('_') == std::string_view::npos);
         if ((underline && (indent > 0 || para_lines >= 2)) || rule) {
            out[i].insert(indent, "\x01");
            ++para_lines;
            continue;
         }
      }
      if ((prev_code || (was_blank && !in_list)) && indent >= 4 && !prev_para) {
         prev_code = true;
         continue;
      }
      prev_code = false;
      if (is_list_start(content) && indent <= 3) {
         in_list = true;
         prev_para = true;
      } else if (indent == 0 && was_blank) {
         in_list = false;
      }
      if (is_list_start(content) && indent <= 3) {
         item_indent = list_content_indent(line);
         // kramdown parses an item's first line as a block of its own: a pipe makes a table.
         size_t marker_end = std::min(item_indent, line.size());
         std::vector<std::string_view> item_lines{line.substr(marker_end), {}};
         bool single = i + 1 >= lines.size() || is_blank(lines[i + 1]) ||
                       is_list_start(lines[i + 1].substr(indent_of(lines[i + 1])));
         Region region;
         region.kind = Region::Kind::table;
         if (single && parse_kramdown_table(item_lines, 0, region.table)) {
            out[i] = std::string(line.substr(0, marker_end)) + std::string(region_marker) +
                     std::to_string(result.regions.size()) + "-->";
            result.regions.push_back(std::move(region));
            continue;
         }
      }
      bool eligible = indent <= 3 && (!in_list || indent == 0) && !is_list_start(content);
      if (eligible) {
         std::string_view inner;
         bool is_ald = false;
         if (block_ial(content, inner, is_ald)) {
            if (!is_ald) {
               BlockIal ial{static_cast<int>(i + 1), was_blank, {}};
               parse_attribute_list(inner, ial.list);
               result.ials.push_back(std::move(ial));
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
         if ((was_blank || i == 0) && content[0] != '<' &&
             !(i + 1 < lines.size() && lines[i + 1].find('-') != std::string_view::npos &&
               lines[i + 1].find_first_not_of("|:- \t\r") == std::string_view::npos)) {
            // kramdown's table syntax without a GFM delimiter row (cmark takes the GFM ones).
            region.kind = Region::Kind::table;
            if (size_t n = parse_kramdown_table(lines, i, region.table)) {
               size_t last = i + n - 1;
               end = offsets[last] + lines[last].size();
            }
         }
         if (end) {
         } else if (content.substr(0, 2) == "$$" && (was_blank || i == 0)) {
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
         } else if (content.substr(0, 4) == "<!--" && prev_para) {
            // kramdown reads a comment that follows paragraph text as part of the paragraph.
            out[i].insert(indent, "\x01");
         } else if (content.substr(0, 4) == "<!--") {
            // A comment block: its lines are no markdown, whatever they look like.
            size_t close = src.find("-->", pos + 4);
            size_t stop = close == std::string_view::npos ? src.size() : close;
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
               if (is_span_element(tag.name)) {
                  if (!prev_para) out[i].insert(indent, "\x01");
               } else {
                  char model = parse_block_html ? content_model(tag.name) : 'r';
                  for (auto it = tag.attributes.begin(); it != tag.attributes.end(); ++it) {
                     if (it->first != "markdown") continue;
                     if (it->second == "0") model = 'r';
                     else if (it->second == "1") model = content_model(tag.name);
                     else if (it->second == "block") model = 'b';
                     else if (it->second == "span") model = 's';
                     tag.attributes.erase(it);
                     break;
                  }
                  std::string html;
                  size_t stop = append_raw_element(html, src, pos, tag);
                  size_t eol = src.find('\n', stop);
                  if (eol == std::string_view::npos) eol = src.size();
                  // Further raw elements may follow on the same line; each is its own block.
                  HtmlTag next;
                  while (model == 'r' && !tag.self_closed && stop < eol && src[stop] == '<' &&
                         parse_start_tag(src, stop, next) && !is_span_element(next.name) &&
                         std::none_of(next.attributes.begin(), next.attributes.end(),
                                      [](const auto& a) { return a.first == "markdown"; })) {
                     html += '\n';
                     stop = append_raw_element(html, src, stop, next);
                     eol = src.find('\n', stop);
                     if (eol == std::string_view::npos) eol = src.size();
                  }
                  if (is_blank(src.substr(stop, eol - stop))) {
                     end = eol;
                     if (model == 'r' || tag.self_closed) {
                        region.kind = Region::Kind::html;
                        region.html = std::move(html);
                        // kramdown leaves the newline after </script> or </style> to be read
                        // as a blank line.
                        region.blank_after = tag.name == "script" || tag.name == "style";
                     } else {
                        region.kind = Region::Kind::markdown_html;
                        size_t body = pos + tag.length;
                        size_t close = src.rfind("</", stop);
                        region.content.assign(src.substr(body, close > body ? close - body : 0));
                        region.model = model;
                        region.tag = std::move(tag);
                     }
                  }
               }
            }
         } else if (indent > 0 && content[0] == '#') {
            // kramdown's ATX headers start in column 0; an indented one is paragraph text.
            out[i].insert(indent, "\x01");
         }
         if (end) {
            size_t last = i;
            while (last + 1 < lines.size() && offsets[last + 1] <= end) ++last;
            size_t n = result.regions.size();
            result.regions.push_back(std::move(region));
            std::string id = std::string(region_marker) + std::to_string(n);
            if (last == i) {
               out[i] = id + "-->";
            } else {
               out[i] = id;
               for (size_t k = i + 1; k < last; ++k) out[k].clear();
               out[last] = "-->";
            }
            i = last;
            prev_para = false;
            para_lines = 0;
            continue;
         }
      }
      if (!prev_para && content.size() > 3 && content[0] == '[' && content[1] != '^') {
         size_t close = content.find("]:");
         if (close != std::string_view::npos && content.find(']') == close) {
            definitions.emplace_back(i, normalized_label(content.substr(1, close - 1)));
            continue;  // prev_para stays false: definitions may follow one another
         }
      }
      // Inline math on this line.
      size_t open = out[i].find("$$");
      while (open != std::string::npos) {
         size_t close = out[i].find("$$", open + 2);
         if (close == std::string::npos || out[i].find('`') != std::string::npos) break;
         std::string math = "\\(";
         append_escaped_code(math, trim(std::string_view(out[i]).substr(open + 2, close - open - 2)));
         math += "\\)";
         std::string token = "\x02" + std::to_string(result.inline_math.size()) + "\x03";
         result.inline_math.push_back(std::move(math));
         out[i].replace(open, close + 2 - open, token);
         open = out[i].find("$$", open + token.size());
      }
      prev_para = true;
      bool paragraph_text = !in_list && indent <= 3 && content[0] != '#' && content[0] != '>' &&
                            !is_list_start(content);
      para_lines = paragraph_text ? para_lines + 1 : 0;
   }
   // kramdown keeps the last of several definitions of one link label, cmark the first: the
   // earlier ones are hidden from cmark.
   for (size_t d = 0; d < definitions.size(); ++d) {
      for (size_t later = d + 1; later < definitions.size(); ++later) {
         if (definitions[later].second != definitions[d].second) continue;
         out[definitions[d].first].clear();
         result.ial_line[definitions[d].first + 1] = true;
         break;
      }
   }
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
