#include "renderer.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm/node.h>  // parent_footnote_def: the API gives a reference only its number

#include <algorithm>

#include "byte_scan.hpp"
#include "cmark_arena.hpp"
#include "code_block.hpp"
#include "entity_output.hpp"
#include "escape.hpp"
#include "html_tags.hpp"
#include "kramdown_emphasis.hpp"
#include "nesting_limit.hpp"
#include "source_lines.hpp"
#include "unicode_tables.hpp"

namespace jekyllpp::markdown {

using namespace std::string_view_literals;  // ("..."sv: appends with no strlen)
namespace {

void pad(std::string& out, int indent) { out.append(static_cast<size_t>(indent), ' '); }

bool is_space(char c) { return c == ' ' || c == '\t'; }

class Renderer {
   // The converter's own non-breaking space (empty table cells, footnote backlinks).
   void append_nbsp(std::string& out) const {
      append_entity(out, kramdown_entity(uint32_t(0xA0)), {}, opt_.entity_output);
   }

public:
   Renderer(Conversion& c, const Prepass& pre, bool in_html)
       : c_(c), opt_(c.options), pre_(pre), in_html_(in_html), parse_block_html_(c.options.parse_block_html) {
      std::string_view text = pre.text;
      lines_.reserve(text.size() / 32 + 8);  // (about the lines of prose: no growing for most documents)
      lines_.push_back({});  // lines are 1-based
      for (size_t pos = 0; pos <= text.size();) {
         size_t nl = text.find('\n', pos);
         if (nl == std::string_view::npos) {
            if (pos < text.size()) lines_.push_back(text.substr(pos));
            break;
         }
         lines_.push_back(text.substr(pos, nl - pos));
         pos = nl + 1;
      }
      ial_used_.assign(pre.ials.size(), false);
   }

   void document(Node doc, int indent, std::string& out) {
      Node last = nullptr;
      bool first = true;
      for (Node n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) {
         if (type(n) == CMARK_NODE_FOOTNOTE_DEFINITION) continue;
         if (start_line(n) >= static_cast<int>(lines_.size())) break;  // convert_document's additions
         if (is_end_of_block(n)) continue;  // no element: the blank lines around it are one
         if (first ? blank_between(1, start_line(n) - 1)
                   : !blank_follows(last) && blank_between(after_block(last), start_line(n) - 1))
            out += '\n';
         block(n, indent, out);
         last = n;
         first = false;
      }
      int total = static_cast<int>(lines_.size()) - 1;
      // A blockquote's last `>` line is no blank line after it.
      if (last ? !blank_follows(last) && blank_between(last_line(last) + 1, total)
               : blank_between(1, total))
         out += '\n';
   }

   void footnote_items(int from) {
      for (size_t i = static_cast<size_t>(from); i < c_.footnotes.size(); ++i) {
         if (!c_.footnotes[i].html.empty()) continue;  // made by the nested document it was defined in, now freed
         if (c_.footnotes[i].owner != this) continue;  // defined in an outer document, which writes it
         // A copy: rendering the definition can add footnotes (references inside it), which may
         // move the vector's items. The item is looked up again afterwards.
         const std::string name = c_.footnotes[i].name;
         Node def = c_.footnotes[i].definition;
         std::string li = "    <li id=\"fn:";
         append_escaped_attribute(li, name);
         li += "\" role=\"doc-endnote\">\n"sv;
         std::string body;
         Node last = nullptr;
         if (def) {
            for (Node n = cmark_node_first_child(def); n; n = cmark_node_next(n)) {
               // A definition whose text starts on the next line begins with a blank line.
               if (last ? blank_between(end_line(last), start_line(n) - 1) : start_line(n) > start_line(def))
                  body += '\n';
               block(n, 6, body);
               last = n;
            }
            // An empty definition: kramdown's text is the line end after `]:`, a blank line.
            if (!last) body += '\n';
         }
         std::string backlinks;
         auto backlink = [&](const std::string& id, std::string_view text, bool space) {
            if (space) append_nbsp(backlinks);
            backlinks += "<a href=\"#fnref:"sv;
            backlinks += id;
            backlinks += "\" class=\"reversefootnote\" role=\"doc-backlink\">"sv;
            backlinks += text;
            backlinks += "</a>"sv;
         };
         Conversion::Footnote& fn = c_.footnotes[i];
         std::string text;
         append_escaped_text(text, opt_.footnote_backlink);
         bool in_para = last && type(last) == CMARK_NODE_PARAGRAPH;
         if (!opt_.footnote_backlink.empty()) {
            backlink(fn.name, text, in_para);
            for (int k = 1; k < fn.references; ++k)
               backlink(fn.name + ":" + std::to_string(k),
                        text + "<sup>" + std::to_string(k + 1) + "</sup>", true);
         }
         if (in_para) {
            body.insert(body.size() - 5, backlinks);  // before "</p>\n"
         } else {
            body += "      <p>" + backlinks + "</p>\n";
         }
         fn.html = li + body + "    </li>\n";
      }
   }

private:
   // Any blank line among [from, to], skipping IAL lines; `>`-only lines count as blank.
   bool blank_between(int from, int to) const {
      for (int l = std::max(from, 1); l <= to && l < static_cast<int>(lines_.size()); ++l) {
         if (pre_.ial_line[static_cast<size_t>(l)]) continue;
         if (lines_[static_cast<size_t>(l)].find_first_not_of(" \t\r>") == std::string_view::npos)
            return true;
      }
      return false;
   }

   // Whether a link definition (of the pre-pass) indented at least `indent` follows a blank
   // line among [from, to].
   bool blank_before_definition(int from, int to, int indent) const {
      for (const auto& [d, spaces] : pre_.definition_lines)
         if (d >= from && d <= to && spaces >= static_cast<size_t>(std::max(indent, 1)) && blank_between(from, d - 1))
            return true;
      return false;
   }

   // Whether lines from..to hold nothing but blanks and `>` markers.
   bool only_blank_lines(int from, int to) const {
      for (int l = std::max(from, 1); l <= to && l < static_cast<int>(lines_.size()); ++l)
         if (lines_[static_cast<size_t>(l)].find_first_not_of(" \t\r>") != std::string_view::npos) return false;
      return true;
   }

   // The last line of `n` that is neither blank (`>`-only lines count as blank) nor an IAL:
   // cmark counts the blank and IAL lines after a list into it.
   int content_end(Node n) const {
      int start = start_line(n);
      // Not past this document's text (convert_document may add lines after it).
      int end = std::min(end_line(n), static_cast<int>(lines_.size()) - 1);
      while (end > start &&
             (pre_.ial_line[static_cast<size_t>(end)] ||
              lines_[static_cast<size_t>(end)].find_first_not_of(" \t\r>") == std::string_view::npos))
         --end;
      return end;
   }

   // The first line after block `n` that may be a blank line between it and the next block.
   // (A quote's last `>` lines are its own: kramdown writes their blank line inside it.)
   int after_block(Node n) const {
      return (type(n) == CMARK_NODE_BLOCK_QUOTE ? end_line(n) : content_end(n)) + 1;
   }

   // Whether `n` is a paragraph of nothing but the pre-pass's paragraph marker: an empty list
   // item's (kramdown's item has no paragraph then).
   static bool is_marker_only(Node n) {
      if (type(n) != CMARK_NODE_PARAGRAPH) return false;
      Node t = cmark_node_first_child(n);
      return t && !cmark_node_next(t) && type(t) == CMARK_NODE_TEXT && literal(t) == "\x01";
   }

   // Whether `n` stands for kramdown's `^` end-of-block marker.
   bool is_end_of_block(Node n) const {
      if (type(n) != CMARK_NODE_HTML_BLOCK) return false;
      long index = region_index(literal(n), pre_.regions.size());
      return index >= 0 && pre_.regions[static_cast<size_t>(index)].kind == Region::Kind::end_of_block;
   }

   // Whether `n` is a <script>/<style> block, whose output already ends with a blank line.
   bool blank_follows(Node n) const {
      if (type(n) != CMARK_NODE_HTML_BLOCK) return false;
      long index = region_index(literal(n), pre_.regions.size());
      return index >= 0 && pre_.regions[static_cast<size_t>(index)].blank_after;
   }

   // Block IALs for `n`: `{: }` lines right after it, or a standalone one before it.
   Attributes block_attributes(Node n, std::vector<std::string>* refs = nullptr) {
      Attributes attrs;
      int end = end_line(n), start = start_line(n);
      for (size_t i = 0; i < pre_.ials.size(); ++i) {
         if (ial_used_[i]) continue;
         const BlockIal& ial = pre_.ials[i];
         // One indented into an item is for a block of the item, not for the list.
         if (type(n) == CMARK_NODE_LIST && ial.column + 1 > static_cast<size_t>(cmark_node_get_start_column(n)))
            continue;
         // cmark may count the IAL's (now empty) line into a list's extent.
         bool after = !ial.standalone && ial.line > start && ial.line <= end + 1 &&
                      !blank_between(std::min(content_end(n) + 1, ial.line), ial.line - 1);
         bool before = ial.standalone && ial.line < start;
         if (before) {
            for (int l = ial.line + 1; l < start; ++l)
               if (!pre_.ial_line[static_cast<size_t>(l)] &&
                   lines_[static_cast<size_t>(l)].find_first_not_of(" \t\r") != std::string_view::npos)
                  before = false;
         }
         if (!after && !before) continue;
         ial_used_[i] = true;
         merge_attribute_list(attrs, ial.list);
         if (refs) refs->insert(refs->end(), ial.list.refs.begin(), ial.list.refs.end());
      }
      return attrs;
   }

   // kramdown's update_attr_with_ial: the referenced ALDs' attributes first, then the list's.
   void merge_attribute_list(Attributes& into, const AttributeList& list) const {
      for (const std::string& ref : list.refs)
         for (const auto& [name, ald] : c_.alds)
            if (name == ref) merge(into, ald.attributes);
      merge(into, list.attributes);
   }

   static void merge(Attributes& into, const Attributes& from) {
      for (const auto& [k, v] : from) {
         bool found = false;
         for (auto& [k2, v2] : into) {
            if (k2 != k) continue;
            v2 = k == "class" ? v2 + " " + v : v;
            found = true;
         }
         if (!found) into.emplace_back(k, v);
      }
   }

