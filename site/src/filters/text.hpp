#pragma once
// Jekyll's string filters as plain functions (filters.rb, utils.rb).
#include <cstdint>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::filters {

// Ruby's to_s of a filter input: nil → "", arrays and hashes inspected, others as printed.
std::string ruby_to_s(const liquid::Value& value);

// xml_escape: String#encode(xml: :attr) without the surrounding quotes.
std::string xml_escape(std::string_view text);
// I18n.transliterate: Latin letters to ASCII approximations, anything else non-ASCII to "?".
std::string transliterate(std::string_view text);
// number_of_words with mode nil, "cjk" or "auto".
std::int64_t number_of_words(std::string_view text, std::string_view mode);
// gsub(/\s+/, " ").strip
std::string normalize_whitespace(std::string_view text);

}  // namespace jekyllpp::site::filters
