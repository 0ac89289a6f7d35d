#include "plugins/jekyll_feed/feed_xml.hpp"

#include <cctype>

#include "filters/text.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins::feed {

using liquid::Value;

namespace {

// Liquid's `x == empty`: an empty string, array or hash.
bool is_empty(const Value& value) {
   return (value.is_string() && value.as_string().empty()) || (value.is_array() && value.as_array().empty()) ||
          (value.is_hash() && value.as_hash().empty());
}

// Liquid's `default` filter: nil, false and empty values give way to the fallback.
Value or_default(const Value& value, const Value& fallback) {
   return !value.truthy() || is_empty(value) ? fallback : value;
}

// `container[key]` with a key that is itself a value (site[page.collection]).
Value index(const Value& container, const Value& key) {
   if (key.is_string()) {
      if (container.is_drop()) return container.as_drop().get(key.as_string());
      if (container.is_hash()) {
         const Value* found = container.as_hash().find(key.as_string());
         return found ? *found : Value();
      }
   } else if (key.is_integer()) {
      if (container.is_hash()) {
         const Value* found = container.as_hash().find(key.as_integer());
         return found ? *found : Value();
      }
      if (container.is_array()) {
         const liquid::Array& items = container.as_array();
         std::int64_t i = key.as_integer();
         if (i < 0) i += std::int64_t(items.size());
         return i >= 0 && i < std::int64_t(items.size()) ? items[std::size_t(i)] : Value();
      }
   }
   return Value();
}

// Liquid::Utils.to_integer, as `for ... limit:` applies it (Ruby's Integer(string)).
std::int64_t to_integer(const Value& value) {
   if (value.is_integer()) return value.as_integer();
   std::string text = filters::ruby_to_s(value);
   std::size_t i = 0, end = text.size();
   while (i < end && std::isspace(static_cast< unsigned char >(text[i]))) ++i;
   while (end > i && std::isspace(static_cast< unsigned char >(text[end - 1]))) --end;
   bool negative = i < end && text[i] == '-';
   if (i < end && (text[i] == '-' || text[i] == '+')) ++i;
   if (i == end) throw liquid::Error(liquid::Error::Kind::Argument, "invalid integer");
   std::int64_t number = 0;
   for (std::size_t at = i; at < end; ++at) {
      char c = text[at];
      bool joiner = c == '_' && at > i && at + 1 < end && std::isdigit(static_cast< unsigned char >(text[at + 1])) &&
                    text[at - 1] != '_';
      if (joiner) continue;
      if (!std::isdigit(static_cast< unsigned char >(c))) throw liquid::Error(liquid::Error::Kind::Argument, "invalid integer");
      number = number * 10 + (c - '0');
   }
   return negative ? -number : number;
}

class FeedWriter {
public:
   FeedWriter(const Site& site, const Document& page)
       : context_(*site.environment), site_(make_site_drop(*site.drop_cache, &page)),
         page_(site.drop_cache->drop_for(page)), jekyll_(site.drop_cache->jekyll) {
      context_.set_register("site", static_cast< const Site* >(&site));
   }