   void block(Node n, int indent, std::string& out) {
      cmark_node_type t = type(n);
      switch (t) {
         case CMARK_NODE_PARAGRAPH: paragraph(n, indent, out); break;
         case CMARK_NODE_HEADING: heading(n, indent, out); break;
         case CMARK_NODE_THEMATIC_BREAK: {
            Attributes attrs = block_attributes(n);
            pad(out, indent);
            out += "<hr"sv;
            append_attributes(out, attrs);
            out += " />\n"sv;
            break;
         }
         case CMARK_NODE_CODE_BLOCK: {
            Attributes attrs = block_attributes(n);
            const char* info = cmark_node_get_fence_info(n);
            int fence_length = 0, fence_offset = 0;
            char fence_char = 0;
            bool fenced = cmark_node_get_fenced(n, &fence_length, &fence_offset, &fence_char);
            std::string code = fenced ? fenced_code_source(n) : indented_code_text(n);
            if (fenced && code.empty()) code = blank_lines_as_written(n, literal(n));
            std::string_view text = code.empty() ? literal(n) : std::string_view(code);
            // Code is written as read: a marker the pre-pass left in lines cmark took as code
            // (it judged them text) goes, a token gives back its source.
            if (text.find_first_of("\x01\x02") != std::string_view::npos) {
               code = restored(text);
               code.erase(std::remove(code.begin(), code.end(), '\x01'), code.end());
               text = code;
            }
            append_code_block(out, text, info ? info : "", indent, opt_, attrs);
            break;
         }
         case CMARK_NODE_BLOCK_QUOTE: {
            Attributes attrs = block_attributes(n);
            pad(out, indent);
            out += "<blockquote"sv;
            append_attributes(out, attrs);
            out += ">\n"sv;
            // kramdown parses the quote's text as a document: blank lines alone are one blank.
            if (!cmark_node_first_child(n) && only_blank_lines(start_line(n), end_line(n))) out += '\n';
            children(n, indent + 2, out);
            pad(out, indent);
            out += "</blockquote>\n"sv;
            break;
         }
         case CMARK_NODE_LIST: list(n, indent, out); break;
         case CMARK_NODE_HTML_BLOCK: html_block(n, indent, out); break;
         default:
            if (t == CMARK_NODE_TABLE) table(n, indent, out);
            break;
      }
   }

   // A fenced code block's text `code` in a list item with its blank lines as written: kramdown
   // keeps an item's whitespace-only lines whole. Empty when nothing changes.
   std::string blank_lines_as_written(Node n, std::string_view code) const {
      Node parent = cmark_node_parent(n);
      if (code.empty() || !parent || type(parent) != CMARK_NODE_ITEM) return {};
      std::string kept;
      bool changed = false;
      int l = start_line(n) + 1;
      for (size_t from = 0; from < code.size(); ++l) {
         size_t eol = code.find('\n', from);
         size_t next = eol == std::string_view::npos ? code.size() : eol + 1;
         std::string_view source = line_text(l);
         std::string_view text = code.substr(from, next - from);
         if (text.find_first_not_of(" \t\n") == std::string_view::npos && !source.empty() &&
             source.find_first_not_of(" \t") == std::string_view::npos) {
            kept.append(source);
            if (eol != std::string_view::npos) kept += '\n';
            changed = changed || text.substr(0, text.size() - (eol != std::string_view::npos)) != source;
         } else {
            kept.append(text);
         }
         from = next;
      }
      return changed ? kept : std::string();
   }

   // An indented code block's text as kramdown has it: without the lines the pre-pass emptied
   // (lazy lines it joined to the line above), and its lines of whitespace as written less one
   // indentation (kramdown's INDENT; cmark empties those of fewer than four spaces). Empty when
   // that changes nothing.
   std::string indented_code_text(Node n) const {
      bool quoted = false;  // (a quote's `>` lines are no source of the whitespace)
      for (Node p = cmark_node_parent(n); p && !quoted; p = cmark_node_parent(p)) quoted = type(p) == CMARK_NODE_BLOCK_QUOTE;
      std::string_view code = literal(n);
      std::string kept;
      bool changed = false;
      int l = start_line(n);
      for (size_t from = 0; from < code.size(); ++l) {
         size_t eol = code.find('\n', from);
         size_t next = eol == std::string_view::npos ? code.size() : eol + 1;
         std::string_view text = code.substr(from, next - from);
         from = next;
         if (l < static_cast<int>(pre_.ial_line.size()) && pre_.ial_line[static_cast<size_t>(l)]) {
            changed = true;
            continue;
         }
         std::string_view source = line_text(l);
         if (quoted || source.empty() || source.find_first_not_of(" \t") != std::string_view::npos ||
             text.find_first_not_of(" \t\n") != std::string_view::npos) {
            kept.append(text);
            continue;
         }
         if (source[0] == '\t') source.remove_prefix(1);
         else if (source.compare(0, 4, "    ") == 0) source.remove_prefix(4);
         changed = changed || text.substr(0, text.size() - (eol != std::string_view::npos)) != source;
         kept.append(source);
         if (eol != std::string_view::npos) kept += '\n';
      }
      return changed ? kept : std::string();
   }

   // cmark strips an indented fence's indentation from the code lines; kramdown keeps them as
   // written (less its list items' indentation). Empty when the fence is not indented or is in
   // a block quote.
   std::string fenced_code_source(Node n) const {
      int fenced_length = 0, fence_offset = 0;
      char fence_char = 0;
      if (!cmark_node_get_fenced(n, &fenced_length, &fence_offset, &fence_char)) return {};
      bool moved = false;  // lines the pre-pass moved, whose kept spaces it knows
      for (int l = start_line(n) + 1; !pre_.kept_spaces.empty() && l <= end_line(n) && !moved; ++l) moved = kept_spaces(l) >= 0;
      if (fence_offset == 0 && !moved) return {};
      int quotes = 0, items = 0;
      for (Node p = cmark_node_parent(n); type(p) != CMARK_NODE_DOCUMENT; p = cmark_node_parent(p)) {
         if (type(p) == CMARK_NODE_BLOCK_QUOTE) ++quotes;
         else if (type(p) == CMARK_NODE_ITEM) ++items;
         else if (type(p) != CMARK_NODE_LIST) return {};
      }
      if (quotes && items) return {};
      // The column the enclosing item's content starts at.
      size_t base = static_cast<size_t>(std::max(0, cmark_node_get_start_column(n) - 1 - fence_offset));
      int first = start_line(n) + 1, last = end_line(n);
      if (quotes) {
         // The lines in block quotes: kramdown takes `>` and one space off each quote level.
         std::string code;
         for (int l = first; l <= last; ++l) {
            std::string_view line = line_text(l);
            for (int q = 0; q < quotes; ++q) {
               size_t gt = line.find_first_not_of(' ');
               if (gt == std::string_view::npos || gt > 3 || line[gt] != '>') break;
               line.remove_prefix(gt + (gt + 1 < line.size() && line[gt + 1] == ' ' ? 2 : 1));
            }
            size_t mark = line.find_first_not_of(' ');
            if (l == last && l > start_line(n) && mark != std::string_view::npos && mark <= 3 &&
                line[mark] == fence_char)
               break;  // the closing fence
            code.append(line).append("\n");
         }
         return code;
      }
      std::string_view closing = line_text(last);
      size_t k = closing.find_first_not_of(' ');
      if (last > start_line(n) && k != std::string_view::npos && k <= base + 3 && closing[k] == fence_char) --last;
      std::string code;
      for (int l = first; l <= last; ++l) {
         std::string_view line = line_text(l);
         // (A line of whitespace is a blank line to kramdown's item, kept as written.)
         size_t text = line.find_first_not_of(" \t");
         if (text != std::string_view::npos && kept_spaces(l) >= 0) {  // (a line the pre-pass moved)
            code.append(static_cast<size_t>(kept_spaces(l)), ' ').append(line.substr(text)).append("\n");
            continue;
         }
         code += text == std::string_view::npos ? line : line.substr(std::min(base, std::min(text, line.find_first_not_of(' '))));
         code += '\n';
      }
      return code;
   }

   void children(Node parent, int indent, std::string& out) {
      Node last = nullptr;
      for (Node n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
         if (last ? !blank_follows(last) && blank_between(after_block(last), start_line(n) - 1)
                  : blank_between(start_line(parent), start_line(n) - 1))
            out += '\n';
         block(n, indent, out);
         last = n;
      }
      if (last && blank_between(last_line(last) + 1, end_line(parent))) out += '\n';
   }

   // The last line of a document's or quote's last block `n`: cmark counts the blank lines after
   // a list, an indented code block or a rule into it, kramdown writes them after it.
   int last_line(Node n) const {
      cmark_node_type t = type(n);
      return t == CMARK_NODE_LIST || t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_THEMATIC_BREAK ? content_end(n) : end_line(n);
   }

   void paragraph(Node n, int indent, std::string& out) {
      Attributes attrs = block_attributes(n);
      pad(out, indent);
      out += "<p"sv;
      append_attributes(out, attrs);
      out += '>';
      inline_content(n, out, nullptr);
      out += "</p>\n"sv;
   }

   void heading(Node n, int indent, std::string& out) {
      Attributes attrs = block_attributes(n);
      std::string id;
      bool explicit_id = false;
      // `{#id}` after the header text.
      Node last = cmark_node_last_child(n);
      std::string trimmed;
      if (last && type(last) == CMARK_NODE_TEXT) {
         std::string_view text = literal(last);
         size_t open = text.rfind("{#");
         if (open != std::string_view::npos && open > 0 && is_space(text[open - 1]) &&
             text.back() == '}' && open + 3 < text.size()) {
            // HEADER_ID: an XML name.
            std::string_view candidate = text.substr(open + 2, text.size() - open - 3);
            bool valid = true;
            for (size_t i = 0; valid && i < candidate.size();) {
               bool first = i == 0;
               uint32_t cp = decode_utf8(candidate, i);
               valid = first ? is_xml_name_start(cp) : is_xml_name_char(cp);
            }
            if (valid) {
               id = std::string(candidate);
               explicit_id = true;
               trimmed = std::string(text.substr(0, open));
               while (!trimmed.empty() && is_space(trimmed.back())) trimmed.pop_back();
               cmark_node_set_literal(last, trimmed.c_str());
            }
         }
      }
      std::string body, raw;
      inline_content(n, body, &raw);
      for (const auto& [k, v] : attrs)
         if (k == "id") id = v;
      if (id.empty() && opt_.auto_ids) id = in_html_ ? c_.ids.kramdown(raw) : c_.ids.gfm(raw);
      int level = cmark_node_get_heading_level(n);
      if (c_.toc_possible && !id.empty() && in_toc(level, attrs)) {
         std::string toc_html, toc_run;
         InlineState toc_state{toc_run};
         toc_state.line = toc_state.first_line = start_line(n);
         toc_state.prefix = container_prefix(n);
         toc_state.outer_prefix = outer_container_prefix(n);
         toc_state.toc_entry = true;
         inlines(n, toc_html, toc_state);
         flush(toc_html, toc_state, "");
         c_.toc.push_back({level, id, std::move(toc_html)});
      }
      pad(out, indent);
      // kramdown's output_header_level: header_offset, within 1..6 (the TOC keeps the level).
      int output_level = std::min(std::max(level + opt_.header_offset, 1), 6);
      const char digit = static_cast<char>('0' + output_level);
      out += "<h"sv;
      out += digit;
      if (attrs.empty() && !explicit_id) {  // (the usual header: its generated id alone)
         if (id.find_first_not_of(" \t\n") != std::string::npos) append_attribute(out, "id", id);
      } else {
         append_header_attributes(out, attrs, id, explicit_id);
      }
      out += '>';
      out += body;
      out += "</h"sv;
      out += digit;
      out += ">\n"sv;
   }

