#include "html_tags.hpp"

#include <algorithm>

#include "escape.hpp"
#include "unicode_tables.hpp"

namespace jekyllpp::markdown {
namespace {

bool is_name_start(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool is_name_char(char c) {
   return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}
bool is_word(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          static_cast<unsigned char>(c) >= 0x80;
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Past the name character at s[pos] (REXML's `[[:alpha:]_]` to start, `[-[:alnum:]._]` after:
// beyond ASCII, word characters), or pos.
size_t name_char_end(std::string_view s, size_t pos, bool start) {
   if (static_cast<unsigned char>(s[pos]) < 0x80) return (start ? is_name_start(s[pos]) : is_name_char(s[pos])) ? pos + 1 : pos;
   size_t next = pos;
   return is_word_char(decode_utf8(s, next)) ? next : pos;
}

// REXML's NCName.
size_t ncname_end(std::string_view s, size_t pos) {
   if (pos >= s.size() || name_char_end(s, pos, true) == pos) return pos;
   pos = name_char_end(s, pos, true);
   for (size_t next = pos; pos < s.size(); pos = next) {
      if (static_cast<unsigned char>(s[pos]) < 0x80) next = is_name_char(s[pos]) ? pos + 1 : pos;  // (the common case)
      else next = name_char_end(s, pos, false);
      if (next == pos) break;
   }
   return pos;
}

// REXML's UNAME_STR: an NCName, optionally "prefix:" before it.
size_t name_end(std::string_view s, size_t pos) {
   size_t end = ncname_end(s, pos);
   if (end > pos && end < s.size() && s[end] == ':') {
      size_t local = ncname_end(s, end + 1);
      if (local > end + 1) return local;
   }
   return end;
}

std::string lower(std::string_view s) {
   std::string r(s);
   for (char& c : r)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
   return r;
}

bool in_list(std::string_view name, std::initializer_list<std::string_view> list) {
   return std::find(list.begin(), list.end(), name) != list.end();
}

}  // namespace

bool is_span_element(std::string_view n) {
   return in_list(n, {"a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code",
                      "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark",
                      "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select",
                      "small", "span", "strong", "sub", "sup", "tt", "u", "var"});
}

bool is_block_element(std::string_view n) {
   return in_list(n, {"address", "article", "aside", "applet", "body", "blockquote", "caption", "col",
                      "colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption", "footer", "form",
                      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head",
                      "iframe", "legend", "menu", "li", "main", "map", "nav", "ol", "optgroup", "p",
                      "pre", "section", "summary", "table", "tbody", "td", "th", "thead", "tfoot",
                      "tr", "ul"});
}

bool is_void_element(std::string_view n) {
   return in_list(n, {"area", "base", "br", "col", "command", "embed", "hr", "img", "input",
                      "keygen", "link", "meta", "param", "source", "track", "wbr"});
}

char content_model(std::string_view n) {
   if (in_list(n, {"address", "applet", "article", "aside", "blockquote", "body", "dd", "details",
                   "div", "dl", "fieldset", "figure", "figcaption", "footer", "form", "header",
                   "hgroup", "iframe", "li", "main", "map", "menu", "nav", "noscript", "object",
                   "section", "summary", "td"}))
      return 'b';
   if (in_list(n, {"a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del",
                   "dfn", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins", "label",
                   "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby",
                   "select", "small", "span", "strong", "sub", "sup", "th", "tt"}))
      return 's';
   return 'r';
}

char take_markdown_attribute(HtmlTag& tag, char model) {
   for (auto it = tag.attributes.begin(); it != tag.attributes.end(); ++it) {
      if (it->first != "markdown") continue;
      if (it->second == "0") model = 'r';
      else if (it->second == "1") model = content_model(tag.name);
      else if (it->second == "block") model = 'b';
      else if (it->second == "span") model = 's';
      tag.attributes.erase(it);
      break;
   }
   return model;
}

bool is_known_element(std::string_view n) {
   return is_span_element(n) || is_void_element(n) || content_model(n) != 'r' ||
          is_block_element(n) ||
          in_list(n, {"script", "style", "math", "option", "textarea", "code", "kbd", "samp", "var"});
}

bool parse_start_tag(std::string_view s, size_t pos, HtmlTag& tag) {
   if (pos >= s.size() || s[pos] != '<') return false;
   size_t i = pos + 1, name_stop = name_end(s, i);
   if (name_stop == i) return false;
   std::string name(s.substr(i, name_stop - i));
   i = name_stop;
   std::vector<std::pair<std::string, std::string>> attrs;
   while (true) {
      size_t j = i;
      while (j < s.size() && is_space(s[j])) ++j;
      if (j == i) break;  // each attribute needs whitespace before it
      size_t an_end = name_end(s, j);
      if (an_end == j) break;
      std::string attr_name(s.substr(j, an_end - j));
      std::string value;
      size_t k = an_end;
      while (k < s.size() && is_space(s[k])) ++k;
      if (k < s.size() && s[k] == '=') {
         ++k;
         while (k < s.size() && is_space(s[k])) ++k;
         if (k < s.size() && (s[k] == '"' || s[k] == '\'')) {
            size_t close = s.find(s[k], k + 1);
            if (close == std::string_view::npos) break;
            value.assign(s.substr(k + 1, close - k - 1));
            k = close + 1;
         } else if (k < s.size() && is_word(s[k])) {
            size_t v = k;
            while (k < s.size() && is_word(s[k])) ++k;
            value.assign(s.substr(v, k - v));
         } else {
            k = an_end;  // `=` without a value: the attribute ends at its name
         }
      } else {
         k = an_end;
      }
      attrs.emplace_back(std::move(attr_name), std::move(value));
      i = k;
   }
   while (i < s.size() && is_space(s[i])) ++i;
   bool closed = false;
   if (i < s.size() && s[i] == '/') {
      closed = true;
      ++i;
   }
   if (i >= s.size() || s[i] != '>') return false;
   std::string lname = lower(name);
   bool known = is_known_element(lname);
   tag.name = known ? lname : name;
   tag.attributes.clear();
   for (auto& [n, v] : attrs) {
      std::string key = known ? lower(n) : n;
      auto found = std::find_if(tag.attributes.begin(), tag.attributes.end(),
                                [&](const auto& a) { return a.first == key; });
      if (found != tag.attributes.end()) found->second = std::move(v);
      else tag.attributes.emplace_back(std::move(key), std::move(v));
   }
   tag.self_closed = closed;
   tag.length = i + 1 - pos;
   return true;
}

size_t parse_end_tag(std::string_view s, size_t pos, std::string& name) {
   if (pos + 2 >= s.size() || s[pos] != '<' || s[pos + 1] != '/') return 0;
   size_t stop = name_end(s, pos + 2);
   if (stop == pos + 2) return 0;
   size_t i = stop;
   while (i < s.size() && is_space(s[i])) ++i;
   if (i >= s.size() || s[i] != '>') return 0;
   name.assign(s.substr(pos + 2, stop - pos - 2));
   return i + 1 - pos;
}

size_t comment_length(std::string_view s, size_t pos) {
   if (s.substr(pos, 4) != "<!--") return 0;
   size_t end = s.find("-->", pos + 4);
   return end == std::string_view::npos ? 0 : end + 3 - pos;
}

void append_attributes(std::string& out,
                       const std::vector<std::pair<std::string, std::string>>& attrs) {
   for (const auto& [name, value] : attrs) {
      if (name == "id" && value.find_first_not_of(" \t\n") == std::string::npos) continue;
      append_attribute(out, name, value);
   }
}

void append_attribute(std::string& out, std::string_view name, std::string_view value) {
   out += ' ';
   out += name;
   out += "=\"";
   append_escaped_attribute(out, value);
   out += '"';
}

namespace {

size_t processing_instruction_length(std::string_view s, size_t pos) {
   if (s.substr(pos, 2) != "<?") return 0;
   size_t end = s.find("?>", pos + 2);
   return end == std::string_view::npos ? 0 : end + 2 - pos;
}

bool raw_start(std::string_view s, size_t i) {
   if (i + 1 >= s.size()) return false;
   char c = s[i + 1];
   return is_name_start(c) || c == '/' || c == '?' || s.substr(i, 4) == "<!--";
}

}  // namespace

namespace {

// The span content model a `markdown` attribute value gives `child`.
char markdown_model(const HtmlTag& child, std::string_view value) {
   return value == "0" ? 'r' : value == "block" ? 'b' : value == "span" ? 's' : value == "1" ? content_model(child.name) : 'r';
}

// For a span-model child starting its content at `body`: where its content ends (the first end
// tag of its name, case-insensitive; kramdown reads no tag inside) and where the end tag ends;
// false when there is none.
bool span_child_end(std::string_view s, size_t body, const HtmlTag& child, size_t& content_end, size_t& after) {
   for (size_t lt = s.find("</", body); lt != std::string_view::npos; lt = s.find("</", lt + 2)) {
      std::string name;
      if (size_t len = parse_end_tag(s, lt, name); len && lower(name) == lower(child.name)) {
         content_end = lt;
         after = lt + len;
         return true;
      }
   }
   return false;
}

// Where a child element of raw HTML whose `markdown` attribute makes its content spans ends, read
// without converting it; 0 for any other child.
size_t span_child_extent(std::string_view s, size_t pos, const HtmlTag& child) {
   auto attr = std::find_if(child.attributes.begin(), child.attributes.end(),
                            [](const auto& a) { return a.first == "markdown"; });
   if (attr == child.attributes.end() || child.self_closed || is_void_element(child.name) ||
       markdown_model(child, attr->second) != 's')
      return 0;
   size_t content_end = 0, after = 0;
   return span_child_end(s, pos + child.length, child, content_end, after) ? after : 0;
}

// A child element of raw HTML with a `markdown` attribute, its content converted; returns the
// position after it, or 0 when the child is to be read as raw HTML.
size_t append_markdown_child(std::string& out, std::string_view s, size_t pos, HtmlTag child,
                             const ConvertContent& convert, int indent) {
   auto attr = std::find_if(child.attributes.begin(), child.attributes.end(),
                            [](const auto& a) { return a.first == "markdown"; });
   if (attr == child.attributes.end()) return 0;
   char model = markdown_model(child, attr->second);
   child.attributes.erase(attr);
   if (model == 'r' || child.self_closed || is_void_element(child.name))
      return append_raw_element(out, s, pos, child, &convert, indent);
   size_t body = pos + child.length;
   size_t content_end = s.size(), after = s.size();
   if (model == 's') {
      span_child_end(s, body, child, content_end, after);
   } else {
      std::string scratch;
      after = append_raw_element(scratch, s, pos, child);
      size_t close = s.rfind("</", after);
      content_end = close != std::string_view::npos && close >= body ? close : after;
   }
   out += '<';
   out += child.name;
   append_attributes(out, child.attributes);
   out += '>';
   std::string_view content = s.substr(body, content_end - body);
   if (model == 's') {
      convert('s', content, indent, out);
   } else {
      // The rest of the start tag's line is skipped.
      size_t skip = content.find_first_not_of(" \t");
      if (skip != std::string_view::npos && content[skip] == '\n') content.remove_prefix(skip + 1);
      std::string inner;
      convert('b', content, indent + 2, inner);
      if (!inner.empty() && inner.back() == '\n') inner.pop_back();  // (a blank line at the end stays)
      out += '\n';
      out += inner;
      out += '\n';
      out.append(static_cast<size_t>(indent), ' ');
   }
   out += "</";
   out += child.name;
   out += '>';
   return after;
}

}  // namespace

namespace {

// append_raw_element, giving up (returning s.size()) once its reading passes `limit`.
size_t read_raw_element(std::string& out, std::string_view s, size_t pos, const HtmlTag& tag,
                        const ConvertContent* convert, int indent, size_t limit) {
   size_t i = pos + tag.length;
   if (i > limit) return s.size();
   out += '<';
   out += tag.name;
   append_attributes(out, tag.attributes);
   bool raw_body = tag.name == "script" || tag.name == "style";  // (read to the end tag, `<x/>` or not)
   bool closed = (tag.self_closed && !raw_body) || is_void_element(tag.name);
   if (closed) {
      out += " />";
      return i;
   }
   std::string body;
   if (raw_body) {
      // Body kept verbatim up to the case-insensitive end tag.
      size_t j = i;
      std::string end_name;
      size_t end_len = 0;
      for (; j < s.size() && j <= limit; ++j) {
         if (s[j] == '<' && (end_len = parse_end_tag(s, j, end_name)) && lower(end_name) == tag.name)
            break;
      }
      if (j > limit) return s.size();
      body.assign(s.substr(i, j - i));
      i = j < s.size() ? j + end_len : s.size();
   } else {
      size_t text = i;
      bool done = false;
      while (i < s.size() && !done) {
         if (i > limit) return s.size();
         size_t lt = s.find('<', i);
         while (lt != std::string_view::npos && lt <= limit && !raw_start(s, lt)) lt = s.find('<', lt + 1);
         if (lt != std::string_view::npos && lt > limit) return s.size();
         if (lt == std::string_view::npos) {
            i = s.size();
            break;
         }
         append_escaped_text(body, s.substr(text, lt - text));
         i = text = lt;
         size_t len;
         HtmlTag child;
         std::string end_name;
         if ((len = comment_length(s, i)) || (len = processing_instruction_length(s, i))) {
            body.append(s.substr(i, len));
            i = text = i + len;
         } else if (parse_start_tag(s, i, child)) {
            size_t after = convert ? append_markdown_child(body, s, i, child, *convert, indent + 2)
                                   : span_child_extent(s, i, child);
            if (after && !convert) body.append(s.substr(i, after - i));  // (converted later)
            if (after > limit) return s.size();
            i = text = after ? after : read_raw_element(body, s, i, child, convert, indent + 2, limit);
         } else if ((len = parse_end_tag(s, i, end_name))) {
            std::string closing = is_known_element(tag.name) ? lower(end_name) : end_name;
            if (closing == tag.name) done = true;
            else append_escaped_text(body, s.substr(i, len));
            i = text = i + len;
         } else {
            append_escaped_text(body, s.substr(i, 1));
            i = text = i + 1;
         }
      }
      if (!done) append_escaped_text(body, s.substr(text, s.size() - text));
   }
   if (body.empty()) {
      out += "></";
   } else {
      out += '>';
      out += body;
      out += "</";
   }
   out += tag.name;
   out += '>';
   return i;
}

}  // namespace

size_t append_raw_element(std::string& out, std::string_view s, size_t pos, const HtmlTag& tag,
                          const ConvertContent* convert, int indent) {
   return read_raw_element(out, s, pos, tag, convert, indent, std::string_view::npos);
}

bool raw_element_ends_by(std::string_view s, size_t pos, const HtmlTag& tag, size_t limit) {
   std::string scratch;
   // Giving up returns s.size(), which is then past `limit`.
   return read_raw_element(scratch, s, pos, tag, nullptr, 0, limit) <= limit;
}

void append_alignment_style(std::string& out, char alignment) {
   if (alignment == 'l') out += " style=\"text-align: left\"";
   else if (alignment == 'c') out += " style=\"text-align: center\"";
   else if (alignment == 'r') out += " style=\"text-align: right\"";
}

}  // namespace jekyllpp::markdown