   std::string write() {
      out_.reserve(8192);
      out_ += "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
      if (at(page_, "xsl").truthy())
         out_ += "<?xml-stylesheet type=\"text/xml\" href=\"" + print(filter("absolute_url", "/feed.xslt.xml")) + "\"?>";
      const Value lang = at(site_, "lang");
      out_ += "<feed xmlns=\"http://www.w3.org/2005/Atom\" ";
      if (lang.truthy()) out_ += "xml:lang=\"" + print(lang) + "\"";
      out_ += "><generator uri=\"https://jekyllrb.com/\" version=\"" + print(at(jekyll_, "version")) + "\">Jekyll</generator>";
      const Value url = at(page_, "url");
      out_ += "<link href=\"" + print(filter("absolute_url", url)) + "\" rel=\"self\" type=\"application/atom+xml\" />";
      out_ += "<link href=\"" + print(filter("absolute_url", "/")) + "\" rel=\"alternate\" type=\"text/html\" ";
      if (lang.truthy()) out_ += "hreflang=\"" + print(lang) + "\" ";
      out_ += "/><updated>" + print(filter("date_to_xmlschema", at(site_, "time"))) + "</updated>";
      out_ += "<id>" + escaped(filter("absolute_url", url)) + "</id>";
      write_title();
      const Value description = at(site_, "description");
      if (description.truthy()) out_ += "<subtitle>" + escaped(description) + "</subtitle>";
      write_site_author();
      for (const Value& post : entries()) write_entry(post);
      out_ += "</feed>";
      return std::move(out_);
   }

private:
   Value at(const Value& root, std::string_view path) const { return liquid::lookup_path(root, path); }
   Value filter(std::string_view name, const Value& input, std::vector< Value > args = {}) {
      return context_.invoke_filter(name, input, args, {});
   }
   static std::string print(const Value& value) { return liquid::to_output(value); }
   // `value | xml_escape`.
   static std::string escaped(const Value& value) { return filters::xml_escape(filters::ruby_to_s(value)); }

   // The site's title or name, then " | Collection" off the posts, " | Category" for a category.
   void write_title() {
      Value title = or_default(at(site_, "title"), at(site_, "name"));
      const Value collection = at(page_, "collection");
      if (!liquid::liquid_equal(collection, Value("posts")))
         title = filter("append", filter("append", title, {" | "}), {filter("capitalize", collection)});
      const Value category = at(page_, "category");
      if (category.truthy()) title = filter("append", filter("append", title, {" | "}), {filter("capitalize", category)});
      if (title.truthy()) out_ += "<title type=\"html\">" + escaped(filter("smartify", title)) + "</title>";
   }

   void write_site_author() {
      const Value author = at(site_, "author");
      if (!author.truthy()) return;
      out_ += "<author><name>" + escaped(or_default(at(author, "name"), author)) + "</name>";
      const Value email = at(author, "email");
      if (email.truthy()) out_ += "<email>" + escaped(email) + "</email>";
      const Value uri = at(author, "uri");
      if (uri.truthy()) out_ += "<uri>" + escaped(uri) + "</uri>";
      out_ += "</author>";
   }

   // The tag's or the collection's posts (a category's only), drafts left out unless shown,
   // newest first, at most `feed.posts_limit` (10).
   std::vector< Value > entries() {
      const Value tag = at(page_, "tags");
      Value posts = tag.truthy() ? index(at(site_, "tags"), tag) : index(site_, at(page_, "collection"));
      const Value category = at(page_, "category");
      if (category.truthy()) posts = filter("where", posts, {"categories", category});
      if (!at(site_, "show_drafts").truthy() && posts.is_array()) {
         liquid::Array kept;
         for (const Value& post : posts.as_array())
            if (!liquid::liquid_equal(at(post, "draft"), Value(true))) kept.push_back(post);
         posts = Value(std::move(kept));
      }
      posts = filter("reverse", filter("sort", posts, {"date"}));
      std::int64_t limit = to_integer(or_default(at(site_, "feed.posts_limit"), Value(10)));
      std::vector< Value > out;
      if (!posts.is_array()) return out;
      for (const Value& post : posts.as_array()) {
         if (std::int64_t(out.size()) >= limit) break;
         out.push_back(post);
      }
      return out;
   }