   // A header's IAL attributes and its id, in kramdown's order.
   static void append_header_attributes(std::string& out, const Attributes& attrs, const std::string& id, bool explicit_id) {
      // An IAL's id keeps its place among the IAL's attributes; a generated one comes last; a
      // `{#id}` one comes first (kramdown's parser sets it before the IALs merge in).
      Attributes all;
      bool placed = false;
      if (explicit_id) {
         all.emplace_back("id", id);
         placed = true;
      }
      for (const auto& a : attrs) {
         if (a.first != "id") {
            all.push_back(a);
         } else if (!placed && !id.empty()) {
            all.emplace_back("id", id);
            placed = true;
         }
      }
      if (!placed && !id.empty()) all.emplace_back("id", id);
      append_attributes(out, all);
   }

   // kramdown's in_toc?: a level of toc_levels, and no `no_toc` class.
   bool in_toc(int level, const Attributes& attrs) const {
      if (std::find(opt_.toc_levels.begin(), opt_.toc_levels.end(), level) == opt_.toc_levels.end())
         return false;
      for (const auto& [k, v] : attrs) {
         if (k != "class") continue;
         for (size_t at = v.find("no_toc"); at != std::string::npos; at = v.find("no_toc", at + 1)) {
            bool start = at == 0 || v[at - 1] == ' ' || v[at - 1] == '-';
            bool end = at + 6 == v.size() || v[at + 6] == ' ' || v[at + 6] == '-';
            if (start && end) return false;
         }
      }
      return true;
   }

   bool parse_block_html_at(size_t region) const {
      bool value = parse_block_html_;
      for (const auto& [from, set] : pre_.parse_block_html_from) {
         if (from > region) break;
         value = set;
      }
      return value;
   }

   void html_block(Node n, int indent, std::string& out) {
      std::string_view lit = literal(n);
      if (long index = region_index(lit, pre_.regions.size()); index >= 0) {
         const Region& region = pre_.regions[static_cast<size_t>(index)];
         if (region.kind == Region::Kind::end_of_block) return;
         // The documents nested in the region read HTML with the value in effect where it stands.
         c_.options.parse_block_html = parse_block_html_at(static_cast<size_t>(index));
         if (region.kind == Region::Kind::document) {
            convert_document(c_, region.content, indent, in_html_, out);
            return;
         }
         if (region.kind == Region::Kind::raw_text) {
            convert_span(c_, region.content, out);
            return;
         }
         if (region.kind == Region::Kind::markdown_html) {
            markdown_html(region, block_attributes(n), indent, out);
            return;
         }
         if (region.kind == Region::Kind::table) {
            kramdown_table(region.table, block_attributes(n), indent, out);
            return;
         }
         if (region.kind == Region::Kind::definition_list) {
            std::vector<std::string> refs;
            Attributes attrs = block_attributes(n, &refs);
            definition_list(region, attrs, refs, indent, out);
            return;
         }
         if (region.kind == Region::Kind::blockquote) {
            Attributes attrs = block_attributes(n);
            pad(out, indent);
            out += "<blockquote"sv;
            append_attributes(out, attrs);
            out += ">\n"sv;
            convert_document(c_, region.content, indent + 2, in_html_, out);
            pad(out, indent);
            out += "</blockquote>\n"sv;
            return;
         }
         Attributes ial = block_attributes(n);
         if (region.kind != Region::Kind::math) pad(out, indent);  // (kramdown's math block starts its line)
         if (ial.empty() && !region.nested_markdown) out += region.html;
         else raw_html(region.source, ial, indent, out);
         out += '\n';
         if (region.blank_after) out += '\n';
         if (!region.tail.empty()) convert_document(c_, region.tail, indent, in_html_, out, true);
         return;
      }
      block_attributes(n);
      // cmark's own HTML block (a comment, or HTML inside a container): kept as written, the
      // pre-pass's tokens and paragraph markers in its lines undone.
      std::string source(lit);
      for (size_t at = source.find("<\x02"); at != std::string::npos; at = source.find("<\x02", at)) {
         size_t close = source.find("\x03>", at);  // a URL with spaces the pre-pass put in <...>
         if (close == std::string::npos) break;
         source.erase(close + 1, 1);
         source.erase(at, 1);
      }
      source = restored(source);
      source.erase(std::remove(source.begin(), source.end(), '\x01'), source.end());
      std::string_view body = source;
      // (kramdown's TRAILING_WHITESPACE after it: spaces and tabs)
      while (!body.empty() && (body.back() == '\n' || body.back() == ' ' || body.back() == '\t')) body.remove_suffix(1);
      size_t lead = body.find_first_not_of(' ');
      if (lead != std::string_view::npos) body.remove_prefix(lead);
      pad(out, indent);
      HtmlTag tag;
      if (parse_start_tag(body, 0, tag) && !is_span_element(tag.name)) {
         std::string html;
         size_t stop = append_raw_element(html, body, 0, tag);
         if (stop >= body.size()) {
            out += html;
            out += '\n';
            return;
         }
      }
      out += body;
      out += '\n';
   }

   // kramdown's <dl>: terms as span text; a definition's blocks, its first paragraph without
   // <p> unless a blank line came before it.
   // kramdown's `{:auto_ids}` (or `{:auto_ids-PREFIX}`) on a definition list: each term without
   // an id gets PREFIX and the basic id of its text (no numbering of duplicates).
   static void term_auto_id(const std::vector<std::string>& refs, std::string_view term, Attributes& attrs) {
      if (std::any_of(attrs.begin(), attrs.end(), [](const auto& a) { return a.first == "id"; })) return;
      for (const std::string& ref : refs) {
         if (ref.compare(0, 8, "auto_ids") != 0) continue;
         std::string id;
         if (ref.size() > 9 && ref[8] == '-') id = ref.substr(9);
         size_t letter = 0;
         while (letter < term.size() && !std::isalpha(static_cast<unsigned char>(term[letter]))) ++letter;
         for (char ch : term.substr(letter)) {
            if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-') id += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            else if (ch == ' ') id += '-';
         }
         attrs.emplace_back("id", id);
         return;
      }
   }

   void definition_list(const Region& region, const Attributes& attrs, const std::vector<std::string>& refs, int indent,
                        std::string& out) {
      pad(out, indent);
      out += "<dl"sv;
      append_attributes(out, attrs);
      out += ">\n"sv;
      for (const DefinitionItem& item : region.definitions) {
         pad(out, indent + 2);
         out += item.term ? "<dt" : "<dd";
         if (item.term && !refs.empty()) {
            Attributes term_attrs = item.attributes;
            term_auto_id(refs, item.content, term_attrs);
            append_attributes(out, term_attrs);
         } else {
            append_attributes(out, item.attributes);
         }
         out += '>';
         if (item.term) {
            convert_span(c_, item.content, out);
            out += "</dt>\n"sv;
            continue;
         }
         std::string body;
         convert_document(c_, item.content, indent + 4, in_html_, body);
         std::string open = std::string(static_cast<size_t>(indent + 4), ' ') + "<p>";
         size_t close = body.find("</p>\n");
         bool transparent = !item.first_as_para && body.compare(0, open.size(), open) == 0 &&
                            close != std::string::npos;
         if (transparent) {
            body.erase(close, 5);
            if (close < body.size()) body.insert(close, "\n");
            body.erase(0, open.size());
         } else if (!body.empty()) {  // a definition with no blocks is `<dd></dd>`
            out += '\n';
         }
         out += body;
         if (!body.empty() && body.back() == '\n') pad(out, indent + 2);
         out += "</dd>\n"sv;
      }
      pad(out, indent);
      out += "</dl>\n"sv;
   }

   // Raw HTML elements (one or more on a line), the first with the attributes of a block IAL;
   // the content of nested elements with a `markdown` attribute is converted.
   void raw_html(std::string_view source, const Attributes& ial, int indent, std::string& out) {
      ConvertContent convert = [this](char model, std::string_view content, int at, std::string& into) {
         if (model == 's') convert_span(c_, content, into);
         else convert_document(c_, content, at, true, into);
      };
      size_t pos = source.find('<');
      for (bool first = true; pos < source.size(); first = false) {
         HtmlTag tag;
         if (!parse_start_tag(source, pos, tag)) break;
         tag.attributes.erase(std::remove_if(tag.attributes.begin(), tag.attributes.end(),
                                             [](const auto& a) { return a.first == "markdown"; }),
                              tag.attributes.end());
         if (first) merge(tag.attributes, ial);
         else out += '\n';
         pos = append_raw_element(out, source, pos, tag, &convert, indent);
         while (pos < source.size() && source[pos] != '<') ++pos;
      }
   }

   void markdown_html(const Region& region, const Attributes& ial, int indent, std::string& out) {
      Attributes attrs = region.tag.attributes;
      merge(attrs, ial);
      pad(out, indent);
      out += '<';
      out += region.tag.name;
      append_attributes(out, attrs);
      out += '>';
      if (region.model == 'b') {
         std::string_view content = region.content;
         // kramdown skips the rest of the start tag's line.
         size_t nl = content.find('\n');
         if (nl != std::string_view::npos && content.substr(0, nl).find_first_not_of(" \t\r") == std::string_view::npos)
            content.remove_prefix(nl + 1);
         // (nor the indentation of an end tag on a line of its own)
         size_t end_line = content.rfind('\n') + 1;
         if (content.find_first_not_of(" \t", end_line) == std::string_view::npos) content.remove_suffix(content.size() - end_line);
         if (content.empty()) {  // no blocks at all: nothing between the tags
            out += "</" + region.tag.name + ">\n";
            return;
         }
         std::string inner;
         convert_document(c_, content, indent + 2, true, inner);
         if (!inner.empty() && inner.back() == '\n') inner.pop_back();
         out += '\n';
         out += inner;
         out += '\n';
         pad(out, indent);
      } else {
         convert_span(c_, region.content, out);
      }
      out += "</"sv;
      out += region.tag.name;
      out += ">\n"sv;
   }

