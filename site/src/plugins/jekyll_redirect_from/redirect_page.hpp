#pragma once
// jekyll-redirect-from's RedirectPage (a page at one URL sending the browser to another) and
// the HTML of the gem's own `redirect` layout.
#include <memory>
#include <string>

#include "jekyllpp/liquid/value.hpp"
#include "jekyllpp/site/document.hpp"

namespace jekyllpp::site {
class Site;
}

namespace jekyllpp::site::plugins::redirect_from {

// The gem's layout as Jekyll's site.layouts holds it when the site has no `redirect` layout.
constexpr const char* gem_layout_path = "jekyll-redirect-from/redirect.html";

// URLFilters#ensure_leading_slash: "" stays "".
std::string ensure_leading_slash(const std::string& path);
// The redirect's target: an http(s) URL as given, anything else through absolute_url.
std::string redirect_target(const Site& site, const std::string& to);
// The page's data entries RedirectPage#set_paths makes (sitemap, layout, permalink, redirect).
liquid::Hash redirect_data(const std::string& from, const std::string& to);
// RedirectPage.from_paths(site, from, to), its URL assigned; `from` has its leading slash.
std::shared_ptr< Document > make_redirect_page(Site& site, const std::string& from, const std::string& to);
// What the gem's redirect.html layout renders for a page whose `redirect.to` is `to`.
std::string redirect_html(const std::string& to);

}  // namespace jekyllpp::site::plugins::redirect_from
