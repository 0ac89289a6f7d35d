#pragma once
// Jekyll::SeoTag::AuthorDrop: the page's author, from page.author, the first of page.authors or
// site.author; a name given as a string picks up its entry in site.data.authors.
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::plugins::seo {

class Author {
public:
   // page: the page drop or hash; site_author: config["author"]; site_data: site.data.
   Author(const liquid::Value& page, const liquid::Value& site_author, const liquid::Value& site_data);

   // author_hash[key] (the drop's fallback data: name, url, type, ...).
   liquid::Value get(std::string_view key) const;
   const liquid::Value& name() const { return name_; }
   // author.twitter || author.name when a string, without its leading "@"; nil otherwise.
   const liquid::Value& twitter() const { return twitter_; }

private:
   liquid::Value hash_;  // a Hash (possibly empty)
   liquid::Value name_;
   liquid::Value twitter_;
};

}  // namespace jekyllpp::site::plugins::seo