   // kramdown's list item IAL: a `{: ...}` opening the item's text sets the <li>'s attributes
   // (taken out of the text with the whitespace after it).
   Attributes item_ial(const std::vector<Node>& kids) const {
      if (kids.empty() || type(kids[0]) != CMARK_NODE_PARAGRAPH) return {};
      Node t = cmark_node_first_child(kids[0]);
      if (!t || type(t) != CMARK_NODE_TEXT) return {};
      std::string_view s = literal(t);
      size_t close = s.find('}');
      if (s.compare(0, 2, "{:") != 0 || close == std::string_view::npos || s.substr(2, 1) == "/") return {};
      std::string_view inner = s.substr(2, close - 2);
      size_t name = 0;  // `{:name:` is an ALD
      while (name < inner.size() && (is_word_byte(inner[name]) || inner[name] == '-')) ++name;
      if (name < inner.size() && inner[name] == ':' && (name == 0 || is_word_byte(inner[0]))) return {};
      AttributeList list;
      parse_attribute_list(inner, list);
      size_t rest = s.find_first_not_of(" \t", close + 1);
      cmark_node_set_literal(t, rest == std::string_view::npos ? "" : std::string(s.substr(rest)).c_str());
      Attributes attrs;
      merge_attribute_list(attrs, list);
      return attrs;
   }

   void list(Node n, int indent, std::string& out) {
      std::vector<std::string> refs;
      Attributes attrs = block_attributes(n, &refs);
      bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
      if (!c_.toc_requested && std::find(refs.begin(), refs.end(), "toc") != refs.end()) {
         c_.toc_requested = true;
         c_.toc_ordered = ordered;
         c_.toc_attributes = attrs;
         out += toc_marker;
         return;
      }
      std::vector<Node> items;
      for (Node i = cmark_node_first_child(n); i; i = cmark_node_next(i)) items.push_back(i);
      // Task items: a first paragraph starting "[ ] " or "[x] ".
      std::vector<int> task(items.size(), 0);
      bool any_task = false;
      for (size_t i = 0; i < items.size(); ++i) {
         Node p = cmark_node_first_child(items[i]);
         if (!p || type(p) != CMARK_NODE_PARAGRAPH) continue;
         Node t = cmark_node_first_child(p);
         if (!t || type(t) != CMARK_NODE_TEXT) continue;
         std::string_view s = literal(t);
         std::string_view src = line_text(cmark_node_get_start_line(t));
         size_t col = static_cast<size_t>(std::max(cmark_node_get_start_column(t), 1)) - 1;
         bool escaped = col < src.size() && src[col] == '\\';  // `\[ ]` is text
         if (!escaped && s.size() >= 4 && s[0] == '[' && s[2] == ']' && is_space(s[3])) {
            if (s[1] == ' ') task[i] = 1;
            else if (s[1] == 'x' || s[1] == 'X') task[i] = 2;
            if (task[i]) any_task = true;
         }
      }
      if (any_task) merge(attrs, {{"class", "task-list"}});
      pad(out, indent);
      out += ordered ? "<ol" : "<ul";
      append_attributes(out, attrs);
      out += ">\n"sv;
      bool earlier_open = false;  // an earlier item without a first paragraph or transparent
      bool seen_task = false;
      std::vector<Node> kids;  // the item's blocks (one vector for all items)
      for (size_t i = 0; i < items.size(); ++i) {
         Node item = items[i];
         bool last_item = i + 1 == items.size();
         kids.clear();
         for (Node k = cmark_node_first_child(item); k; k = cmark_node_next(k))
            if (!is_marker_only(k)) kids.push_back(k);
         int item_end = last_item ? end_line(n) : start_line(items[i + 1]) - 1;
         bool trailing_blank = !kids.empty() && blank_between(end_line(kids.back()) + (type(kids.back()) == CMARK_NODE_LIST ? 0 : 1), item_end);
         // kramdown's link definition is an element of the item (writing nothing): a blank line
         // before it stays in the item (blank lines between definitions merged into it), and it
         // counts for the first paragraph's <p>.
         bool blank_kept = !kids.empty() && blank_before_definition(end_line(kids.back()) + 1, item_end, container_prefix(kids[0]));
         bool first_p = !kids.empty() && type(kids[0]) == CMARK_NODE_PARAGRAPH;
         bool second_blank = kids.size() > 1 ? blank_between(end_line(kids[0]), start_line(kids[1]) - 1)
                                             : trailing_blank;
         size_t length = kids.size() + (trailing_blank ? 1 : 0) + (blank_kept ? 1 : 0);
         bool transparent = first_p &&
                            (length < 2 || !second_blank || (last_item && kids.size() == 1 && length == 2)) &&
                            (!last_item || items.size() == 1 || earlier_open);
         if (kids.empty() || !first_p || transparent) earlier_open = true;
         seen_task = seen_task || task[i];
         Attributes item_attrs = item_ial(kids);
         // (Once a task item was seen, every later item whose first block is a paragraph.)
         if (seen_task && first_p) merge(item_attrs, {{"class", "task-list-item"}});
         pad(out, indent + 2);
         out += "<li"sv;
         append_attributes(out, item_attrs);
         out += '>';
         if (task[i]) {
            Node t = cmark_node_first_child(kids[0]);
            std::string rest(literal(t).substr(3));
            size_t k = rest.find_first_not_of(" \t");
            rest = k == std::string::npos ? std::string() : rest.substr(k);
            cmark_node_set_literal(t, rest.c_str());
         }
         auto checkbox = [&](std::string& s) {
            if (!task[i]) return;
            s += "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\""sv;
            s += task[i] == 2 ? " checked=\"checked\" />" : " />";
         };
         // The item's content is written in place: out[body..].
         const size_t body = out.size();
         size_t from = 0;
         if (transparent) {
            block_attributes(kids[0]);  // claimed, though a transparent paragraph has no tag
            checkbox(out);
            inline_content(kids[0], out, nullptr);
            if (kids.size() > 1 && !second_blank) {
               trailing_backslash_break(end_line(kids[0]), out);
               out += '\n';
            }
            from = 1;
         } else if (!kids.empty()) {  // an empty item (one holding a link definition, say) is <li></li>
            out += '\n';
         }
         for (size_t k = from; k < kids.size(); ++k) {
            if (k > 0 && blank_between(end_line(kids[k - 1]), start_line(kids[k]) - 1)) out += '\n';
            if (k == 0 && task[i]) {
               std::string para;
               block(kids[0], indent + 4, para);
               size_t gt = para.find('>');
               std::string box;
               checkbox(box);
               para.insert(gt + 1, box);
               out += para;
               continue;
            }
            block(kids[k], indent + 4, out);
         }
         if (blank_kept) out += '\n';
         if ((!transparent && !kids.empty()) || (out.size() > body && out.back() == '\n')) pad(out, indent + 2);
         out += "</li>\n"sv;
      }
      pad(out, indent);
      out += ordered ? "</ol>\n" : "</ul>\n";
   }

   void kramdown_table(const KramdownTable& t, const Attributes& attrs, int indent, std::string& out) {
      pad(out, indent);
      out += "<table"sv;
      append_attributes(out, attrs);
      out += ">\n"sv;
      size_t to = 0;
      for (const auto& [kind, count] : t.sections) {
         size_t from = to;
         to += count;
         const char* group = kind == 'h' ? "thead" : kind == 'f' ? "tfoot" : "tbody";
         const char* cell = kind == 'h' ? "th" : "td";
         pad(out, indent + 2);
         out += std::string("<") + group + ">\n";
         for (size_t r = from; r < to; ++r) {
            pad(out, indent + 4);
            out += "<tr>\n"sv;
            for (size_t col = 0; col < t.rows[r].size(); ++col) {
               pad(out, indent + 6);
               out += '<';
               out += cell;
               char a = col < t.alignment.size() ? t.alignment[col] : 'd';
               append_alignment_style(out, a);
               out += '>';
               size_t before = out.size();
               convert_span(c_, t.rows[r][col], out);
               if (out.size() == before) append_nbsp(out);
               out += "</"sv;
               out += cell;
               out += ">\n"sv;
            }
            pad(out, indent + 4);
            out += "</tr>\n"sv;
         }
         pad(out, indent + 2);
         out += std::string("</") + group + ">\n";
      }
      pad(out, indent);
      out += "</table>\n"sv;
   }

   void table(Node n, int indent, std::string& out) {
      Attributes attrs = block_attributes(n);
      const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(n);
      uint16_t columns = cmark_gfm_extensions_get_table_columns(n);
      pad(out, indent);
      out += "<table"sv;
      append_attributes(out, attrs);
      out += ">\n"sv;
      bool in_body = false;
      for (Node row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
         bool header = cmark_gfm_extensions_get_table_row_is_header(row);
         if (header) {
            pad(out, indent + 2);
            out += "<thead>\n"sv;
         } else if (!in_body) {
            pad(out, indent + 2);
            out += "<tbody>\n"sv;
            in_body = true;
         }
         pad(out, indent + 4);
         out += "<tr>\n"sv;
         uint16_t col = 0;
         for (Node cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++col) {
            pad(out, indent + 6);
            const char* tag = header ? "th" : "td";
            out += '<';
            out += tag;
            char a = col < columns && aligns ? static_cast<char>(aligns[col]) : 0;
            append_alignment_style(out, a);
            out += '>';
            size_t before = out.size();
            inline_content(cell, out, nullptr);
            if (out.size() == before) append_nbsp(out);
            out += "</"sv;
            out += tag;
            out += ">\n"sv;
         }
         pad(out, indent + 4);
         out += "</tr>\n"sv;
         if (header) {
            pad(out, indent + 2);
            out += "</thead>\n"sv;
         }
      }
      if (in_body) {
         pad(out, indent + 2);
         out += "</tbody>\n"sv;
      }
      pad(out, indent);
      out += "</table>\n"sv;
   }

   // ---- inline content ----

   // An HTML span element left open in the output: its start tag at out[start, start + length).
   struct OpenTag {
      std::string name;
      size_t start, length;
      Attributes attributes;
   };

   struct InlineState {
      std::string& run;  // the text not written yet
      int line = 0;       // source line of the current text
      int prefix = 0;     // container indentation columns on continuation lines
      int outer_prefix = 0;   // the same for the item enclosing the block's item
      int first_line = 0;     // the block's first line
      std::string* raw = nullptr;
      std::vector<OpenTag> open_tags{};
      bool toc_entry = false;  // links unwrapped and footnotes dropped (a {:toc} entry)
      // After a line break: cmark keeps a lazy line's leading whitespace after a backslash
      // break, which continuation_indent has written already.
      bool after_break = false;
      // Where the last code span found in the source ended: the next one on that line is after
      // it (no rescan from the line's start: linear in a line's spans).
      int code_line = 0;
      size_t code_end = 0;
   };

