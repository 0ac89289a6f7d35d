#pragma once
// Jekyll::SeoTag::ImageDrop: the page's image from `image` (a path, or a hash with path,
// facebook or twitter and any of height, width, alt), as an escaped absolute URL.
#include <optional>
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::plugins::seo {

class Filters;

class Image {
public:
   Image(const liquid::Value& page, const Filters& filters);

   // The escaped absolute URL; nothing when the page names no image (then there is no image).
   const std::optional< std::string >& path() const { return path_; }
   // image_hash[key]: height, width, alt, ...
   liquid::Value get(std::string_view key) const;
   // What the JSON-LD holds: the path alone, or the image hash with path as "url" and an
   // "@type" of "imageObject".
   liquid::Value json_ld() const;

private:
   liquid::Value hash_;  // {"path" => ..., the page's image keys...}
   std::optional< std::string > path_;
};

}  // namespace jekyllpp::site::plugins::seo
