#pragma once
// Jekyll's PageWithoutAFile as jekyll-feed and jekyll-sitemap make it: a page named like a
// source file that is not read from disk, its data the generator's own keys over the front
// matter defaults of its path.
#include <memory>
#include <string>

#include "jekyllpp/liquid/value.hpp"
#include "jekyllpp/site/document.hpp"

namespace jekyllpp::site {
class Site;
}

namespace jekyllpp::site::plugins {

// PageWithoutAFile.new(site, plugin_dir, "", name) with `data` merged in, its URL assigned.
// `name` may carry folders ("/feed/by_tag/x.xml"), as the plugins pass it.
std::shared_ptr< Document > make_page_without_a_file(Site& site, const std::string& name, const liquid::Hash& data,
                                                     std::string ruby_class);

}  // namespace jekyllpp::site::plugins