   void inline_content(Node block, std::string& out, std::string* raw) {
      apply_kramdown_emphasis(block, lines_);
      // The run is the renderer's buffer, grown by earlier blocks (no growing again for each
      // paragraph); a block written while another one is gets its own.
      std::string own_run;
      const bool outer = !run_busy_;
      run_busy_ = true;
      InlineState st{outer ? run_buffer_ : own_run};
      st.line = start_line(block);
      st.prefix = container_prefix(block);
      st.outer_prefix = outer_container_prefix(block);
      st.first_line = st.line;
      st.raw = raw;
      inlines(block, out, st);
      flush(out, st, "");
      // kramdown closes span elements left open at the end of the block.
      for (size_t i = st.open_tags.size(); i-- > 0;) out += "</" + st.open_tags[i].name + ">";
      if (outer) run_busy_ = false;
   }

   // The content indentation of the item around the block's item or block quote, or 0.
   int outer_container_prefix(Node block) const {
      Node parent = cmark_node_parent(block);
      if (parent && type(parent) == CMARK_NODE_BLOCK_QUOTE) return std::max(container_prefix(parent), 0);
      if (!parent || type(parent) != CMARK_NODE_ITEM) return 0;
      Node list = cmark_node_parent(parent);
      return list ? std::max(container_prefix(list), 0) : 0;
   }

   // The content indentation of the block's container (in columns, the tabs an item's line
   // starts with four each, as kramdown's list reads them); -1 for a block quote.
   int container_prefix(Node block) const {
      Node parent = cmark_node_parent(block);
      if (!parent) return 0;
      cmark_node_type t = type(parent);
      int col = cmark_node_get_start_column(parent) - 1;
      std::string_view line = line_text(start_line(parent));
      if (t == CMARK_NODE_ITEM) {
         int tabs = 0;
         while (tabs < col && line[static_cast<size_t>(tabs)] == '\t') ++tabs;
         return 3 * tabs + item_content_offset(line, static_cast<size_t>(col));
      }
      if (t == CMARK_NODE_BLOCK_QUOTE) return -1;
      if (t == CMARK_NODE_FOOTNOTE_DEFINITION) return 4;
      return 0;
   }

   // The byte offset of the content of the list item whose marker is at line[col].
   static int item_content_offset(std::string_view line, size_t col) {
      size_t i = col;
      while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
      if (i < line.size()) ++i;  // the bullet or the `.`/`)`
      size_t spaces = 0;
      while (i + spaces < line.size() && line[i + spaces] == ' ') ++spaces;
      size_t wide = spaces;  // a wide gap the pre-pass narrowed: kramdown's indentation
      while (i + wide < line.size() && line[i + wide] == '\x01') ++wide;
      if (spaces == 4 && wide > spaces) return static_cast<int>(i + wide);  // (else a paragraph marker)
      if (i + spaces >= line.size()) return 4;  // nothing after the marker: kramdown's indentation is 4
      if (spaces == 0 || spaces > 4) spaces = 1;
      return static_cast<int>(i + spaces);
   }

   // Writes the run, `lookahead` the source after it.
   void flush(std::string& out, InlineState& st, std::string_view lookahead) {
      if (st.run.empty()) return;
      const size_t length = st.run.size();
      st.run.append(lookahead.substr(0, typographic_lookahead));
      write_run(out, st, length);
   }
   // Writes the run before inline node `n`, whose opening is the source after it.
   void flush_before(std::string& out, InlineState& st, Node n) {
      if (st.run.empty()) return;
      const size_t length = st.run.size();
      if (type(n) == CMARK_NODE_CODE) append_code_opening(n, st.run);
      else append_opening(n, st.run);
      st.run.resize(std::min(st.run.size(), length + typographic_lookahead));
      write_run(out, st, length);
   }
   // Writes st.run[0, length) typographic, the rest of st.run its lookahead (one buffer: the
   // two are read as one text, not copied together), and empties the run.
   void write_run(std::string& out, InlineState& st, size_t length) {
      size_t from = out.size();
      const std::string_view joined = st.run;
      append_typographic(out, joined.substr(0, length), joined.substr(length), c_.quotes, st.raw);
      st.run.clear();
      if (!c_.abbreviations.empty()) mark_abbreviations(out, from);
   }

   // Ruby's \w: ASCII only.
   static bool is_word_byte(char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
   }

   // kramdown's replace_abbreviations on text written to out[from..]: each abbreviation not
   // inside a word becomes <abbr title="...">.
   void mark_abbreviations(std::string& out, size_t from) {
      std::string marked;
      size_t copied = from;
      for (size_t i = from; i < out.size();) {
         bool boundary = i == from || !is_word_byte(out[i - 1]);
         const std::pair<std::string, std::string>* hit = nullptr;
         if (boundary) {
            for (const auto& abbr : c_.abbreviations) {
               size_t end = i + abbr.first.size();
               if (out.compare(i, abbr.first.size(), abbr.first) == 0 &&
                   (end >= out.size() || !is_word_byte(out[end]))) {
                  hit = &abbr;
                  break;
               }
            }
         }
         if (!hit) {
            ++i;
            continue;
         }
         marked.append(out, copied, i - copied);
         marked += "<abbr"sv;
         if (!hit->second.empty()) append_attributes(marked, {{"title", hit->second}});
         marked += '>';
         marked += hit->first;
         marked += "</abbr>"sv;
         i += hit->first.size();
         copied = i;
      }
      if (copied == from) return;
      marked.append(out, copied, std::string::npos);
      out.replace(from, std::string::npos, marked);
   }

   std::string_view line_text(int l) const {
      return l > 0 && l < static_cast<int>(lines_.size()) ? lines_[static_cast<size_t>(l)] : std::string_view();
   }

   // kramdown appends a newline to the text of an item's transparent paragraph when a block
   // follows it in the item; a backslash ending that text then makes GFM's hard line break, which
   // as the paragraph's last element writes nothing, and `\\` there is kramdown's own <br />.
   // `html` is the paragraph's output, source line `l` its last.
   void trailing_backslash_break(int l, std::string& html) const {
      std::string_view line = line_text(l);
      line = line.substr(0, line.find_last_not_of(" \t") + 1);
      size_t run = line.size() - (line.find_last_not_of('\\') + 1);
      if (!run || html.empty() || html.back() != '\\') return;
      html.pop_back();
      if (run % 2 == 0) html += "<br />"sv;
   }

   // The spaces kramdown keeps before line `l` where the pre-pass moved it, or -1.
   int kept_spaces(int l) const {
      return l > 0 && static_cast<size_t>(l) < pre_.kept_spaces.size() ? pre_.kept_spaces[static_cast<size_t>(l)] : -1;
   }

   // Leading whitespace kramdown keeps on a continuation line: a quote's `> ` or an item's
   // content indentation is stripped; a lazy line keeps all of its own.
   std::string_view continuation_indent(int l, int prefix, int outer_prefix = 0) const {
      static const std::string spaces(256, ' ');
      if (kept_spaces(l) >= 0)  // (a line the pre-pass moved)
         return std::string_view(spaces).substr(0, std::min(spaces.size(), static_cast<size_t>(kept_spaces(l))));
      std::string_view s = line_text(l);
      size_t n = 0;
      while (n < s.size() && is_space(s[n])) ++n;
      if (prefix < 0) {  // block quote, in an item indented by outer_prefix
         if (n <= 3 + static_cast<size_t>(std::max(outer_prefix, 0)) && n < s.size() && s[n] == '>') {
            size_t b = n + 1;
            if (b < s.size() && s[b] == ' ') ++b;
            size_t e = b;
            while (e < s.size() && is_space(s[e])) ++e;
            return s.substr(b, e - b);
         }
         size_t item = std::min(n, static_cast<size_t>(std::max(outer_prefix, 0)));  // a lazy line
         return s.substr(item, n - item);
      }
      size_t tabs = std::min(s.substr(0, n).find_first_not_of('\t'), n);
      if (prefix > 0 && n > 0 && s[0] == '\t' && s.substr(tabs, n - tabs).find('\t') == std::string_view::npos) {
         // kramdown's list item turns the leading tabs of its lines into four spaces each.
         size_t columns = 4 * tabs + (n - tabs), p = static_cast<size_t>(prefix), outer = static_cast<size_t>(std::max(outer_prefix, 0));
         size_t keep = columns >= p ? columns - p : outer > 0 && columns >= outer ? columns - outer : columns;
         return std::string_view(spaces).substr(0, std::min(keep, spaces.size()));
      }
      if (n >= static_cast<size_t>(prefix)) return s.substr(static_cast<size_t>(prefix), n - static_cast<size_t>(prefix));
      // A lazy line: the enclosing item, if any, still takes its own indentation off.
      if (outer_prefix > 0 && n >= static_cast<size_t>(outer_prefix))
         return s.substr(static_cast<size_t>(outer_prefix), n - static_cast<size_t>(outer_prefix));
      return s.substr(0, n);
   }

   std::string_view trailing_space(int l) const {
      std::string_view s = line_text(l);
      size_t e = s.size();
      while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
      return s.substr(e);
   }

   void text(std::string& out, InlineState& st, std::string_view s) {
      // Pre-pass tokens "\x02N\x03" and paragraph markers "\x01".
      size_t i = 0;
      while (i < s.size()) {
         size_t special = find_byte_of<false, '\x01', '\x02'>(s, i);  // both rare
         if (special == s.size()) {
            st.run.append(s.substr(i));
            return;
         }
         st.run.append(s.substr(i, special - i));
         i = special + 1;
         if (s[special] == '\x01') continue;
         size_t index, length;
         if (!token_at(s, special, pre_.inline_tokens.size(), index, length)) {
            st.run += s[special];  // not a token of the pre-pass
            continue;
         }
         const InlineToken& token = pre_.inline_tokens[index];
         flush(out, st, token.source);
         out += token.html;
         if (st.raw) st.raw->append(token.text);
         i = special + length;
      }
   }

