#pragma once
// Jekyll's render phase: every collection document, then every page, through Liquid, the
// converters and the layout chain (renderer.rb), on all cores.
#include <functional>

namespace jekyllpp::site {

class Site;
struct Document;

// Which files to render; unset renders all. The others must already be rendered (done).
using RenderFilter = std::function< bool(const Document&) >;

void render_site(Site& site, const RenderFilter& only = {});

}  // namespace jekyllpp::site
