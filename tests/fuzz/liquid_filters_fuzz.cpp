// libFuzzer target: the Liquid filters that have fast paths (SSE2 and word-at-a-time scans,
// results built in place, a key-position hint for arrays of hashes, strip_html's one pass)
// rendered through a template and compared with plain implementations of Ruby's behaviour
// written here. A difference aborts.
// Input: byte 0 picks the filter, byte 1 a number (words for truncatewords, the property for
// map/where), the rest is fields separated by 0xFF (never in UTF-8); only valid UTF-8 fields are
// used, as Jekyll's text is. Built by build.sh, not part of CTest.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/liquid/template.hpp"

namespace liquid = jekyllpp::liquid;

namespace {

bool awk_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Liquid's truncatewords: input.split(" ", words + 1); more than `words` fields -> the first
// `words` joined by " " and the ending, else the input.
std::string truncatewords(std::string_view s, int words, std::string_view ending) {
   if (words <= 0) words = 1;
   std::vector< std::string_view > kept;
   std::size_t i = 0;
   while (static_cast< int >(kept.size()) < words) {
      while (i < s.size() && awk_space(s[i])) ++i;
      if (i == s.size()) return std::string(s);
      const std::size_t start = i;
      while (i < s.size() && !awk_space(s[i])) ++i;
      kept.push_back(s.substr(start, i - start));
   }
   if (i == s.size()) return std::string(s);
   std::string out;
   for (std::size_t k = 0; k < kept.size(); ++k) out.append(k ? " " : "").append(kept[k]);
   return out.append(ending);
}

// String#gsub / #sub with a string pattern and a replacement without backslashes.
std::string replace(std::string_view s, std::string_view from, std::string_view to, bool first_only) {
   std::string out;
   std::size_t start = 0;
   for (std::size_t at; (at = s.find(from, start)) != std::string_view::npos;) {
      out.append(s.substr(start, at - start)).append(to);
      start = at + from.size();
      if (first_only) break;
   }
   return out.append(s.substr(start));
}

// CGI.escape (url_encode)
std::string url_encode(std::string_view s) {
   static const char hex[] = "0123456789ABCDEF";
   std::string out;
   for (unsigned char c : s) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
          c == '-' || c == '~')
         out += char(c);
      else if (c == ' ')
         out += '+';
      else
         out.append({'%', hex[c >> 4], hex[c & 15]});
   }
   return out;
}

// CGI.escapeHTML (escape)
std::string escape(std::string_view s) {
   std::string out;
   for (char c : s) {
      switch (c) {
         case '&': out += "&amp;"; break;
         case '<': out += "&lt;"; break;
         case '>': out += "&gt;"; break;
         case '"': out += "&quot;"; break;
         case '\'': out += "&#39;"; break;
         default: out += c;
      }
   }
   return out;
}

// Liquid's strip_html: gsub of Regexp.union(%r{<script.*?</script>}m, /<!--.*?-->/m,
// %r{<style.*?</style>}m) (tried in that order at each position), then gsub of /<.*?>/m.
std::string strip_html(std::string_view s) {
   static const std::pair< std::string_view, std::string_view > kBlocks[] = {
      {"<script", "</script>"}, {"<!--", "-->"}, {"<style", "</style>"}};
   std::string text;
   for (std::size_t i = 0; i < s.size();) {
      std::size_t next = i;
      for (const auto& [open, close] : kBlocks) {
         if (s.substr(i, open.size()) != open) continue;
         const std::size_t at = s.find(close, i + open.size());
         if (at == std::string_view::npos) continue;
         next = at + close.size();
         break;
      }
      if (next == i) text += s[i++];
      else i = next;
   }
   std::string out;
   for (std::size_t i = 0; i < text.size(); ++i) {
      const std::size_t gt = text[i] == '<' ? text.find('>', i + 1) : std::string::npos;
      if (gt == std::string::npos) out += text[i];
      else i = gt;
   }
   return out;
}

std::size_t utf8_chars(std::string_view s) {
   std::size_t n = 0;
   for (unsigned char c : s) n += (c & 0xC0) != 0x80;
   return n;
}

const char* const kKeys[] = {"a", "b", "c", "1"};

