#pragma once
// The next byte of a small set in a text, sixteen bytes at a time with SSE2 (every x86-64 has
// it): the typography scan and HTML escaping look at every byte of a document's text, and most
// bytes are plain letters.
#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jekyllpp::markdown {

#if defined(__SSE2__)
// Bit k set: byte k of `v` is one of `Set`, or (with `NonAscii`) 0x80 or above.
template <bool NonAscii, char... Set>
int byte_mask(__m128i v) {
   __m128i hits = NonAscii ? v : _mm_setzero_si128();  // movemask takes the top bit
   ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8(Set)))), ...);
   return _mm_movemask_epi8(hits);
}
#endif

// The index of the first byte of `s` at or after `from` that is one of `Set`, or (with
// `NonAscii`) 0x80 or above; s.size() when there is none.
template <bool NonAscii, char... Set>
std::size_t find_byte_of(std::string_view s, std::size_t from) {
   const char* data = s.data();
   const std::size_t size = s.size();
   std::size_t i = from;
#if defined(__SSE2__)
   const auto load = [](const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); };
   for (; i + 16 <= size; i += 16)
      if (const int mask = byte_mask<NonAscii, Set...>(load(data + i))) return i + static_cast<std::size_t>(__builtin_ctz(mask));
   if (i >= size) return size;
   // The last bytes, fewer than 16, at once too (texts are short, and a byte at a time costs a
   // comparison for each byte of the set): the last 16 bytes of `s` with those before i left
   // out, or a copy padded with bytes outside the set.
   int mask;
   if (size >= 16) {
      mask = byte_mask<NonAscii, Set...>(load(data + size - 16)) >> (i - (size - 16));
   } else {
      char padded[16] = {};
      std::memcpy(padded, data + i, size - i);
      mask = byte_mask<NonAscii, Set...>(load(padded)) & ((1 << (size - i)) - 1);
   }
   return mask ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : size;
#else
   for (; i < size; ++i) {
      const char c = data[i];
      if ((NonAscii && static_cast<unsigned char>(c) >= 0x80) || ((c == Set) || ...)) return i;
   }
   return size;
#endif
}

// Whether `s` holds the three bytes A B C in a row, sixteen positions at a time (memmem and
// string_view::find cost more for a short word whose first letter is common).
template <char A, char B, char C>
bool contains_three(std::string_view s) {
   const char* data = s.data();
   const std::size_t size = s.size();
   std::size_t i = 0;
#if defined(__SSE2__)
   for (; i + 18 <= size; i += 16) {
      const auto at = [&](std::size_t k, char c) {
         return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i + k)), _mm_set1_epi8(c));
      };
      if (_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(at(0, A), at(1, B)), at(2, C)))) return true;
   }
#endif
   for (; i + 3 <= size; ++i)
      if (data[i] == A && data[i + 1] == B && data[i + 2] == C) return true;
   return false;
}

}  // namespace jekyllpp::markdown
