#pragma once
// jekyll-paginate-v2's AutoPages: with `autopages: enabled`, a page for every tag, category and
// collection the site's documents use, read from the layouts `autopages:` names, that the
// pagination generator then paginates (Jekyll::PaginateV2::AutoPages).
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {
class Site;
}

namespace jekyllpp::site::plugins::paginate_v2 {

// AutoPages.create_autopages; `pagination_defaults` is the generator's DEFAULT configuration.
void create_autopages(Site& site, const liquid::Value& pagination_defaults);

}  // namespace jekyllpp::site::plugins::paginate_v2
