#pragma once
// jekyll-feed's reading of `feed:` in the configuration: which feeds to make and where.
#include <string>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {
class Site;
struct Config;
}  // namespace jekyllpp::site

namespace jekyllpp::site::plugins::feed {

// One feed: the page's `collection`, `category` and `tags` data and its path in the site.
struct FeedSpec {
   std::string path;         // "/feed.xml", "/feed/news.xml", "/feed/by_tag/ruby.xml"
   std::string collection;   // "posts"
   liquid::Value category;   // nil for a whole collection
   liquid::Value tag;        // nil unless a tag feed
};

// Jekyll.env == "development" with `feed.disable_in_development` set.
bool disabled_in_development(const Config& config);

// A collection's feeds in the order the generator adds them (its categories, then the whole
// collection), each collection logged as the gem logs it ("Generating feed for posts").
struct CollectionFeeds {
   std::string collection;
   std::vector< FeedSpec > feeds;
};
std::vector< CollectionFeeds > collection_feeds(const Config& config);

// The tag feeds `feed.tags` asks for, tags as site.tags lists them (first use in the posts).
std::vector< FeedSpec > tag_feeds(Site& site);

// The path {% feed_meta %} links: `feed.path`, else the posts feed's path the generator wrote
// back into the configuration, else "feed.xml".
liquid::Value meta_path(const Config& config);

}  // namespace jekyllpp::site::plugins::feed