   // Whether line `l` starts (after up to 3 spaces) with kramdown's LAZY_END_HTML_START or _STOP,
   // a tag of no span element (`<div`, `<https:`, `</p >`): kramdown's paragraph ends before it,
   // and when the line makes no HTML block, it joins the paragraph without the trailing
   // whitespace of the line above.
   // Whether line l ends kramdown's paragraph above, to start one that is joined to it again
   // (the text above stripped of its trailing whitespace, "  \n" kept as a break): an HTML tag
   // no block takes, or a fence line kramdown rejects (the pre-pass marks it with \x01).
   bool rejoined_paragraph(int l) const {
      if (starts_lazy_end_tag(l)) return true;
      std::string_view s = line_text(l);
      size_t i = 0;
      while (i < 3 && i < s.size() && s[i] == ' ') ++i;
      if (i >= s.size() || s[i] != '\x01') return false;
      while (i < s.size() && s[i] == '\x01') ++i;
      char mark = 0;
      return fence_length(s.substr(i), mark) != 0;
   }

   bool starts_lazy_end_tag(int l) const {
      std::string_view s = line_text(l);
      size_t i = 0;
      while (i < 3 && i < s.size() && s[i] == ' ') ++i;
      while (i < s.size() && s[i] == '\x01') ++i;  // the pre-pass's paragraph marker
      if (size_t index, length; i < s.size() && s[i] == '\x02' &&
                                token_at(s, i, pre_.inline_tokens.size(), index, length)) {
         s = pre_.inline_tokens[index].source;  // an autolink the pre-pass wrote
         i = 0;
      }
      if (i + 1 >= s.size() || s[i] != '<') return false;
      bool end = s[i + 1] == '/';
      size_t from = i + (end ? 2 : 1), word = from;
      while (word < s.size() && is_word_byte(s[word])) ++word;
      if (word == from || (s[from] >= '0' && s[from] <= '9')) return false;
      std::string_view name = s.substr(from, word - from);
      if (is_span_element(name) || name == "script") return false;
      if (!end) return true;
      while (word < s.size() && (is_word_byte(s[word]) || s[word] == '-' || s[word] == '.' || s[word] == ':')) ++word;
      while (word < s.size() && is_space(s[word])) ++word;
      return word < s.size() && s[word] == '>';
   }

   // Whether link `n` with the text `text` is an autolink `<...>` (cmark gives an email address
   // the URL "mailto:" + text).
   bool is_autolink(Node n, std::string_view text, std::string_view url) const {
      if (text != url && !(url.size() == text.size() + 7 && url.compare(0, 7, "mailto:") == 0 && url.substr(7) == text))
         return false;
      // (Inline columns are off in containers: the `<text>` is looked for on the line.)
      std::string_view line = line_text(cmark_node_get_start_line(n));
      for (size_t at = line.find(text); at != std::string_view::npos; at = line.find(text, at + 1))
         if (at > 0 && line[at - 1] == '<' && at + text.size() < line.size() && line[at + text.size()] == '>') return true;
      return false;
   }

   // Text cmark read as a URL, title, code or HTML, with the pre-pass tokens undone.
   std::string restored(std::string_view s) const {
      if (s.find('\x02') == std::string_view::npos) return std::string(s);
      return restore_tokens(s, pre_.inline_tokens);
   }
   // The same without a copy when there is no token: `s` itself, or the text kept in `storage`.
   std::string_view restored(std::string_view s, std::string& storage) const {
      if (s.find('\x02') == std::string_view::npos) return s;
      storage = restore_tokens(s, pre_.inline_tokens);
      return storage;
   }

   void inlines(Node parent, std::string& out, InlineState& st) {
      for (Node n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
         cmark_node_type t = type(n);
         if (st.after_break) {
            st.after_break = false;
            if (t == CMARK_NODE_TEXT) {
               std::string_view s = literal(n);
               text(out, st, s.substr(std::min(s.size(), s.find_first_not_of(" \t"))));
               continue;
            }
         }
         switch (t) {
            case CMARK_NODE_TEXT: text(out, st, literal(n)); continue;
            case CMARK_NODE_SOFTBREAK:
               if (cmark_node_get_user_data(n) ||  // within a span IAL
                   (st.line + 1 < static_cast<int>(pre_.joined_line.size()) && pre_.joined_line[static_cast<size_t>(st.line + 1)])) {
                  ++st.line;
                  continue;
               }
               if (opt_.hard_wrap) {
                  hard_break(out, st, trailing_space(st.line));
                  continue;
               }
               if (std::string_view tail = trailing_space(st.line); !tail.empty() && !rejoined_paragraph(st.line + 1))
                  st.run += tail;
               st.run += '\n';
               ++st.line;
               st.run += continuation_indent(st.line, st.prefix, st.outer_prefix);
               continue;
            case CMARK_NODE_LINEBREAK: {
               // Two of the trailing spaces make the break, unless every newline is one.
               std::string_view tail = trailing_space(st.line);
               if (!opt_.hard_wrap) tail = tail.size() > 2 ? tail.substr(0, tail.size() - 2) : std::string_view();
               if (rejoined_paragraph(st.line + 1)) tail = {};
               hard_break(out, st, tail);
               continue;
            }
            default: break;
         }
         flush_before(out, st, n);
         Attributes span_ial;
         if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE || t == CMARK_NODE_CODE ||
             t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG)
            span_ial = take_span_ial(n);
         switch (t) {
            case CMARK_NODE_CODE: {
               bool literal_backtick = false;
               std::string code = code_span_source(n, st, &literal_backtick);
               // (A continuation line's paragraph marker from the pre-pass is no code.)
               if (code.find('\x01') != std::string::npos) code.erase(std::remove(code.begin(), code.end(), '\x01'), code.end());
               if (literal_backtick) {
                  // kramdown: a single backtick between spaces starts no code span.
                  st.run += '`';
                  st.run += code;
                  st.run += '`';
                  break;
               }
               if (span_ial.empty()) append_code_span(out, code, opt_);
               else append_code_span(out, code, opt_, std::move(span_ial));
               if (st.raw) st.raw->append(code);
               break;
            }
            case CMARK_NODE_EMPH:
            case CMARK_NODE_STRONG: {
               const std::string_view tag = t == CMARK_NODE_EMPH ? "em" : "strong";
               out += '<';
               out += tag;
               append_attributes(out, span_ial);
               out += '>';
               inlines(n, out, st);
               // The closing marks are what the smart quote rules see after the text.
               const std::string_view marks = emphasis_mark(n) == '_' ? "__"sv : "**"sv;
               flush(out, st, marks.substr(0, t == CMARK_NODE_EMPH ? 1 : 2));
               out += "</"sv;
               out += tag;
               out += '>';
               break;
            }
            case CMARK_NODE_LINK: {
               if (st.toc_entry) {
                  inlines(n, out, st);
                  flush(out, st, "]");
                  break;
               }
               std::string url_storage;
               const std::string_view url = restored(cmark_node_get_url(n), url_storage);
               const char* title = cmark_node_get_title(n);
               out += "<a"sv;
               if ((title && *title) || !span_ial.empty()) {
                  Attributes attrs{{"href", std::string(url)}};
                  if (title && *title) attrs.emplace_back("title", restored(title));
                  merge(attrs, span_ial);
                  append_attributes(out, attrs);
               } else {
                  append_attribute(out, "href", url);  // (the usual link: no vector of attributes)
               }
               out += '>';
               Node only = cmark_node_first_child(n);
               if (url.compare(0, 7, "mailto:") == 0 && only && !cmark_node_next(only) &&
                   type(only) == CMARK_NODE_TEXT && literal(only) == url) {
                  // kramdown's email autolink `<mailto:x>` shows the address alone.
                  append_escaped_text(out, url.substr(7));
                  out += "</a>"sv;
                  break;
               }
               if (only && !cmark_node_next(only) && type(only) == CMARK_NODE_TEXT && is_autolink(n, literal(only), url)) {
                  // kramdown's autolink text is the address as written: no typographic symbols.
                  append_escaped_text(out, literal(only));
                  out += "</a>"sv;
                  break;
               }
               inlines(n, out, st);
               flush(out, st, "]");
               out += "</a>"sv;
               break;
            }
            case CMARK_NODE_IMAGE: {
               std::string alt;
               alt_source(n, alt);
               Attributes attrs{{"src", restored(cmark_node_get_url(n))}, {"alt", restore_tokens(alt, pre_.inline_tokens, true)}};
               const char* title = cmark_node_get_title(n);
               if (title && *title) attrs.emplace_back("title", restored(title));
               merge(attrs, span_ial);
               out += "<img"sv;
               append_attributes(out, attrs);
               out += " />"sv;
               break;
            }
            case CMARK_NODE_HTML_INLINE: inline_html(n, out, st); break;
            case CMARK_NODE_FOOTNOTE_REFERENCE:
               if (!st.toc_entry) footnote_reference(n, out);
               break;
            default:
               if (t == CMARK_NODE_STRIKETHROUGH) {
                  out += "<del>"sv;
                  inlines(n, out, st);
                  flush(out, st, "~~");
                  out += "</del>"sv;
               }
               break;
         }
      }
   }

   // The alt text of image `n` as kramdown takes it: the source between its brackets (escapes
   // undone), rebuilt from cmark's nodes.
   void alt_source(Node n, std::string& out) const {
      for (Node c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
         switch (type(c)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_HTML_INLINE: out += literal(c); break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK: out += '\n'; break;
            case CMARK_NODE_CODE: {
               std::string_view code = literal(c);
               size_t longest = 0;
               for (size_t i = 0, run = 0; i < code.size(); ++i) longest = std::max(longest, run = code[i] == '`' ? run + 1 : 0);
               std::string ticks(longest + 1, '`');
               bool pad = !code.empty() && (code.front() == '`' || code.back() == '`');
               out += ticks + (pad ? " " : "") + std::string(code) + (pad ? " " : "") + ticks;
               break;
            }
            case CMARK_NODE_EMPH:
            case CMARK_NODE_STRONG: {
               std::string_view line = line_text(cmark_node_get_start_line(c));
               size_t at = static_cast<size_t>(std::max(cmark_node_get_start_column(c), 1)) - 1;
               std::string marks(type(c) == CMARK_NODE_EMPH ? 1 : 2, at < line.size() && line[at] == '_' ? '_' : '*');
               out += marks;
               alt_source(c, out);
               out += marks;
               break;
            }
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE: {  // (an inline link or image as written: kramdown keeps its source)
               std::string url = cmark_node_get_url(c) ? cmark_node_get_url(c) : "";
               std::string_view line = line_text(cmark_node_get_start_line(c));
               // (the pre-pass gives a URL it read itself as `<token>`)
               if (line.find("](" + url) == std::string_view::npos && line.find("](<" + url + ">") == std::string_view::npos) {
                  plain_text(c, out);  // (a reference link: its form is not known here)
                  break;
               }
               out += type(c) == CMARK_NODE_IMAGE ? "![" : "[";
               alt_source(c, out);
               out += "]("sv;
               out += restored(cmark_node_get_url(c));
               if (const char* title = cmark_node_get_title(c); title && *title) out.append(" \"").append(restored(title)).append("\"");
               out += ')';
               break;
            }
            default: plain_text(c, out);
         }
      }
   }

