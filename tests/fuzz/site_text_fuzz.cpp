// libFuzzer target: Jekyll's text functions that walk UTF-8 by code point (slugify in every
// mode, titleize_slug, I18n's transliterate, number_of_words, whitespace normalising, the URI
// filters), on any bytes: Jekyll's text may hold bytes that are not UTF-8. Crashes, sanitizer
// reports and hangs are the findings. Built by build.sh, not part of CTest.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "filters/text.hpp"
#include "filters/uri.hpp"
#include "jekyllpp/site/slugify.hpp"

namespace site = jekyllpp::site;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
   const std::string_view text(reinterpret_cast< const char* >(bytes), size);
   for (std::string_view mode : {"raw", "default", "pretty", "ascii", "latin", "none"}) {
      (void)site::slugify(text, mode, false);
      (void)site::slugify(text, mode, true);
   }
   (void)site::titleize_slug(text);
   (void)site::filters::transliterate(text);
   for (std::string_view mode : {"", "cjk", "auto"}) (void)site::filters::number_of_words(text, mode);
   (void)site::filters::normalize_whitespace(text);
   (void)site::filters::xml_escape(text);
   (void)site::filters::uri_is_absolute(text);
   (void)site::filters::uri_normalize(text);
   (void)site::filters::uri_normalize_component(text);
   (void)site::filters::cgi_escape(text);
   return 0;
}
