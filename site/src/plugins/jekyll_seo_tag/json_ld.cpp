#include "plugins/jekyll_seo_tag/json_ld.hpp"

#include "filters/json.hpp"
#include "plugins/jekyll_seo_tag/seo_drop.hpp"

namespace jekyllpp::site::plugins::seo {

using liquid::Value;

namespace {

Value optional_value(const OptionalString& text) { return text ? Value(*text) : Value(); }

bool is_one_of(const Value& value, std::string_view a, std::string_view b) {
   return value.is_string() && (value.as_string() == a || value.as_string() == b);
}

Value author(const SeoDrop& seo) {
   const Author& author = seo.author();
   if (!author.name().truthy()) return Value();
   const Value type = author.get("type");
   if (type.truthy() && !is_one_of(type, "Organization", "Person")) return Value();
   liquid::Hash hash;
   hash.set("@type", type.truthy() ? type : Value("Person"));
   hash.set("name", author.name());
   const Value url = author.get("url");
   if (url.truthy()) hash.set("url", url);
   return Value(std::move(hash));
}

Value publisher(const SeoDrop& seo) {
   OptionalString logo = seo.logo();
   if (!logo) return Value();
   liquid::Hash image;
   image.set("@type", "ImageObject");
   image.set("url", *logo);
   liquid::Hash hash;
   hash.set("@type", "Organization");
   hash.set("logo", Value(std::move(image)));
   if (seo.author().name().truthy()) hash.set("name", seo.author().name());
   return Value(std::move(hash));
}

Value main_entity(const SeoDrop& seo, const Value& type) {
   if (!is_one_of(type, "BlogPosting", "CreativeWork")) return Value();
   liquid::Hash hash;
   hash.set("@type", "WebPage");
   hash.set("@id", seo.canonical_url());
   return Value(std::move(hash));
}

}  // namespace

std::string json_ld(const SeoDrop& seo) {
   const Value type = seo.type();
   const Image* image = seo.image();
   // The drop's keys, in the sorted order to_json writes them.
   const std::pair< const char*, Value > fields[] = {
      {"@context", "https://schema.org"},
      {"@type", type},
      {"author", author(seo)},
      {"dateModified", optional_value(seo.date_modified())},
      {"datePublished", optional_value(seo.date_published())},
      {"description", optional_value(seo.description())},
      {"headline", optional_value(seo.page_title())},
      {"image", image ? image->json_ld() : Value()},
      {"mainEntityOfPage", main_entity(seo, type)},
      {"name", optional_value(seo.name())},
      {"publisher", publisher(seo)},
      {"sameAs", seo.links()},
      {"url", seo.canonical_url()},
   };
   liquid::Hash hash;
   for (const auto& [key, value] : fields)
      if (!value.is_nil()) hash.set(key, value);
   return filters::to_json(Value(std::move(hash)));
}

}  // namespace jekyllpp::site::plugins::seo
