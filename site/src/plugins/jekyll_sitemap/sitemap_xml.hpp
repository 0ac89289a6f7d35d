#pragma once
// What jekyll-sitemap's sitemap.xml and robots.txt templates render (minified as the gem
// minifies them), made natively.
#include <memory>
#include <string>
#include <vector>

namespace jekyllpp::site {
class Site;
struct Document;
struct StaticFile;
}  // namespace jekyllpp::site

namespace jekyllpp::site::plugins::sitemap {

// The extensions of the static files the sitemap lists.
bool listed_static_extension(const std::string& extname);

// The sitemap: every written collection's documents, the HTML pages, then `static_files`
// (the listed static files as they were when the generator ran).
std::string sitemap_xml(const Site& site, const Document& page,
                        const std::vector< std::shared_ptr< StaticFile > >& static_files);

// "Sitemap: <absolute URL of sitemap.xml>\n".
std::string robots_txt(const Site& site);

}  // namespace jekyllpp::site::plugins::sitemap
