#pragma once
// Utils.slugify and Utils.titleize_slug.
#include <string>
#include <string_view>

namespace jekyllpp::site {

// Modes: "raw", "default", "pretty", "ascii", "latin" (latin transliterates common accented
// letters); an unknown mode only lowercases. Non-ASCII characters count as letters.
std::string slugify(std::string_view text, std::string_view mode = "default", bool cased = false);
// "my-first-post" → "My First Post".
std::string titleize_slug(std::string_view slug);

}  // namespace jekyllpp::site
