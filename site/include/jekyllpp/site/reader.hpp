#pragma once
// Jekyll's Reader: layouts, then pages/static files/posts/drafts directory by directory,
// then _data, then the other collections.
namespace jekyllpp::site {

class Site;

void read_site(Site& site);

}  // namespace jekyllpp::site
