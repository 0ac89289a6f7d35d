#pragma once
// The parts of Addressable::URI and CGI that Jekyll's URL and escaping filters go through.
#include <string>
#include <string_view>

namespace jekyllpp::site::filters {

// Addressable::URI.parse(text).absolute?: the text has a scheme.
bool uri_is_absolute(std::string_view text);
// Addressable::URI.parse(text).normalize.to_s: scheme and host lower-cased, default port
// dropped, each component percent-encoded to its character class, dot segments removed.
std::string uri_normalize(std::string_view text);
// The same, keeping the text's buffer when it is its own normal form (the usual case).
std::string uri_normalize(std::string&& text);
// Addressable::URI.normalize_component(text): everything outside RFC 3986's reserved and
// unreserved characters percent-encoded (Jekyll's uri_escape).
std::string uri_normalize_component(std::string_view text);
// CGI.escape: form encoding, space as "+".
std::string cgi_escape(std::string_view text);

}  // namespace jekyllpp::site::filters
