#pragma once
// Jekyll's URL class (url.rb): a template or permalink with :placeholders → a sanitized URL,
// values escaped as Addressable::URI.encode does.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jekyllpp::site {

// URL.escape_path: "" and [a-zA-Z0-9./-]+ unchanged, else percent-encoded outside URI
// characters, and the first "#" as %23.
std::string escape_path(std::string_view path);
// URL.unescape_path: percent-decoding.
std::string unescape_path(std::string_view path);
// URL#sanitize_url: "/" prefix, ".." → "/", "./" removed, runs of "/" squeezed.
std::string sanitize_url(std::string_view url);

// Placeholders given as an ordered list (pages: path, basename, output_ext); a nil value
// (nullopt) removes "/:name" (generate_url_from_hash).
using PlaceholderList = std::vector< std::pair< std::string, std::optional< std::string > > >;
std::string url_from_hash(const std::string& template_or_permalink, const PlaceholderList& placeholders);

// Placeholders looked up by name (documents' UrlDrop); returns nullopt for an unknown key,
// which is an error ("The URL template doesn't have ... keys").
using PlaceholderLookup = std::function< std::optional< std::string >(const std::string&) >;
std::string url_from_lookup(const std::string& template_or_permalink, const PlaceholderLookup& lookup);

// Utils.add_permalink_suffix(template, permalink_style).
std::string add_permalink_suffix(std::string url_template, const std::string& permalink_style);

}  // namespace jekyllpp::site
