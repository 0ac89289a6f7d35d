#pragma once
// Utils.slugify and Utils.titleize_slug.
#include <string>
#include <string_view>

namespace jekyllpp::site {

// Utils.slugify: "raw", "default", "pretty", "ascii", "latin" (transliterated first, as
// I18n does, then as default); an unknown mode only lowercases. Letters, marks and decimal
// digits of any script stay (Unicode categories), other characters (punctuation such as
// “ ” or —, symbols) become hyphens. The slugify filter and permalinks both use it.
std::string slugify(std::string_view text, std::string_view mode = "default", bool cased = false);
// "my-first-post" → "My First Post".
std::string titleize_slug(std::string_view slug);

}  // namespace jekyllpp::site