// Hashes from bytes: bit 6 starts a new hash, bits 0-1 the key ("a", "b", "c", or the
// integer key 1, which a string property never finds), bits 2-4 the value (0: nil, 1: false,
// else an integer); keys come in any order, so the hint of where the last hash had the key
// misses as well as hits.
liquid::Array items_from(std::string_view bytes) {
   std::vector< liquid::Hash > hashes;
   for (unsigned char b : bytes) {
      if (hashes.empty() || (b & 0x40)) hashes.emplace_back();
      const int value = (b >> 2) & 7;
      liquid::Value v = value == 0 ? liquid::Value() : value == 1 ? liquid::Value(false) : liquid::Value(value);
      if ((b & 3) == 3) hashes.back().set(std::int64_t(1), std::move(v));
      else hashes.back().set(kKeys[b & 3], std::move(v));
   }
   liquid::Array items;
   for (liquid::Hash& h : hashes) items.push_back(liquid::Value(std::move(h)));
   return items;
}

std::string text(const liquid::Value* v) {
   if (!v || v->is_nil()) return "";
   if (v->is_bool()) return v->as_bool() ? "true" : "false";
   return std::to_string(v->as_integer());
}

// map, where (truthy and == a value) over items_from's hashes, each joined with ","
std::string map_where(const liquid::Array& items, const std::string& property, int target) {
   std::string mapped, truthy, equal;
   for (std::size_t k = 0; k < items.size(); ++k) {
      const liquid::Value* v = items[k].as_hash().find(property);
      const std::string shown = text(v);
      mapped.append(k ? "," : "").append(shown);
      const bool is_true = v && !v->is_nil() && !(v->is_bool() && !v->as_bool());
      if (is_true) truthy.append(truthy.empty() ? "" : ",").append(shown);
      if (v && v->is_integer() && v->as_integer() == target) equal.append(equal.empty() ? "" : ",").append(shown);
   }
   return mapped + "|" + truthy + "|" + equal;
}

std::string render(const std::string& source, liquid::Hash assigns) {
   static const liquid::Environment environment = liquid::Environment::standard();
   liquid::Template t = liquid::Template::parse(source, environment);
   liquid::Context context(environment, liquid::Value(std::move(assigns)));
   return t.render(context);
}

void check(const char* what, const std::string& got, const std::string& expected) {
   if (got == expected) return;
   std::fprintf(stderr, "%s differs\n got:      [%s]\n expected: [%s]\n", what, got.c_str(), expected.c_str());
   __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
   if (size < 2) return 0;
   const int op = bytes[0] % 7, number = bytes[1];
   std::vector< std::string > fields(1);
   for (std::size_t i = 2; i < size; ++i) {
      if (bytes[i] == 0xFF) fields.emplace_back();
      else fields.back() += char(bytes[i]);
   }
   if (op != 5)
      for (const std::string& f : fields)
         if (!liquid::ruby::utf8_valid(f)) return 0;
   fields.resize(std::max< std::size_t >(fields.size(), 3));
   liquid::Hash assigns;
   assigns.set("s", liquid::Value(fields[0]));
   assigns.set("x", liquid::Value(fields[1]));
   assigns.set("y", liquid::Value(fields[2]));
   switch (op) {
      case 0: {
         const int words = number - 8;
         assigns.set("n", liquid::Value(words));
         check("truncatewords", render("{{ s | truncatewords: n, x }}", assigns), truncatewords(fields[0], words, fields[1]));
         check("truncatewords (default ending)", render("{{ s | truncatewords: n }}", assigns),
               truncatewords(fields[0], words, "..."));
         break;
      }
      case 1:
      case 2:
         if (fields[1].empty() || fields[2].find('\\') != std::string::npos) return 0;
         check(op == 1 ? "replace" : "replace_first",
               render(op == 1 ? "{{ s | replace: x, y }}" : "{{ s | replace_first: x, y }}", assigns),
               replace(fields[0], fields[1], fields[2], op == 2));
         break;
      case 3:
         check("url_encode", render("{{ s | url_encode }}", assigns), url_encode(fields[0]));
         check("escape", render("{{ s | escape }}", assigns), escape(fields[0]));
         break;
      case 4:
         check("size", render("{{ s | size }}", assigns), std::to_string(utf8_chars(fields[0])));
         break;
      case 6:
         check("strip_html", render("{{ s | strip_html }}", assigns), strip_html(fields[0]));
         break;
      case 5: {
         const liquid::Array items = items_from(fields[0]);
         if (items.empty()) return 0;
         const std::string property = kKeys[number & 3];
         const int target = (number >> 2) & 7;
         assigns.set("items", liquid::Value(items));
         assigns.set("p", liquid::Value(property));
         assigns.set("t", liquid::Value(target));
         check("map/where",
               render("{{ items | map: p | join: ',' }}|{{ items | where: p | map: p | join: ',' }}|"
                      "{{ items | where: p, t | map: p | join: ',' }}",
                      assigns),
               map_where(items, property, target));
         break;
      }
   }
   return 0;
}
