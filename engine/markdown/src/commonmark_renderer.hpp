#pragma once
// jekyll-commonmark's HTML: CommonMarker's Ruby HtmlRenderer (not cmark-gfm's C one) walking
// cmark-gfm's tree, with jekyll-commonmark's code blocks highlighted as Rouge's HTMLLegacy
// formatter writes them.
#include <cmark-gfm.h>

#include <string>

namespace jekyllpp::markdown {

// HtmlRenderer.new(options: render_flags, extensions: ...).render(document); `tagfilter` when
// the tagfilter extension is on.
std::string render_commonmark(cmark_node* document, int render_flags, bool tagfilter);

}  // namespace jekyllpp::markdown
