#pragma once
// What Jekyll's tags share: File.join as PathManager.join uses it, a site item's relative_url,
// the rendering of a markup that may hold {{ variables }}, and Ruby's Array#inspect of paths.
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::liquid {
class Context;
}

namespace jekyllpp::site {
class Site;
}

namespace jekyllpp::site::tags {

// String#strip (ASCII whitespace).
std::string strip(std::string_view text);
// PathManager.join(base, item): File.join, one "/" between the parts.
std::string path_join(std::string_view base, std::string_view item);
// URLFilters#relative_url of an item's url, with the site's baseurl.
std::string relative_url_of(const Site& site, std::string_view url);
// `Liquid::Template.parse(markup).render(context)`.
std::string render_markup(const std::string& markup, liquid::Context& context);
// ["a", "b"] as Ruby inspects an array of strings.
std::string inspect_strings(const std::vector< std::string >& items);

}  // namespace jekyllpp::site::tags
