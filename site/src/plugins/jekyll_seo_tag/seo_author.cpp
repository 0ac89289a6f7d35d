#include "plugins/jekyll_seo_tag/seo_author.hpp"

#include "plugins/jekyll_seo_tag/seo_support.hpp"

namespace jekyllpp::site::plugins::seo {

using liquid::Value;

namespace {

Value resolved_author(const Value& page, const Value& site_author) {
   Value author = field(page, "author");
   if (present(author)) return author;
   Value authors = field(page, "authors");
   if (authors.is_array() && !authors.as_array().empty() && present(authors.as_array().front()))
      return authors.as_array().front();
   if (present(site_author)) return site_author;
   return Value();
}

// String#sub(/^@/, ""): the first "@" that starts a line.
std::string without_at(const std::string& text) {
   for (std::size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1))
      if (at == 0 || text[at - 1] == '\n') return text.substr(0, at) + text.substr(at + 1);
   return text;
}

}  // namespace

Author::Author(const Value& page, const Value& site_author, const Value& site_data) {
   Value author = resolved_author(page, site_author);
   if (author.is_hash()) {
      hash_ = author;
   } else if (author.is_string()) {
      liquid::Hash merged;
      merged.set("name", author);
      Value authors = field(site_data, "authors");
      Value entry = authors.is_hash() ? field(authors, author.as_string()) : Value();
      if (entry.is_hash())
         for (const auto& [key, value] : entry.as_hash()) merged.set(key, value);
      hash_ = Value(std::move(merged));
   } else {
      hash_ = Value(liquid::Hash());
   }
   name_ = get("name");
   Value twitter = get("twitter");
   if (!twitter.truthy()) twitter = name_;
   if (twitter.is_string()) twitter_ = without_at(twitter.as_string());
}

Value Author::get(std::string_view key) const { return field(hash_, key); }

}  // namespace jekyllpp::site::plugins::seo
