#pragma once
// Jekyll::SeoTag::Drop: what {% seo %} says about the page being rendered (titles, description,
// author, image, canonical URL, locale, JSON-LD fields), from the page, the site configuration
// and the paginator.
#include <optional>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"
#include "plugins/jekyll_seo_tag/seo_author.hpp"
#include "plugins/jekyll_seo_tag/seo_image.hpp"
#include "plugins/jekyll_seo_tag/seo_support.hpp"

namespace jekyllpp::site {
class Site;
}

namespace jekyllpp::site::plugins::seo {

using OptionalString = std::optional< std::string >;

class SeoDrop {
public:
   // markup: the tag's text ("title=false" turns the <title> off).
   SeoDrop(liquid::Context& context, const Site& site, const liquid::Value& page, std::string_view markup);

   const Site& site() const { return site_; }
   const liquid::Value& page() const { return page_; }
   const liquid::Value& paginator() const { return paginator_; }
   const Filters& filters() const { return filters_; }

   // <title>: the title, unless the tag says title=false.
   bool title_tag() const;
   // Page title | site title, or site title | tagline or description; "Page N of M for "
   // leads on later paginator pages.
   OptionalString title() const;
   const OptionalString& site_title() const { return site_title_; }
   const OptionalString& page_title() const { return page_title_; }
   const OptionalString& description() const { return description_; }
   const OptionalString& name() const { return name_; }
   const Author& author() const { return author_; }
   // The image, when it has a path.
   const Image* image() const { return image_.path() ? &image_ : nullptr; }
   std::string page_locale() const;
   liquid::Value canonical_url() const;
   OptionalString date_modified() const;
   OptionalString date_published() const;
   // seo.type, else WebSite (home or about page), BlogPosting (dated) or WebPage.
   liquid::Value type() const;
   // seo.links, else social.links on the home and about pages.
   liquid::Value links() const;
   // The site's logo as an escaped absolute URL.
   OptionalString logo() const;

private:
   bool homepage_or_about() const;
   OptionalString page_number() const;

   const Site& site_;
   liquid::Value page_;
   liquid::Value paginator_;
   Filters filters_;
   bool title_false_;
   liquid::Value page_seo_;
   liquid::Value site_social_;
   OptionalString site_title_;
   OptionalString site_description_;
   OptionalString page_title_;
   OptionalString description_;
   OptionalString name_;
   Author author_;
   Image image_;
};

}  // namespace jekyllpp::site::plugins::seo
