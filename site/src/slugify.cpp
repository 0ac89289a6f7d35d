#include "jekyllpp/site/slugify.hpp"

#include <cctype>
#include <cstring>

#include "filters/text.hpp"
#include "filters/unicode.hpp"
#include "jekyllpp/liquid/ruby/case.hpp"

namespace jekyllpp::site {

using filters::is_decimal_digit;
using filters::is_letter;
using filters::is_mark;
using filters::is_ruby_space;
using filters::next_code_point;
using filters::transliterate;

namespace {

enum class SlugMode { Raw, Default, Pretty, Ascii, Latin, None };

SlugMode slug_mode(std::string_view mode) {
   if (mode == "raw") return SlugMode::Raw;
   if (mode == "default") return SlugMode::Default;
   if (mode == "pretty") return SlugMode::Pretty;
   if (mode == "ascii") return SlugMode::Ascii;
   if (mode == "latin") return SlugMode::Latin;
   return SlugMode::None;
}

bool is_ascii_alnum(char32_t cp) {
   return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
}

// Whether the mode's SLUGIFY_*_REGEXP leaves the character alone.
bool slug_keeps(char32_t cp, SlugMode mode) {
   switch (mode) {
      case SlugMode::Raw: return !is_ruby_space(cp);
      case SlugMode::Ascii: return is_ascii_alnum(cp);
      case SlugMode::Pretty:
         if (cp < 0x80 && cp && std::strchr("._~!$&'()+,;=@", char(cp))) return true;
         [[fallthrough]];
      default:
         return is_ascii_alnum(cp) || (cp >= 0x80 && (is_letter(cp) || is_mark(cp) || is_decimal_digit(cp)));
   }
}

// slug_keeps of each ASCII byte, per mode: slugify copies runs of kept ASCII bytes at once.
struct AsciiKeeps {
   bool keeps[int(SlugMode::None)][0x80] = {};
   AsciiKeeps() {
      for (int mode = 0; mode < int(SlugMode::None); ++mode)
         for (char32_t c = 0; c < 0x80; ++c) keeps[mode][c] = slug_keeps(c, SlugMode(mode));
   }
};

// gsub(/^-|-$/): "^" and "$" are line anchors, so a hyphen by a newline goes too.
std::string trim_hyphens(const std::string& slug) {
   if (slug.find('\n') == std::string::npos) {  // only the first and the last byte can go
      const std::size_t begin = !slug.empty() && slug.front() == '-' ? 1 : 0;
      const std::size_t end = slug.size() > begin && slug.back() == '-' ? slug.size() - 1 : slug.size();
      return slug.substr(begin, end - begin);
   }
   std::string trimmed;
   trimmed.reserve(slug.size());
   for (std::size_t i = 0; i < slug.size(); ++i) {
      const bool line_start = i == 0 || slug[i - 1] == '\n';
      const bool line_end = i + 1 == slug.size() || slug[i + 1] == '\n';
      if (slug[i] == '-' && (line_start || line_end)) continue;
      trimmed += slug[i];
   }
   return trimmed;
}

}  // namespace

std::string slugify(std::string_view text, std::string_view mode_name, bool cased) {
   const SlugMode mode = slug_mode(mode_name);
   if (mode == SlugMode::None) return cased ? std::string(text) : liquid::ruby::downcase(text);
   std::string transliterated;
   if (mode == SlugMode::Latin) {
      transliterated = transliterate(text);
      text = transliterated;
   }
   std::string slug;
   slug.reserve(text.size());
   static const AsciiKeeps ascii;
   const bool* keeps = ascii.keeps[int(mode)];
   const auto kept_ascii = [&](std::size_t at) {
      const auto byte = static_cast< unsigned char >(text[at]);
      return byte < 0x80 && keeps[byte];
   };
   bool in_run = false;
   for (std::size_t pos = 0; pos < text.size();) {
      if (kept_ascii(pos)) {
         const std::size_t start = pos;
         while (++pos < text.size() && kept_ascii(pos)) {}
         slug.append(text.substr(start, pos - start));
         in_run = false;
         continue;
      }
      const std::size_t start = pos;
      const char32_t cp = next_code_point(text, pos);
      if (slug_keeps(cp, mode)) {
         slug.append(text.substr(start, pos - start));
         in_run = false;
      } else if (!in_run) {
         slug += '-';
         in_run = true;
      }
   }
   std::string trimmed = trim_hyphens(slug);
   if (cased) return trimmed;
   return liquid::ruby::downcase(trimmed);
}

std::string titleize_slug(std::string_view slug) {
   std::string out;
   std::size_t start = 0;
   bool first = true;
   while (start <= slug.size()) {
      std::size_t dash = slug.find('-', start);
      std::string_view word = slug.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
      if (!word.empty() || dash != std::string_view::npos) {
         if (!first) out += ' ';
         first = false;
         for (std::size_t i = 0; i < word.size(); ++i)
            out += char(i == 0 ? std::toupper(static_cast< unsigned char >(word[i]))
                               : std::tolower(static_cast< unsigned char >(word[i])));
      }
      if (dash == std::string_view::npos) break;
      start = dash + 1;
   }
   return out;
}

}  // namespace jekyllpp::site
