#pragma once
// Content types as `jekyll serve` sends them: WEBrick's lookup over Jekyll's mime.types, and
// the charset Jekyll's servlet appends for the types listed in its mime_types_charset.json.
#include <string>
#include <string_view>

namespace jekyllpp::serve {

// WEBrick::HTTPUtils.mime_type: the last extension, else the one before a trailing
// language-like suffix ("a.html.en"), else "application/octet-stream".
std::string_view mime_type(std::string_view filename);

// "text/html" -> "text/html; charset=utf-8" when Jekyll's table asks for a charset.
std::string content_type_with_charset(std::string_view type, std::string_view encoding);

}  // namespace jekyllpp::serve
