#include "jekyllpp/liquid/ruby/case.hpp"

#include <algorithm>

#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "ruby/unicode_tables.hpp"

namespace jekyllpp::liquid::ruby {
namespace {

const char* lookup(const CaseMapping* table, std::size_t size, std::uint32_t cp) {
   const CaseMapping* end = table + size;
   const CaseMapping* it = std::lower_bound(
      table, end, cp, [](const CaseMapping& m, std::uint32_t c) { return m.code_point < c; });
   return it != end && it->code_point == cp ? it->mapped : nullptr;
}

enum class Mode { Upper, Lower };

// Maps s[i..] character by character; ASCII takes the fast path.
void map_into(std::string& out, std::string_view s, std::size_t i, Mode mode) {
   const CaseMapping* table = mode == Mode::Upper ? upcase_table : downcase_table;
   const std::size_t size = mode == Mode::Upper ? upcase_table_size : downcase_table_size;
   while (i < s.size()) {
      char c = s[i];
      if (static_cast< unsigned char >(c) < 0x80) {
         if (mode == Mode::Upper && c >= 'a' && c <= 'z') c = char(c - 32);
         if (mode == Mode::Lower && c >= 'A' && c <= 'Z') c = char(c + 32);
         out += c;
         ++i;
         continue;
      }
      std::uint32_t cp;
      const std::size_t len = utf8_decode(s, i, cp);
      const char* mapped = len > 1 ? lookup(table, size, cp) : nullptr;
      if (mapped) out += mapped;
      else out.append(s.data() + i, len);
      i += len;
   }
}

}  // namespace

std::string upcase(std::string_view s) {
   std::string out;
   out.reserve(s.size());
   map_into(out, s, 0, Mode::Upper);
   return out;
}

std::string downcase(std::string_view s) {
   std::string out;
   out.reserve(s.size());
   map_into(out, s, 0, Mode::Lower);
   return out;
}

std::string capitalize(std::string_view s) {
   std::string out;
   out.reserve(s.size());
   if (s.empty()) return out;
   std::uint32_t cp;
   const std::size_t len = utf8_decode(s, 0, cp);
   if (len == 1 && cp < 0x80) {
      out += (cp >= 'a' && cp <= 'z') ? char(cp - 32) : char(cp);
   } else {
      const char* mapped = len > 1 ? lookup(capitalize_table, capitalize_table_size, cp) : nullptr;
      if (mapped) out += mapped;
      else out.append(s.data(), len);
   }
   map_into(out, s, len, Mode::Lower);
   return out;
}

}  // namespace jekyllpp::liquid::ruby
