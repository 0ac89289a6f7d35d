#include "plugins/jekyll_seo_tag/seo_image.hpp"

#include "filters/uri.hpp"
#include "plugins/jekyll_seo_tag/seo_support.hpp"

namespace jekyllpp::site::plugins::seo {

using liquid::Value;

Image::Image(const Value& page, const Filters& filters) {
   Value meta = field(page, "image");
   liquid::Hash hash;
   hash.set("path", meta.is_string() ? meta : Value());
   if (meta.is_hash())
      for (const auto& [key, value] : meta.as_hash()) hash.set(key, value);
   hash_ = Value(std::move(hash));

   Value raw = get("path");
   if (!raw.truthy()) raw = get("facebook");
   if (!raw.truthy()) raw = get("twitter");
   if (!raw.truthy()) return;
   const bool relative = raw.is_string() && !filters::uri_is_absolute(raw.as_string());
   path_ = filters.uri_escape(relative ? Value(filters.absolute_url(raw)) : raw);
}

Value Image::get(std::string_view key) const { return field(hash_, key); }

Value Image::json_ld() const {
   if (hash_.as_hash().size() == 1) return Value(*path_);
   liquid::Hash hash;
   for (const auto& [key, value] : hash_.as_hash())
      if (key != "path") hash.set(key, value);
   hash.set("url", Value(*path_));
   hash.set("@type", "imageObject");
   return Value(std::move(hash));
}

}  // namespace jekyllpp::site::plugins::seo
