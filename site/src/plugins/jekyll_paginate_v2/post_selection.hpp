#pragma once
// What a jekyll-paginate-v2 template paginates: the documents of the collections its
// configuration names, filtered by category, tag and locale, sorted, offset.
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {
class Site;
struct Document;
}  // namespace jekyllpp::site

namespace jekyllpp::site::plugins::paginate_v2 {

// PaginationModel#get_docs_in_collections (`collection:` a list or a string split on ; , and
// whitespace; "all" = every collection but posts), documents with a `pagination` key and
// hidden ones left out.
std::vector< Document* > docs_in_collections(Site& site, const liquid::Value& collections);

// PaginationModel#paginate's selection: the category, tag and locale filters, then the sort by
// `sort_field` (nil first, strings case-insensitively), the last `offset` dropped, reversed
// with `sort_reverse`.
std::vector< const Document* > select_posts(const std::vector< Document* >& docs, const liquid::Value& config);

}  // namespace jekyllpp::site::plugins::paginate_v2
