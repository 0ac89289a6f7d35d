#include "jekyllpp/liquid/ruby/cgi.hpp"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace jekyllpp::liquid::ruby {

const char* cgi_html_entity(char c) {
   switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&#39;";
      default: return nullptr;
   }
}

namespace {
struct EscapedBytes {
   bool escaped[256] = {};
   constexpr EscapedBytes() {
      for (char c : {'&', '<', '>', '"', '\''}) escaped[static_cast< unsigned char >(c)] = true;
   }
};
constexpr EscapedBytes kEscaped;
}  // namespace

// 16 bytes per step (SSE2), the tail one by one.
std::size_t next_html_special(std::string_view text, std::size_t from) {
   std::size_t i = from;
#ifdef __SSE2__
   const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>');
   const __m128i quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\'');
   for (; i + 16 <= text.size(); i += 16) {
      const __m128i c = _mm_loadu_si128(reinterpret_cast< const __m128i* >(text.data() + i));
      const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, amp), _mm_cmpeq_epi8(c, lt)),
                                       _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, gt), _mm_cmpeq_epi8(c, quot)),
                                                    _mm_cmpeq_epi8(c, apos)));
      if (const int bits = _mm_movemask_epi8(hit)) return i + std::size_t(__builtin_ctz(unsigned(bits)));
   }
#endif
   while (i < text.size() && !kEscaped.escaped[static_cast< unsigned char >(text[i])]) ++i;
   return i;
}

std::string cgi_escape_html(std::string_view text) {
   std::size_t i = next_html_special(text, 0);
   if (i == text.size()) return std::string(text);  // nothing to escape (the common case): a copy
   std::string out;
   out.reserve(text.size() + text.size() / 8);
   std::size_t run = 0;  // the start of the characters not yet copied, copied in one piece
   for (; i < text.size(); i = next_html_special(text, i + 1)) {
      out.append(text.data() + run, i - run);
      out += cgi_html_entity(text[i]);
      run = i + 1;
   }
   out.append(text.data() + run, text.size() - run);
   return out;
}

}  // namespace jekyllpp::liquid::ruby