   // The span IALs `{: ...}` right after `n` (which kramdown applies to the span element before
   // it), taken out of the text that follows. One may go on to the next line.
   Attributes take_span_ial(Node n) const {
      Attributes attrs;
      for (;;) {
         Node next = cmark_node_next(n);
         if (!next || type(next) != CMARK_NODE_TEXT) break;
         std::string_view head = literal(next);
         if (head.substr(0, 2) != "{:" || (head.size() > 2 && head[2] == ':')) break;
         std::string s(head);
         std::string ial, rest;
         if (size_t close = s.find('}'); close != std::string::npos) {
            ial = raw_span_ial(next, s.substr(2, close - 2));
            rest = s.substr(close + 1);
            cmark_node_set_literal(next, rest.c_str());
         } else {
            Node br = cmark_node_next(next);
            Node after = br ? cmark_node_next(br) : nullptr;
            if (!br || type(br) != CMARK_NODE_SOFTBREAK || !after || type(after) != CMARK_NODE_TEXT) break;
            std::string tail(literal(after));
            size_t end = tail.find('}');
            if (end == std::string::npos) break;
            ial = s.substr(2) + " " + tail.substr(0, end);
            rest = tail.substr(end + 1);
            cmark_node_set_literal(next, "");
            cmark_node_set_user_data(br, const_cast<char*>("ial"));  // writes no newline
            cmark_node_set_literal(after, rest.c_str());
         }
         AttributeList list;
         parse_attribute_list(ial, list);
         merge_attribute_list(attrs, list);
      }
      return attrs;
   }

   // The IAL whose text cmark gave as `decoded` as written on the line of text node `n`:
   // kramdown keeps its backslashes (`target="\_blank"`).
   std::string raw_span_ial(Node n, const std::string& decoded) const {
      std::string_view line = line_text(cmark_node_get_start_line(n));
      if (line.find('\\') == std::string_view::npos) return decoded;
      for (size_t at = line.find("{:"); at != std::string_view::npos; at = line.find("{:", at + 2)) {
         size_t close = line.find('}', at);
         if (close == std::string_view::npos) break;
         std::string_view raw = line.substr(at + 2, close - at - 2);
         std::string unescaped;
         for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\\' && i + 1 < raw.size() && std::ispunct(static_cast<unsigned char>(raw[i + 1]))) ++i;
            unescaped += raw[i];
         }
         if (unescaped == decoded) return std::string(raw);
      }
      return decoded;
   }

   // Appends how code span `n` starts in the source, its backtick run whole (a quote before "```x" is
   // a closing one to kramdown: punctuation follows it with no word boundary).
   void append_code_opening(Node n, std::string& out) const {
      std::string_view line = line_text(cmark_node_get_start_line(n));
      size_t at = static_cast<size_t>(std::max(cmark_node_get_start_column(n), 1)) - 1;
      while (at > 0 && at <= line.size() && line[at - 1] == '`') --at;  // (the column may be the text's)
      size_t run = 0;
      while (at + run < line.size() && line[at + run] == '`') ++run;
      if (run > 1) out.append(run - 1, '`');
      append_opening(n, out);
   }

   // The code span's text as written, which kramdown keeps (newlines and single-backtick
   // padding included); cmark gives it with newlines as spaces. Its lines come from cmark; its
   // columns are not reliable, so the span is found on its first line by its content.
   std::string code_span_source(Node n, InlineState& st, bool* literal_backtick) {
      std::string restored_literal;
      const std::string_view lit = restored(literal(n), restored_literal);
      int first = cmark_node_get_start_line(n), last = cmark_node_get_end_line(n);
      if (first > 0 && first < st.line) {
         // (cmark-gfm counts no line at a backslash line break: the span is on the line walked to)
         last += st.line - first;
         first = st.line;
      }
      std::string_view line = line_text(first);
      if (first <= 0 || last < first) return std::string(lit);
      for (size_t p = line.find('`', first == st.code_line ? st.code_end : 0); p != std::string_view::npos;
           p = line.find('`', p)) {
         size_t run = 0;
         while (p + run < line.size() && line[p + run] == '`') ++run;
         size_t slashes = 0;
         while (slashes < p && line[p - slashes - 1] == '\\') ++slashes;
         if (slashes % 2) {  // an escaped backtick opens no span
            ++p;
            continue;
         }
         std::string raw;
         bool ok = true;
         size_t from = p + run, skip = from;  // skip: past this candidate's closing run
         size_t end_on_last = 0;               // past the closing run, on the span's last line
         for (int l = first; ok && l <= last; ++l) {
            std::string_view s = l == first ? line.substr(from) : line_text(l);
            size_t begin = 0;
            if (l != first) {
               raw += '\n';
               raw += continuation_indent(l, st.prefix, st.outer_prefix);
               while (begin < s.size() && (is_space(s[begin]) || (st.prefix < 0 && s[begin] == '>'))) ++begin;
               if (st.prefix < 0 && begin < s.size() && s[begin] == ' ') ++begin;
            }
            if (l == last) {
               const std::string closing(run, '`');  // (short: no allocation)
               size_t close = s.find(closing, begin);
               while (close != std::string_view::npos && close + run < s.size() && s[close + run] == '`')
                  close = s.find(closing, close + run + 1);
               if (close == std::string_view::npos) {
                  ok = false;
               } else {
                  raw.append(s.substr(begin, close - begin));
                  end_on_last = (l == first ? from : 0) + close + run;
                  if (l == first) skip = end_on_last;
               }
            } else {
               raw.append(s.substr(begin));
            }
         }
         p = skip;  // an earlier span of the line, or backticks that open none
         if (ok && raw.find('\x02') != std::string::npos) raw = restore_tokens(raw, pre_.inline_tokens);
         if (!ok || !same_code(raw, lit)) continue;
         st.line += last - first;
         st.code_line = last;
         st.code_end = end_on_last;
         if (run == 1 && !raw.empty() && is_space(raw[0]) && (from == 1 || is_space(line[from - 2])))
            *literal_backtick = true;
         if (run > 1) {
            if (!raw.empty() && raw.front() == ' ') raw.erase(0, 1);
            if (!raw.empty() && raw.back() == ' ') raw.pop_back();
         }
         return raw;
      }
      return std::string(lit);
   }

   // Whether source text `raw` is what cmark made `lit` from (newlines as spaces, the next
   // line's indentation dropped, one space of padding on each side dropped). cmark keeps the
   // spaces ending a line; `drop_trailing` tries the text without them too. `kept_indent`: the
   // next line's indentation kept (a lazy line the pre-pass gave cmark with its spaces).
   static bool same_code(std::string_view raw, std::string_view lit) {
      if (raw.find('\n') == std::string_view::npos) return same_text(raw, lit);  // (one line: nothing to collapse)
      return same_code(raw, lit, false) || same_code(raw, lit, true) || same_code(raw, lit, false, true);
   }
   static bool same_code(std::string_view raw, std::string_view lit, bool drop_trailing, bool kept_indent = false) {
      std::string collapsed;
      for (size_t i = 0; i < raw.size(); ++i) {
         if (raw[i] == '\n') {
            while (drop_trailing && !collapsed.empty() && is_space(collapsed.back())) collapsed.pop_back();
            collapsed += ' ';
            while (!kept_indent && i + 1 < raw.size() && is_space(raw[i + 1])) ++i;
         } else {
            collapsed += raw[i];
         }
      }
      return same_text(collapsed, lit);
   }
   // Whether `collapsed` is `lit`, or `lit` with one space of padding on each side.
   static bool same_text(std::string_view collapsed, std::string_view lit) {
      if (collapsed == lit) return true;
      std::string_view t = collapsed;
      return t.size() >= 2 && t.front() == ' ' && t.back() == ' ' &&
             t.find_first_not_of(' ') != std::string_view::npos && t.substr(1, t.size() - 2) == lit;
   }

   void hard_break(std::string& out, InlineState& st, std::string_view kept_space) {
      st.run.append(kept_space);
      flush(out, st, "  \n");
      out += "<br />"sv;
      ++st.line;
      st.run += '\n';
      st.run += continuation_indent(st.line, st.prefix, st.outer_prefix);
      st.after_break = true;
   }

   void inline_html(Node n, std::string& out, InlineState& st) {
      std::string html = restored(literal(n));
      // A tag name the pre-pass hid from cmark gets its own back.
      if (size_t at = html.compare(0, 1, "<") == 0 ? (html.compare(1, 1, "/") == 0 ? 2 : 1) : 0;
          at && html.compare(at, hidden_tag_prefix.size(), hidden_tag_prefix) == 0) {
         size_t digits = at + hidden_tag_prefix.size(), end = digits, index = 0;
         for (; end < html.size() && html[end] >= '0' && html[end] <= '9'; ++end) index = index * 10 + (html[end] - '0');
         if (end > digits && index < pre_.inline_tokens.size())
            html.replace(at, end - at, pre_.inline_tokens[index].source);
      }
      // cmark's inline HTML may span lines that carry the pre-pass's paragraph marker.
      html.erase(std::remove(html.begin(), html.end(), '\x01'), html.end());
      if (html.find('\n') != std::string::npos) {
         // cmark took the indentation of its continuation lines off (not a list item's lazy
         // line's: the indentation is written anew from the source); kramdown keeps it.
         std::string indented;
         for (size_t k = 0; k < html.size(); ++k) {
            indented += html[k];
            if (html[k] != '\n') continue;
            indented += continuation_indent(++st.line, st.prefix, st.outer_prefix);
            while (k + 1 < html.size() && (html[k + 1] == ' ' || html[k + 1] == '\t')) ++k;
         }
         html = std::move(indented);
      }
      html_piece(n, html, out, st);
   }

