#pragma once
// Jekyll::SeoTag::JSONLDDrop as its to_json writes it: the schema.org object of the page, keys
// sorted, nil values left out.
#include <string>

namespace jekyllpp::site::plugins::seo {

class SeoDrop;

std::string json_ld(const SeoDrop& seo);

}  // namespace jekyllpp::site::plugins::seo