   void write_entry(const Value& post) {
      out_ += "<entry";
      const Value lang = at(post, "lang");
      if (lang.truthy()) out_ += " xml:lang=\"" + print(lang) + "\"";
      out_ += ">";
      const std::string title =
         escaped(filter("normalize_whitespace", filter("strip_html", filter("smartify", at(post, "title")))));
      const Value url = at(post, "url");
      const Value date = at(post, "date");
      out_ += "<title type=\"html\">" + title + "</title>";
      out_ += "<link href=\"" + print(filter("absolute_url", url)) + "\" rel=\"alternate\" type=\"text/html\" title=\"" +
              title + "\" />";
      out_ += "<published>" + print(filter("date_to_xmlschema", date)) + "</published>";
      out_ += "<updated>" + print(filter("date_to_xmlschema", or_default(at(post, "last_modified_at"), date))) +
              "</updated>";
      out_ += "<id>" + escaped(filter("absolute_url", at(post, "id"))) + "</id>";
      if (!or_default(at(post, "feed.excerpt_only"), at(site_, "feed.excerpt_only")).truthy())
         out_ += "<content type=\"html\" xml:base=\"" + escaped(filter("absolute_url", url)) + "\"><![CDATA[" +
                 print(filter("strip", at(post, "content"))) + "]]></content>";
      write_entry_author(post);
      write_categories(post);
      const Value summary = or_default(at(post, "description"), at(post, "excerpt"));
      if (summary.truthy() && !is_empty(summary))
         out_ += "<summary type=\"html\"><![CDATA[" +
                 print(filter("normalize_whitespace", filter("strip_html", summary))) + "]]></summary>";
      write_image(post);
      out_ += "</entry>";
   }

   // The post's author (or first of its authors, or the site's), looked up in
   // site.data.authors by name.
   void write_entry_author(const Value& post) {
      Value author = or_default(or_default(at(post, "author"), index(at(post, "authors"), Value(0))), at(site_, "author"));
      author = or_default(index(at(site_, "data.authors"), author), author);
      const Value email = or_default(at(author, "email"), Value());
      const Value uri = or_default(at(author, "uri"), Value());
      const Value name = or_default(at(author, "name"), author);
      out_ += "<author><name>" + escaped(or_default(name, "")) + "</name>";
      if (email.truthy()) out_ += "<email>" + escaped(email) + "</email>";
      if (uri.truthy()) out_ += "<uri>" + escaped(uri) + "</uri>";
      out_ += "</author>";
   }

   // `category` as given, else each of `categories`; then each tag.
   void write_categories(const Value& post) {
      auto term = [&](const Value& value) { out_ += "<category term=\"" + escaped(value) + "\" />"; };
      const Value category = at(post, "category");
      const Value categories = at(post, "categories");
      if (category.truthy()) term(category);
      else if (categories.truthy()) for_each(categories, term);
      for_each(at(post, "tags"), term);
   }

   // What `{% for x in value %}` walks: an array's items, a hash's pairs, a string once.
   template < class Fn >
   static void for_each(const Value& value, Fn fn) {
      if (value.is_array()) {
         for (const Value& item : value.as_array()) fn(item);
      } else if (value.is_hash()) {
         for (const auto& [key, item] : value.as_hash()) fn(Value(liquid::Array{Value(key), item}));
      } else if (value.is_string()) {
         if (!value.as_string().empty()) fn(value);
      } else if (value.is_range()) {
         for (std::int64_t i = value.as_range().first; i <= value.as_range().last; ++i) fn(Value(i));
      }
   }

   void write_image(const Value& post) {
      Value image = or_default(at(post, "image.path"), at(post, "image"));
      if (!image.truthy()) return;
      if (!contains_scheme(image)) image = filter("absolute_url", image);
      const std::string url = escaped(image);
      out_ += "<media:thumbnail xmlns:media=\"http://search.yahoo.com/mrss/\" url=\"" + url + "\" />";
      out_ += "<media:content medium=\"image\" url=\"" + url + "\" xmlns:media=\"http://search.yahoo.com/mrss/\" />";
   }

   // Liquid's `value contains "://"`.
   static bool contains_scheme(const Value& value) {
      if (value.is_string()) return value.as_string().find("://") != std::string::npos;
      if (value.is_array())
         for (const Value& item : value.as_array())
            if (item.is_string() && item.as_string() == "://") return true;
      if (value.is_hash()) return value.as_hash().contains("://");
      return false;
   }

   liquid::Context context_;
   Value site_;
   Value page_;
   Value jekyll_;
   std::string out_;
};

}  // namespace

std::string feed_xml(const Site& site, const Document& page) { return FeedWriter(site, page).write(); }

}  // namespace jekyllpp::site::plugins::feed
