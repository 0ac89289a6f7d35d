#include "filters/text.hpp"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "filters/unicode.hpp"
#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/liquid/ruby/cgi.hpp"
#include "jekyllpp/liquid/ruby/to_s.hpp"

namespace jekyllpp::site::filters {

namespace {

// I18n's default approximations, U+00C0 to U+017F ("?" where it has none).
const char* const kLatinApproximations[] = {
   "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
   "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "Th", "ss",
   "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
   "d", "n", "o", "o", "o", "o", "o", "?", "o", "u", "u", "u", "u", "y", "th", "y",
   "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
   "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
   "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
   "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
   "l", "L", "l", "N", "n", "N", "n", "N", "n", "'n", "NG", "ng", "O", "o", "O", "o",
   "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
   "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
   "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "?",
};

}  // namespace

std::string ruby_to_s(const liquid::Value& value) {
   if (value.is_string()) return value.as_string();
   return liquid::ruby::to_s(value);
}

std::string xml_escape(std::string_view text) {
   std::string out;
   out.reserve(text.size() + text.size() / 8);
   std::size_t run = 0;  // the start of the bytes not yet copied, copied in one piece
   for (std::size_t i = liquid::ruby::next_html_special(text, 0); i < text.size();
        i = liquid::ruby::next_html_special(text, i + 1)) {
      out.append(text.data() + run, i - run);
      out += text[i] == '\'' ? "&apos;" : liquid::ruby::cgi_html_entity(text[i]);
      run = i + 1;
   }
   out.append(text.data() + run, text.size() - run);
   return out;
}

std::string transliterate(std::string_view text) {
   std::string out;
   out.reserve(text.size());
   for (std::size_t pos = 0; pos < text.size();) {
      const char32_t cp = next_code_point(text, pos);
      if (cp < 0x80) {
         out += char(cp);
      } else if (cp >= 0xC0 && cp <= 0x17F) {
         out += kLatinApproximations[cp - 0xC0];
      } else {
         out += '?';
      }
   }
   return out;
}

std::int64_t number_of_words(std::string_view text, std::string_view mode) {
   const bool cjk_mode = mode == "cjk";
   const bool auto_mode = mode == "auto";
   std::int64_t cjk = 0, words = 0, split_words = 0;
   bool in_word = false, in_split_word = false;
   for (std::size_t pos = 0; pos < text.size();) {
      const char32_t cp = next_code_point(text, pos);
      const bool space = is_ruby_space(cp);
      if (!space && !in_split_word) ++split_words;
      in_split_word = !space;
      if (!cjk_mode && !auto_mode) continue;
      const bool is_cjk_char = cp >= 0x80 && is_cjk(cp);
      if (is_cjk_char) ++cjk;
      const bool word_char = !space && !is_cjk_char;
      if (word_char && !in_word) ++words;
      in_word = word_char;
   }
   if (cjk_mode) return cjk + words;
   if (auto_mode) return cjk == 0 ? split_words : cjk + words;
   return split_words;
}

namespace {
// The first byte at or after i that is at most ' ' (every space is), 16 bytes per step: the
// excerpt every page's description reads is mostly words.
std::size_t next_low_byte(std::string_view text, std::size_t i) {
#ifdef __SSE2__
   const __m128i space = _mm_set1_epi8(' ');
   for (; i + 16 <= text.size(); i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast< const __m128i* >(text.data() + i));
      const int low = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(bytes, space), bytes));
      if (low) return i + std::size_t(__builtin_ctz(unsigned(low)));
   }
#endif
   while (i < text.size() && static_cast< unsigned char >(text[i]) > ' ') ++i;
   return i;
}
}  // namespace

std::string normalize_whitespace(std::string_view text) {
   // The runs between whitespace, joined by one space each (copied a run at a time).
   auto space = [&](std::size_t i) {
      const auto c = static_cast< unsigned char >(text[i]);
      return c <= ' ' && is_ruby_space(c);
   };
   std::string out;
   out.reserve(text.size());
   for (std::size_t i = 0, n = text.size(); i < n;) {
      const std::size_t start = i;
      while ((i = next_low_byte(text, i)) < n && !space(i)) ++i;
      if (i > start) {
         if (!out.empty()) out += ' ';
         out.append(text.data() + start, i - start);
      }
      while (i < n && space(i)) ++i;
   }
   return out;
}

}  // namespace jekyllpp::site::filters
