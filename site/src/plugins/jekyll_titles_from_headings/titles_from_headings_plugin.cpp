// jekyll-titles-from-headings 0.5.3: a Markdown page without a `title` takes the text of its
// first heading (markdownified, HTML stripped, whitespace normalised). `titles_from_headings:`
// options: enabled, strip_title (remove the heading from the content; also per page),
// collections (documents too, which always take their heading).
#include <regex>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/plugin_support.hpp"
#include "plugins/jekyll_titles_from_headings/title_heading.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

bool is_true(const Value& value) { return value.is_bool() && value.as_bool(); }

std::string strip(const std::string& text) {
   const char* space = " \t\n\v\f\r";
   std::size_t first = text.find_first_not_of(space);
   if (first == std::string::npos) return "";
   return text.substr(first, text.find_last_not_of(space) - first + 1);
}

class TitlesFromHeadingsPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-titles-from-headings"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Lowest; }

   void generate(Site& site) const override {
      const Value& options = site.config.get("titles_from_headings");
      const Value& enabled = lookup(options, "enabled");
      if (enabled.is_bool() && !enabled.as_bool()) return;
      const Converter* markdown = markdown_converter(site);
      if (!markdown) return;
      std::vector< Document* > documents;
      for (const auto& page : site.pages) documents.push_back(page.get());
      if (is_true(lookup(options, "collections")))
         for (const auto& collection : site.collections)
            if (collection->write())
               for (const auto& doc : collection->docs) documents.push_back(doc.get());

      // The filters run as Jekyll::Filters in a context whose only register is the site.
      liquid::Context context(*site.environment);
      context.set_register("site", &site);
      for (Document* doc : documents) {
         // A document's title is inferred from its name, so the heading always replaces it.
         if (!markdown->matches(doc->extname) || (doc->is_page() && !doc->get("title").is_nil())) continue;
         // Without a heading the title stays what it was (nil for a page: the key is set anyway).
         const auto heading = titles_from_headings::match_heading(doc->content);
         doc->set("title", heading ? strip_markup(context, heading->text) : doc->get("title"));
         const Value& strip_title =
            doc->data.as_hash().contains("strip_title") ? doc->get("strip_title") : lookup(options, "strip_title");
         if (is_true(strip_title)) strip_heading(site, *doc);
      }
   }

private:
   // STRIP_MARKUP_FILTERS, then footnote references removed.
   static Value strip_markup(liquid::Context& context, const std::string& text) {
      Value value(text);
      for (const char* filter : {"markdownify", "strip_html", "normalize_whitespace"})
         value = context.invoke_filter(filter, value, {}, {});
      static const std::regex footnote(R"(\[\^[^\]]*\])");
      return std::regex_replace(liquid::to_output(value), footnote, "");
   }

   // strip_title!: the heading and surrounding whitespace leave the content (and a post's
   // excerpt is made again from what remains).
   static void strip_heading(const Site& site, Document& doc) {
      if (const auto heading = titles_from_headings::match_heading(doc.content))
         doc.content.erase(0, heading->end);
      doc.content = strip(doc.content);
      if (doc.is_page() || !doc.collection || doc.collection->label != "posts" || !doc.has_excerpt) return;
      const Value& separator = doc.get("excerpt_separator");
      doc.excerpt_source = extract_excerpt(
         doc.content, liquid::to_output(separator.is_nil() ? site.config.get("excerpt_separator") : separator));
   }
};

}  // namespace

std::unique_ptr< Plugin > make_titles_from_headings_plugin() { return std::make_unique< TitlesFromHeadingsPlugin >(); }

}  // namespace jekyllpp::site::plugins
