#include "jekyllpp/liquid/ruby/utf8.hpp"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace jekyllpp::liquid::ruby {

std::size_t utf8_decode(std::string_view s, std::size_t i, std::uint32_t& code_point) {
   const auto b0 = static_cast< unsigned char >(s[i]);
   code_point = b0;
   if (b0 < 0x80) return 1;
   std::size_t len;
   std::uint32_t cp;
   if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
      cp = b0 & 0x1F;
   } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      cp = b0 & 0x0F;
   } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      cp = b0 & 0x07;
   } else {
      return 1;
   }
   if (i + len > s.size()) return 1;
   for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast< unsigned char >(s[i + k]);
      if ((b & 0xC0) != 0x80) return 1;
      cp = (cp << 6) | (b & 0x3F);
   }
   // Overlong forms, surrogates and values past U+10FFFF are invalid.
   if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
       (cp >= 0xD800 && cp <= 0xDFFF))
      return 1;
   code_point = cp;
   return len;
}

std::size_t utf8_char_length(std::string_view s, std::size_t i) {
   if (static_cast< unsigned char >(s[i]) < 0x80) return 1;
   std::uint32_t cp;
   return utf8_decode(s, i, cp);
}

#ifdef __SSE2__
namespace {
// Whether the 64 bytes at p are all ASCII.
bool ascii64(const char* p) {
   const auto* v = reinterpret_cast< const __m128i* >(p);
   const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(v), _mm_loadu_si128(v + 1)),
                                    _mm_or_si128(_mm_loadu_si128(v + 2), _mm_loadu_si128(v + 3)));
   return _mm_movemask_epi8(any) == 0;
}
}  // namespace
#endif

std::size_t utf8_length(std::string_view s) {
   std::size_t n = 0;
   for (std::size_t i = 0; i < s.size();) {
      // ASCII runs, 64 (SSE2) or 32, then eight bytes at a time.
      std::uint64_t word, words[4];
#ifdef __SSE2__
      while (i + 64 <= s.size() && ascii64(s.data() + i)) {
         i += 64;
         n += 64;
      }
#endif
      while (i + 32 <= s.size() && (std::memcpy(words, s.data() + i, 32),
                                     ((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) == 0)) {
         i += 32;
         n += 32;
      }
      while (i + 8 <= s.size() && (std::memcpy(&word, s.data() + i, 8), (word & 0x8080808080808080ULL) == 0)) {
         i += 8;
         n += 8;
      }
      // Fewer than eight bytes left or a non-ASCII byte: ASCII bytes one by one, then a character.
      while (i < s.size() && static_cast< unsigned char >(s[i]) < 0x80 && i + 8 > s.size()) {
         ++i;
         ++n;
      }
      if (i == s.size()) break;
      i += utf8_char_length(s, i);
      ++n;
   }
   return n;
}

std::size_t utf8_offset(std::string_view s, std::size_t index) {
   std::size_t i = 0;
   for (; i < s.size() && index > 0; --index) i += utf8_char_length(s, i);
   return i;
}

bool utf8_valid(std::string_view s) {
   for (std::size_t i = 0; i < s.size();) {
      // Runs of ASCII 32 bytes, then eight bytes, at a time (site texts are mostly ASCII).
      constexpr std::uint64_t high = 0x8080808080808080ULL;
      std::uint64_t word[4];
      while (i + 32 <= s.size() && (std::memcpy(word, s.data() + i, 32), ((word[0] | word[1] | word[2] | word[3]) & high) == 0))
         i += 32;
      while (i + 8 <= s.size() && (std::memcpy(word, s.data() + i, 8), (word[0] & high) == 0)) i += 8;
      if (i == s.size()) break;
      const auto b = static_cast< unsigned char >(s[i]);
      if (b < 0x80) {
         ++i;
         continue;
      }
      std::uint32_t cp;
      const std::size_t len = utf8_decode(s, i, cp);
      if (len == 1) return false;
      i += len;
   }
   return true;
}

}  // namespace jekyllpp::liquid::ruby
