#include "jekyllpp/liquid/ruby/case.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

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

constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;

// The end of the ASCII run starting at i, eight bytes at a time.
std::size_t ascii_run_end(std::string_view s, std::size_t i) {
   for (std::uint64_t word; i + 8 <= s.size(); i += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (word & kHighs) break;
   }
   while (i < s.size() && static_cast< unsigned char >(s[i]) < 0x80) ++i;
   return i;
}

// Flips the case bit (0x20) of the letters from..from+25 in an ASCII run, eight bytes at a time:
// adding 0x80 - bound sets a byte's high bit exactly when it is >= bound (no carries: bytes < 0x80).
void flip_letters(char* p, std::size_t n, char from) {
   const std::uint64_t at_least_from = kOnes * std::uint64_t(0x80 - from);
   const std::uint64_t past_z = kOnes * std::uint64_t(0x80 - (from + 26));
   std::size_t k = 0;
   for (std::uint64_t word; k + 8 <= n; k += 8) {
      std::memcpy(&word, p + k, 8);
      const std::uint64_t letters = ((word + at_least_from) & ~(word + past_z)) & kHighs;
      word ^= letters >> 2;
      std::memcpy(p + k, &word, 8);
   }
   for (; k < n; ++k)
      if (p[k] >= from && p[k] <= from + 25) p[k] = char(p[k] ^ 0x20);
}

// Maps s[i..] character by character; runs of ASCII are copied at once and mapped in place.
void map_into(std::string& out, std::string_view s, std::size_t i, Mode mode) {
   const CaseMapping* table = mode == Mode::Upper ? upcase_table : downcase_table;
   const std::size_t size = mode == Mode::Upper ? upcase_table_size : downcase_table_size;
   const char from = mode == Mode::Upper ? 'a' : 'A';
   while (i < s.size()) {
      const std::size_t run = ascii_run_end(s, i);
      if (run > i) {
         const std::size_t at = out.size();
         out.append(s.data() + i, run - i);
         flip_letters(&out[at], run - i, from);
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

// All-ASCII text (the common case) is copied whole and flipped in place: one construction, no
// per-run appends.
bool all_ascii(std::string_view s) { return ascii_run_end(s, 0) == s.size(); }

std::string flipped_copy(std::string_view s, char from) {
   std::string out(s);
   flip_letters(out.data(), out.size(), from);
   return out;
}

}  // namespace

std::string upcase(std::string_view s) {
   if (all_ascii(s)) return flipped_copy(s, 'a');
   std::string out;
   out.reserve(s.size());
   map_into(out, s, 0, Mode::Upper);
   return out;
}

std::string downcase(std::string_view s) {
   if (all_ascii(s)) return flipped_copy(s, 'A');
   std::string out;
   out.reserve(s.size());
   map_into(out, s, 0, Mode::Lower);
   return out;
}

std::string capitalize(std::string_view s) {
   if (!s.empty() && all_ascii(s)) {
      std::string out(s);
      flip_letters(out.data() + 1, out.size() - 1, 'A');
      if (out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 32);
      return out;
   }
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
