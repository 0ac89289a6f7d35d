#pragma once
// What the pieces of jekyll-seo-tag share: Liquid's key lookup on a hash or drop, and Jekyll's
// filters called the way the gem calls them (Jekyll::SeoTag::Filters over the render context).
#include <optional>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {
class Context;
}

namespace jekyllpp::site::plugins::seo {

// hash[key] for a Hash or a Drop; nil for anything else (Liquid's lookup of a missing key).
liquid::Value field(const liquid::Value& object, std::string_view key);
// hash[key] when it is a Hash, else an empty hash (the gem's sub_hash).
liquid::Value sub_hash(const liquid::Value& object, std::string_view key);

class Filters {
public:
   explicit Filters(liquid::Context& context) : context_(context) {}
   liquid::Value apply(std::string_view name, const liquid::Value& input) const;
   liquid::Value apply(std::string_view name, const liquid::Value& input, const liquid::Value& argument) const;
   // markdownify | strip_html | normalize_whitespace | escape_once; nothing when that is empty.
   std::optional< std::string > format_string(const liquid::Value& input) const;
   std::string absolute_url(const liquid::Value& input) const;
   std::string uri_escape(const liquid::Value& input) const;
   std::string date_to_xmlschema(const liquid::Value& input) const;

private:
   liquid::Context& context_;
};

// Ruby's `!value.to_s.empty?`: false only for nil and "".
bool present(const liquid::Value& value);

// Kernel#format(message, current: current, total: total) for the paginator message: %<name>s,
// %<name>d, %{name} and %%; anything else raises Ruby's ArgumentError/KeyError text.
std::string format_page_message(std::string_view message, const liquid::Value& current,
                                const liquid::Value& total);

}  // namespace jekyllpp::site::plugins::seo
