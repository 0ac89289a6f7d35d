#pragma once
// kramdown's escape_html: `& < >` (and `"` in attributes) escaped, existing entity references kept.
#include <string>
#include <string_view>

namespace jekyllpp::markdown {

void append_escaped_text(std::string& out, std::string_view text);
void append_escaped_attribute(std::string& out, std::string_view value);
// Rouge's and kramdown's code escaping: `& < >` always escaped.
void append_escaped_code(std::string& out, std::string_view code);

}  // namespace jekyllpp::markdown
