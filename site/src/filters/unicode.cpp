#include "filters/unicode.hpp"

#include <unicode/uchar.h>
#include <unicode/normalizer2.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

namespace jekyllpp::site::filters {

char32_t next_code_point(std::string_view text, std::size_t& pos) {
   const unsigned char lead = static_cast< unsigned char >(text[pos]);
   const std::size_t extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
   if (extra == 0 || pos + extra >= text.size()) {
      ++pos;
      return lead;
   }
   char32_t cp = lead & (0x3F >> extra);
   for (std::size_t i = 1; i <= extra; ++i) {
      const unsigned char c = static_cast< unsigned char >(text[pos + i]);
      if ((c & 0xC0) != 0x80) {
         ++pos;
         return lead;
      }
      cp = (cp << 6) | (c & 0x3F);
   }
   pos += extra + 1;
   return cp;
}

void append_utf8(std::string& out, char32_t cp) {
   if (cp < 0x80) {
      out += char(cp);
   } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
   } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
   } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
   }
}

bool is_letter(char32_t cp) { return U_GET_GC_MASK(UChar32(cp)) & U_GC_L_MASK; }
bool is_mark(char32_t cp) { return U_GET_GC_MASK(UChar32(cp)) & U_GC_M_MASK; }
bool is_decimal_digit(char32_t cp) { return u_charType(UChar32(cp)) == U_DECIMAL_DIGIT_NUMBER; }

bool is_cjk(char32_t cp) {
   if (cp < 0x1100) return false;
   UErrorCode status = U_ZERO_ERROR;
   const UScriptCode script = uscript_getScript(UChar32(cp), &status);
   return script == USCRIPT_HAN || script == USCRIPT_KATAKANA || script == USCRIPT_HIRAGANA ||
          script == USCRIPT_HANGUL;
}

namespace {

bool is_ascii(std::string_view text) {
   for (char c : text)
      if (static_cast< unsigned char >(c) >= 0x80) return false;
   return true;
}

}  // namespace

std::string normalize_kc(std::string_view text) {
   if (is_ascii(text)) return std::string(text);
   UErrorCode status = U_ZERO_ERROR;
   const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
   if (U_FAILURE(status)) return std::string(text);
   icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
   icu::UnicodeString normalized = nfkc->normalize(u, status);
   if (U_FAILURE(status)) return std::string(text);
   std::string out;
   normalized.toUTF8String(out);
   return out;
}

}  // namespace jekyllpp::site::filters
