#pragma once
// Ruby's CGI.escapeHTML: & < > " ' as entities (' as &#39;), Liquid's `escape` and its users.
#include <string>
#include <string_view>

namespace jekyllpp::liquid::ruby {

// The entity CGI.escapeHTML writes for c, or nullptr when c is kept.
const char* cgi_html_entity(char c);
// The position of the first of & < > " ' in text[from, end), or text.size().
std::size_t next_html_special(std::string_view text, std::size_t from);
std::string cgi_escape_html(std::string_view text);

}  // namespace jekyllpp::liquid::ruby
