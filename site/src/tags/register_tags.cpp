#include "jekyllpp/site/jekyll_liquid.hpp"
#include "tags/registration.hpp"

namespace jekyllpp::site {

void register_jekyll_tags(liquid::Environment& environment) {
   tags::register_include_tags(environment);
   tags::register_link_tag(environment);
   tags::register_post_url_tag(environment);
   tags::register_highlight_tag(environment);
}

}  // namespace jekyllpp::site
