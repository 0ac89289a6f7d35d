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

// Maps s[i..] character by character; runs of ASCII are copied at once and mapped in place.
void map_into(std::string& out, std::string_view s, std::size_t i, Mode mode) {
   const CaseMapping* table = mode == Mode::Upper ? upcase_table : downcase_table;
   const std::size_t size = mode == Mode::Upper ? upcase_table_size : downcase_table_size;
   const char from = mode == Mode::Upper ? 'a' : 'A';
   const int shift = mode == Mode::Upper ? -32 : 32;
   while (i < s.size()) {
      std::size_t run = i;
      while (run < s.size() && static_cast< unsigned char >(s[run]) < 0x80) ++run;
      if (run > i) {
         const std::size_t at = out.size();
         out.append(s.data() + i, run - i);
         for (std::size_t k = at; k < out.size(); ++k)
            if (out[k] >= from && out[k] <= from + 25) out[k] = char(out[k] + shift);
         i = run;
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
