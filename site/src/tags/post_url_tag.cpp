// Jekyll's {% post_url [dir/]YYYY-MM-DD-slug %}: the relative_url of the post whose path,
// date and slug match, falling back (with a deprecation warning) to date and slug alone.
#include <optional>
#include <regex>

#include "filters/filter_support.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/ruby/time.hpp"
#include "jekyllpp/site/dependency_graph.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/site.hpp"
#include "tags/registration.hpp"
#include "tags/tag_support.hpp"

namespace jekyllpp::site::tags {

namespace {

std::string regex_escape(const std::string& text) {
   static const std::string special = R"(\^$.|?*+()[]{}-/)";
   std::string out;
   for (char c : text) {
      if (special.find(c) != std::string::npos) out += '\\';
      out += c;
   }
   return out;
}

// Jekyll::Tags::PostComparer
class PostComparer {
public:
   explicit PostComparer(const std::string& name) : name_(name) {
      static const std::regex matcher(R"(^((?:.+/)*)(\d+-\d+-\d+)-(.*)$)");
      const std::string trimmed = name.empty() || name[0] != '/' ? name : name.substr(1);
      std::smatch m;
      if (!std::regex_search(trimmed, m, matcher))
         throw Error(Error::Kind::Fatal, "'" + name + "' does not contain valid date and/or title.");
      path_ = m[1].str();
      date_ = m[2].str();
      slug_ = m[3].str();
      const std::string basename = date_ + "-" + regex_escape(slug_) + R"(\.[^.]+)";
      name_regex_ = std::regex("^_posts/" + path_ + basename + "|^" + path_ + "_posts/?" + basename);
   }

   const std::string& name() const { return name_; }

   bool operator==(const Document& post) const { return std::regex_search(post.relative_path, name_regex_); }

   bool deprecated_equality(const Document& post) const {
      const liquid::Value& slug = post.get("slug");
      if (!slug.is_string() || slug.as_string() != slug_) return false;
      const std::optional< liquid::Time > wanted = liquid::ruby::parse_time(date_);
      if (!wanted) throw Error(Error::Kind::InvalidDate, "Invalid date '" + date_ + "': '" + date_ +
                                                            "' does not contain valid date and/or title.");
      const liquid::ruby::CivilTime a = liquid::ruby::civil(*wanted);
      const liquid::ruby::CivilTime b = liquid::ruby::civil(post.date);
      return a.year == b.year && a.month == b.month && a.day == b.day;
   }

private:
   std::string name_, path_, date_, slug_;
   std::regex name_regex_;
};

PostComparer parse_post(const std::string& name) {
   try {
      return PostComparer(name);
   } catch (const Error& e) {
      throw Error(Error::Kind::Fatal, "Could not parse name of post \"" + name +
                                         "\" in tag 'post_url'.\n Make sure the post exists and the name is correct.\n "
                                         "Jekyll::Errors::InvalidPostNameError: " + e.what() + "\n",
                  "Jekyll::Errors::PostURLError");
   }
}

class PostUrlTag : public liquid::Node {
public:
   PostUrlTag(const std::string& markup, liquid::ParseContext& parse)
       : Node(parse.line_number()), post_(parse_post(strip(markup))) {}

   void render(liquid::Context& context, std::string& output) const override {
      const Site& site = filters::site_of(context);
      const Collection* posts = posts_of(site);
      if (!posts) throw Error(Error::Kind::Fatal, not_found_message(), "Jekyll::Errors::PostURLError");
      // The post found depends on which posts there are; its URL on its own front matter.
      record_key("posts");
      for (const auto& doc : posts->docs)
         if (post_ == *doc) {
            record_source(*doc, "url");
            output += relative_url_of(site, doc->url);
            return;
         }
      for (const auto& doc : posts->docs)
         if (post_.deprecated_equality(*doc)) {
            site.logger.warn("Deprecation:", "A call to '{% post_url " + post_.name() +
                                                " %}' did not match a post using the new matching method of "
                                                "checking name (path-date-slug) equality. Please make sure that "
                                                "you change this tag to match the post's name exactly.");
            record_source(*doc, "url");
            output += relative_url_of(site, doc->url);
            return;
         }
      throw Error(Error::Kind::Fatal, not_found_message(), "Jekyll::Errors::PostURLError");
   }

private:
   static const Collection* posts_of(const Site& site) {
      for (const auto& collection : site.collections)
         if (collection->label == "posts") return collection.get();
      return nullptr;
   }

   std::string not_found_message() const {
      return "Could not find post \"" + post_.name() +
             "\" in tag 'post_url'.\nMake sure the post exists and the name is correct.\n";
   }

   PostComparer post_;
};

}  // namespace

void register_post_url_tag(liquid::Environment& environment) {
   environment.register_tag("post_url", [](const std::string&, const std::string& markup,
                                           liquid::ParseContext& parse) -> liquid::NodePtr {
      return std::make_unique< PostUrlTag >(markup, parse);
   });
}

}  // namespace jekyllpp::site::tags
