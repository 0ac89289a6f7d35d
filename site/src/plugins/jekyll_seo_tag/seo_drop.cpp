#include "plugins/jekyll_seo_tag/seo_drop.hpp"

#include <cctype>

#include "filters/uri.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/site/dependency_graph.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins::seo {

using liquid::Value;

namespace {

constexpr std::string_view title_separator = " | ";

// `markup !~ /title=false/i`
bool says_title_false(std::string_view markup) {
   constexpr std::string_view wanted = "title=false";
   for (std::size_t at = 0; at + wanted.size() <= markup.size(); ++at) {
      std::size_t i = 0;
      while (i < wanted.size() && std::tolower(static_cast< unsigned char >(markup[at + i])) == wanted[i]) ++i;
      if (i == wanted.size()) return true;
   }
   return false;
}

// One line of HOMEPAGE_OR_ABOUT_REGEX, %r!^/(about/)?(index.html?)?$!, matched whole.
bool homepage_or_about_line(std::string_view line) {
   if (line.empty() || line.front() != '/') return false;
   line.remove_prefix(1);
   if (line.substr(0, 6) == "about/") line.remove_prefix(6);
   if (line.empty()) return true;
   if (line.substr(0, 5) != "index" || line.size() < 6) return false;
   line.remove_prefix(5);
   // `.` is one character: a UTF-8 lead byte and its continuation bytes.
   std::size_t width = 1;
   while (width < line.size() && (static_cast< unsigned char >(line[width]) & 0xC0) == 0x80) ++width;
   line.remove_prefix(width);
   return line == "htm" || line == "html";
}

// gsub(%r!/index\.html$!, "/"): `$` ends the string or a line.
std::string strip_index_html(std::string url) {
   constexpr std::string_view index = "/index.html";
   for (std::size_t at = url.find(index); at != std::string::npos; at = url.find(index, at + 1)) {
      const std::size_t after = at + index.size();
      if (after == url.size() || url[after] == '\n') url.replace(at, index.size(), "/");
   }
   return url;
}

const Value& config_value(const Site& site, std::string_view key) { return site.config.get(key); }

Value either(const Value& first, const Value& second) { return first.truthy() ? first : second; }

}  // namespace

SeoDrop::SeoDrop(liquid::Context& context, const Site& site, const Value& page, std::string_view markup)
    : site_(site), page_(page), paginator_(context.find_variable("paginator")),
      filters_(context), title_false_(says_title_false(markup)), page_seo_(sub_hash(page, "seo")),
      site_social_(sub_hash(site.config.data, "social")),
      site_title_(filters_.format_string(either(config_value(site, "title"), config_value(site, "name")))),
      site_description_(filters_.format_string(config_value(site, "description"))),
      author_(page, config_value(site, "author"), site.data), image_(page, filters_) {
   record_key("data");  // the author's entry in site.data.authors
   page_title_ = filters_.format_string(field(page, "title"));
   if (!page_title_) page_title_ = site_title_;
   description_ = filters_.format_string(either(field(page, "description"), field(page, "excerpt")));
   if (!description_) description_ = site_description_;

   // seo.name (when it formats to something), else on the home and about pages social.name
   // or the site title.
   const Value seo_name = field(page_seo_, "name");
   if (seo_name.truthy()) name_ = filters_.format_string(seo_name);
   if (name_ || !homepage_or_about()) return;
   const Value social_name = field(site_social_, "name");
   name_ = social_name.truthy() ? filters_.format_string(social_name) : site_title_;
}

bool SeoDrop::title_tag() const { return title() && !title_false_; }

OptionalString SeoDrop::title() const {
   OptionalString title;
   if (site_title_ && page_title_ != site_title_) {
      title = *page_title_ + std::string(title_separator) + *site_title_;
   } else if (site_description_ && site_title_) {
      OptionalString tagline = filters_.format_string(config_value(site_, "tagline"));
      title = *site_title_ + std::string(title_separator) + (tagline ? *tagline : *site_description_);
   } else {
      title = page_title_ ? page_title_ : site_title_;
   }
   OptionalString number = page_number();
   if (!number) return title;
   if (!title) throw liquid::Error(liquid::Error::Kind::Standard, "no implicit conversion of nil into String");
   return *number + *title;
}

std::string SeoDrop::page_locale() const {
   Value lang = either(either(field(page_, "lang"), config_value(site_, "lang")), Value("en_US"));
   std::string locale = liquid::to_output(either(either(field(page_, "locale"), config_value(site_, "locale")), lang));
   for (char& c : locale)
      if (c == '-') c = '_';
   return locale;
}

Value SeoDrop::canonical_url() const {
   Value custom = field(page_, "canonical_url");
   if (present(custom)) return custom;
   return Value(strip_index_html(filters_.absolute_url(field(page_, "url"))));
}

OptionalString SeoDrop::date_modified() const {
   const Value date = either(either(field(page_seo_, "date_modified"), field(page_, "last_modified_at")),
                             field(page_, "date"));
   if (!date.truthy()) return std::nullopt;
   return filters_.date_to_xmlschema(date);
}

OptionalString SeoDrop::date_published() const {
   Value date = field(page_, "date");
   if (!date.truthy()) return std::nullopt;
   return filters_.date_to_xmlschema(date);
}

Value SeoDrop::type() const {
   Value type = field(page_seo_, "type");
   if (type.truthy()) return type;
   if (homepage_or_about()) return "WebSite";
   return field(page_, "date").truthy() ? "BlogPosting" : "WebPage";
}

Value SeoDrop::links() const {
   Value links = field(page_seo_, "links");
   if (links.truthy()) return links;
   if (homepage_or_about()) {
      Value social_links = field(site_social_, "links");
      if (social_links.truthy()) return social_links;
   }
   return Value();
}

OptionalString SeoDrop::logo() const {
   const Value& logo = config_value(site_, "logo");
   if (!logo.truthy()) return std::nullopt;
   if (logo.is_string() && filters::uri_is_absolute(logo.as_string())) return filters_.uri_escape(logo);
   return filters_.uri_escape(Value(filters_.absolute_url(logo)));
}

bool SeoDrop::homepage_or_about() const {
   Value url = field(page_, "url");
   if (!url.is_string()) return false;
   std::string_view rest = url.as_string();
   while (true) {
      const std::size_t newline = rest.find('\n');
      if (homepage_or_about_line(rest.substr(0, newline))) return true;
      if (newline == std::string_view::npos) return false;
      rest.remove_prefix(newline + 1);
   }
}

OptionalString SeoDrop::page_number() const {
   if (!paginator_.truthy()) return std::nullopt;
   Value current = field(paginator_, "page");
   if (!current.truthy()) return std::nullopt;
   const bool later_page =
      (current.is_integer() && current.as_integer() > 1) || (current.is_float() && current.as_float() > 1);
   if (!later_page) return std::nullopt;
   const Value& custom = config_value(site_, "seo_paginator_message");
   const std::string message = custom.truthy() ? liquid::to_output(custom) : "Page %<current>s of %<total>s for ";
   return format_page_message(message, current, field(paginator_, "total_pages"));
}

}  // namespace jekyllpp::site::plugins::seo
