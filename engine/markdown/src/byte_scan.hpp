#pragma once
// The next byte of a small set in a text, sixteen bytes at a time with SSE2 (every x86-64 has
// it): the typography scan and HTML escaping look at every byte of a document's text, and most
// bytes are plain letters.
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jekyllpp::markdown {

// The index of the first byte of `s` at or after `from` that is one of `Set`, or (with
// `NonAscii`) 0x80 or above; s.size() when there is none.
template <bool NonAscii, char... Set>
std::size_t find_byte_of(std::string_view s, std::size_t from) {
   const char* data = s.data();
   const std::size_t size = s.size();
   std::size_t i = from;
#if defined(__SSE2__)
   for (; i + 16 <= size; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      __m128i hits = NonAscii ? v : _mm_setzero_si128();  // movemask takes the top bit
      ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8(Set)))), ...);
      if (const int mask = _mm_movemask_epi8(hits)) return i + static_cast<std::size_t>(__builtin_ctz(mask));
   }
#endif
   for (; i < size; ++i) {
      const char c = data[i];
      if ((NonAscii && static_cast<unsigned char>(c) >= 0x80) || ((c == Set) || ...)) return i;
   }
   return size;
}

}  // namespace jekyllpp::markdown
