#pragma once
// The Atom document jekyll-feed's feed.xml template renders (minified as the gem minifies it),
// made natively: the page's `collection`, `category` and `tags` pick the entries.
#include <string>

namespace jekyllpp::site {
class Site;
struct Document;
}  // namespace jekyllpp::site

namespace jekyllpp::site::plugins::feed {

// Called while `page` renders (the posts are rendered by then, so their content is final).
std::string feed_xml(const Site& site, const Document& page);

}  // namespace jekyllpp::site::plugins::feed
