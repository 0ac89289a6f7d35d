#pragma once
// HTML::Pipeline::MentionFilter as jekyll-mentions runs it: the HTML is parsed as Nokogiri's
// HTML4::DocumentFragment (libxml2's HTML parser, the library Nokogiri wraps), every @login in a
// text node outside pre, code, a, style and script becomes a link under `base_url`, and the
// fragment is serialized again the way Nokogiri's to_html does.
#include <string>
#include <string_view>

namespace jekyllpp::site::plugins::mentions {

// MentionPatterns[/[\w][\w-]*/]: whether the text holds a mention at all.
bool has_mention(std::string_view text);

std::string link_mentions(const std::string& html, const std::string& base_url);

}  // namespace jekyllpp::site::plugins::mentions
