#pragma once
// Path helpers with Jekyll's semantics (PathManager, Jekyll.sanitized_path).
#include <string>
#include <string_view>

namespace jekyllpp::site {

// PathManager.join: "a" + "b" → "a/b"; an empty side is dropped.
std::string join_path(std::string_view base, std::string_view item);
// Jekyll.sanitized_path(base, path): `path` resolved against "/" and kept inside `base`.
std::string sanitized_path(const std::string& base, const std::string& path);
// File.extname: ".md" for "a.md", "" for ".bashrc" and "a.".
std::string extname(std::string_view name);
// File.basename / File.dirname.
std::string basename(std::string_view path);
std::string dirname(std::string_view path);
// Reads a whole file as Jekyll does (a UTF-8 byte order mark dropped); throws
// std::runtime_error when it cannot.
std::string read_file(const std::string& path);
// The file's bytes, unchanged.
std::string read_file_bytes(const std::string& path);
// Strips trailing dots (gsub(/\.*\z/, "")).
std::string strip_trailing_dots(std::string text);

}  // namespace jekyllpp::site
