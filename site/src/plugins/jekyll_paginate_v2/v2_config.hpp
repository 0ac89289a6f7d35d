#pragma once
// jekyll-paginate-v2's configuration: the generator's DEFAULT and Utils.deep_merge_hashes as
// the gem applies it to `pagination:`/`autopages:` settings.
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::plugins::paginate_v2 {

// PaginateV2::Generator::DEFAULT.
liquid::Value default_config();

// deep_merge_hashes(base, overlay || {}): nil and false merge nothing; a value that is not a hash raises
// Hash#merge!'s TypeError.
liquid::Value merge_config(const liquid::Value& base, const liquid::Value& overlay);

}  // namespace jekyllpp::site::plugins::paginate_v2
