#pragma once
// jekyll-archives' Archive: a page with no file for one tag, category, year, month or day, its
// URL from the `permalinks` template of its type, rendered in the type's layout with `page.posts`.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "jekyllpp/liquid/value.hpp"
#include "jekyllpp/site/document.hpp"

namespace jekyllpp::site {
class Site;
}

namespace jekyllpp::site::plugins::archives {

// What an archive is of: a tag or category value (`name`), or a date's parts, in order
// ({"year", "2024"}, {"month", "05"}, {"day", "09"}).
struct ArchiveTitle {
   liquid::Value name;
   std::vector< std::pair< std::string, std::string > > date_parts;
};

// Archive.new(site, title, type, posts); `config` is the merged jekyll-archives configuration
// and `posts` are newest first.
std::shared_ptr< Document > make_archive_page(Site& site, const liquid::Value& config, const ArchiveTitle& title,
                                              const std::string& type, std::vector< const Document* > posts);

}  // namespace jekyllpp::site::plugins::archives
