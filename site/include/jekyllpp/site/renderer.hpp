#pragma once
// Jekyll's render phase: every collection document, then every page, through Liquid, the
// converters and the layout chain (renderer.rb), on all cores.
namespace jekyllpp::site {

class Site;

void render_site(Site& site);

}  // namespace jekyllpp::site