   // Raw HTML `lit` (of node `n`) as kramdown writes it: a comment or a tag kramdown reads is
   // HTML, anything else text, in which the tags kramdown reads are HTML again.
   void html_piece(Node n, std::string_view lit, std::string& out, InlineState& st) {
      HtmlTag tag;
      std::string end_name;
      if (comment_length(lit, 0) == lit.size() && !lit.empty()) {
         out += lit;
         return;
      }
      if (parse_start_tag(lit, 0, tag) && tag.length == lit.size()) {
         if (is_block_element(tag.name)) {
            // A block-level tag in span text is kept as text, untouched by smart quotes.
            as_text(out, st, lit);
            return;
         }
         tag.attributes.erase(std::remove_if(tag.attributes.begin(), tag.attributes.end(),
                                             [](const auto& a) { return a.first == "markdown"; }),
                              tag.attributes.end());
         for (auto& a : tag.attributes) std::replace(a.second.begin(), a.second.end(), '\n', ' ');  // (kramdown's value)
         bool closed = is_void_element(tag.name) || tag.self_closed;
         if (closed) merge(tag.attributes, take_span_ial(n));
         size_t start = out.size();
         out += '<';
         out += tag.name;
         append_attributes(out, tag.attributes);
         if (is_void_element(tag.name)) {
            out += " />"sv;
         } else if (tag.self_closed) {
            out += "></" + tag.name + ">";
         } else {
            out += '>';
            st.open_tags.push_back({tag.name, start, out.size() - start, std::move(tag.attributes)});
         }
         return;
      }
      if (size_t len = parse_end_tag(lit, 0, end_name); len == lit.size() && len) {
         std::string lname = end_name;
         for (char& ch : lname)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
         // Only the innermost open element's end tag closes it: kramdown reads another one
         // (`<b><span>x</b>`) as text, and closes the elements left open at the end.
         if (!st.open_tags.empty() && st.open_tags.back().name == lname) {
            size_t i = st.open_tags.size() - 1;
            OpenTag& open = st.open_tags[i];
            if (Attributes ial = take_span_ial(n); !ial.empty()) {
               // The IAL after the end tag applies to the element: its start tag is rewritten.
               merge(open.attributes, ial);
               std::string start_tag = "<" + open.name;
               append_attributes(start_tag, open.attributes);
               start_tag += '>';
               out.replace(open.start, open.length, start_tag);
            }
            st.open_tags.resize(i);
            out += "</" + lname + ">";
            return;
         }
         as_text(out, st, lit);  // an end tag without its start tag
         return;
      }
      // Not a tag to kramdown (`<a b='c <em>d</em>'` over lines, which cmark took whole): text.
      size_t from = 0;
      for (size_t k = lit.find('<', 1); k != std::string_view::npos; k = lit.find('<', k + 1)) {
         size_t length = comment_length(lit, k);
         if (!length && parse_start_tag(lit, k, tag)) length = tag.length;
         if (!length) length = parse_end_tag(lit, k, end_name);
         if (!length) continue;
         st.run.append(lit.substr(from, k - from));
         flush(out, st, lit.substr(k, length));
         html_piece(n, lit.substr(k, length), out, st);
         from = k + length;
         k = from - 1;
      }
      st.run.append(lit.substr(from));
   }

   // Source kramdown adds as one piece of text: escaped as text (entity references kept), no
   // typography, a boundary for quotes.
   void as_text(std::string& out, InlineState& st, std::string_view text) {
      flush(out, st, text);
      append_escaped_text(out, text);
      if (st.raw) st.raw->append(text);
   }

public:
   // Whether the footnote definition `def` lies past this document's text: one of the stubs
   // standing for an outer document's definitions.
   bool is_stub(Node def) const { return start_line(def) >= static_cast<int>(lines_.size()); }

private:
   void footnote_reference(Node n, std::string& out) {
      Node def = n->parent_footnote_def;
      std::string name = def ? std::string(reinterpret_cast<const char*>(def->as.literal.data),
                                           static_cast<size_t>(def->as.literal.len))
                             : std::string(literal(n));
      Conversion::Footnote* fn = nullptr;
      for (auto& f : c_.footnotes)
         if (f.name == name) fn = &f;
      const void* owner = this;
      if (def && is_stub(def)) {
         // Defined in an outer document: its definition, written by its renderer.
         def = nullptr;
         owner = nullptr;
         for (const auto& open : c_.open_definitions) {
            if (open.name != name) continue;
            def = open.definition;
            owner = open.owner;
         }
      }
      std::string repeat;
      if (fn) {
         repeat = ":" + std::to_string(fn->references);
         ++fn->references;
      } else {
         c_.footnotes.push_back({name, {}, 1, opt_.footnote_nr + static_cast<int>(c_.footnotes.size()), def, owner});
         fn = &c_.footnotes.back();
      }
      out += "<sup id=\"fnref:"sv;
      append_escaped_attribute(out, name);
      out += repeat;
      out += "\" role=\"doc-noteref\"><a href=\"#fn:"sv;
      append_escaped_attribute(out, name);
      out += "\" class=\"footnote\" rel=\"footnote\">"sv;
      out += std::to_string(fn->number);
      out += "</a></sup>"sv;
   }

   Conversion& c_;
   const Options& opt_;
   const Prepass& pre_;
   bool in_html_;
   bool parse_block_html_;  // the value this document's prepass started with
   std::vector<std::string_view> lines_;
   std::vector<bool> ial_used_;
   std::string run_buffer_;  // InlineState::run's storage, empty between blocks
   bool run_busy_ = false;   // whether a block's inline content is using it
};

}  // namespace

namespace {

// kramdown's options extension for the options that change the HTML after the parse.
void apply_inline_options(Options& options, const Attributes& inline_options) {
   for (const auto& [key, value] : inline_options) {
      if (key == "toc_levels") {
         if (auto levels = toc_levels_named(value)) options.toc_levels = std::move(*levels);
      } else if (key == "auto_ids" || key == "hard_wrap") {
         (key == "auto_ids" ? options.auto_ids : options.hard_wrap) = value == "true";
      } else if (key == "footnote_backlink") {
         options.footnote_backlink = value;
      } else if (key == "entity_output") {
         options.entity_output = entity_output_named(value);
      }
   }
}

}  // namespace

// A paragraph referring to each `[^label]:` that starts a line of `text`.
std::string footnote_references(std::string_view text) {
   std::string refs;
   for (size_t at = text.find("[^"); at != std::string_view::npos; at = text.find("[^", at + 2)) {
      size_t line = text.rfind('\n', at);
      line = line == std::string_view::npos ? 0 : line + 1;
      if (text.find_first_not_of(" \t", line) != at) continue;
      // (on the line only: a search to the end of the text for each was quadratic)
      size_t eol = std::min(text.find('\n', at), text.size());
      size_t close = text.substr(0, eol).find("]:", at);
      if (close == std::string_view::npos) continue;
      refs.append(text.substr(at, close + 1 - at)).append(" ");
   }
   return refs;
}

void convert_document(Conversion& c, std::string_view source, int indent, bool in_html,
                      std::string& out, bool after_block) {
   // Jekyll 4.3.1 converts 1,027 nested `<div>` lines with parse_block_html and stops with
   // SystemStackError at 1,028 (the top-level document and one document per element).
   constexpr int kramdown_document_depth = 1028;
   struct Depth {
      int& depth;
      explicit Depth(int& d) : depth(++d) {}
      ~Depth() { --depth; }
   } depth(c.document_depth);
   if (c.document_depth > kramdown_document_depth) throw NestingTooDeep();
   Prepass pre = run_prepass(source, c.options.parse_block_html, c.options.entity_output, after_block);
   const Options::EntityOutput entities = c.options.entity_output;
   apply_inline_options(c.options, pre.inline_options);
   if (c.options.entity_output != entities) {
      // `{::options entity_output=... /}` holds for the whole document: kramdown converts
      // after parsing.
      pre = run_prepass(source, c.options.parse_block_html, c.options.entity_output, after_block);
      c.quotes = quote_chars(c.options);
   }
   for (auto& ald : pre.alds) c.alds.push_back(std::move(ald));
   if (!pre.abbreviations.empty()) {
      for (auto& [id, title] : pre.abbreviations) {
         std::string key;
         append_escaped_text(key, id);
         auto same = std::find_if(c.abbreviations.begin(), c.abbreviations.end(),
                                  [&](const auto& a) { return a.first == key; });
         if (same != c.abbreviations.end()) same->second = title;  // a later definition wins
         else c.abbreviations.emplace_back(std::move(key), title);
      }
      std::stable_sort(c.abbreviations.begin(), c.abbreviations.end(),
                       [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
   }
   std::string text = pre.text;
   if (!c.link_definitions.empty()) text += "\n\n" + c.link_definitions;
   if (!pre.moved_definitions.empty()) text += "\n\n" + pre.moved_definitions;
   if (!c.footnote_stubs.empty()) text += "\n\n" + c.footnote_stubs;
   // cmark drops a footnote definition nothing refers to; a nested document may refer to it.
   std::string references = footnote_references(pre.text);
   if (!references.empty()) text += "\n\n" + references;
   Document doc = parse(text);
   c.link_definitions += pre.link_definitions;
   check_nesting(doc.get());
   Renderer renderer(c, pre, in_html);
   size_t open_definitions = c.open_definitions.size(), stubs = c.footnote_stubs.size();
   for (Node n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
      if (type(n) != CMARK_NODE_FOOTNOTE_DEFINITION || renderer.is_stub(n)) continue;
      std::string name(reinterpret_cast<const char*>(n->as.literal.data), static_cast<size_t>(n->as.literal.len));
      c.open_definitions.push_back({name, n, &renderer});
      c.footnote_stubs += "[^" + name + "]: .\n\n";
   }
   size_t first_footnote = c.footnotes.size();
   renderer.document(doc.get(), indent, out);
   renderer.footnote_items(static_cast<int>(first_footnote));
   c.open_definitions.resize(open_definitions);
   c.footnote_stubs.resize(stubs);
}

void convert_span(Conversion& c, std::string_view source, std::string& out) {
   // Span content keeps its surrounding whitespace, which cmark would drop.
   size_t b = source.find_first_not_of(" \t\r\n");
   if (b == std::string_view::npos) {
      out += source;
      return;
   }
   size_t e = source.find_last_not_of(" \t\r\n");
   out += source.substr(0, b);
   // Every line is paragraph text: the paragraph marker keeps cmark from starting a block
   // (a list, a header ...) on any of them.
   std::string text;
   std::string_view rest = source.substr(b, e + 1 - b);
   for (bool first = true; !rest.empty(); first = false) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl == std::string_view::npos ? rest.size() : nl + 1);
      rest.remove_prefix(line.size());
      size_t indent = first ? 0 : line.find_first_not_of(" \t");
      if (indent == std::string_view::npos || line[indent] == '\n' || line[indent] == '\r') {
         text += line;
         continue;
      }
      text += line.substr(0, indent);
      text += '\x01';
      text += line.substr(indent);
   }
   std::string inner;
   convert_document(c, text, 0, true, inner);
   if (inner.substr(0, 3) == "<p>" && inner.size() >= 8) inner = inner.substr(3, inner.size() - 8);
   out += inner;
   out += source.substr(e + 1);
}

}  // namespace jekyllpp::markdown
