// jekyll-mentions 1.6.0: after rendering, @login in an HTML page's body links to
// https://github.com/login (or `jekyll-mentions:` / `jekyll-mentions: base_url:` from the
// configuration or the page's front matter; `jekyll-mentions: false` on a page turns it off).
#include <cstdlib>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_mentions/mention_filter.hpp"
#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// Ruby's class name of a configuration value, for the error message.
std::string ruby_class(const Value& value) {
   switch (value.type()) {
   case Value::Type::Bool: return value.as_bool() ? "TrueClass" : "FalseClass";
   case Value::Type::Integer: return "Integer";
   case Value::Type::Float: return "Float";
   case Value::Type::Array: return "Array";
   case Value::Type::Time: return value.as_time().is_date ? "Date" : "Time";
   default: return "Object";
   }
}

// Mentions.default_mention_base: GitHub Enterprise's host when SSL and GITHUB_HOSTNAME are set.
std::string default_mention_base() {
   const char* ssl = std::getenv("SSL");
   const char* host = std::getenv("GITHUB_HOSTNAME");
   if (!ssl || !*ssl || !host || !*host) return "https://github.com";
   std::string hostname = host;
   if (!hostname.empty() && hostname.back() == '/') hostname.pop_back();
   return (std::string(ssl) == "true" ? "https://" : "http://") + hostname;
}

std::string mention_base(const Value& setting) {
   if (setting.is_nil()) return default_mention_base();
   if (setting.is_string()) return setting.as_string();
   if (setting.is_hash()) {
      const Value* base = setting.as_hash().find("base_url");
      return base ? liquid::to_output(*base) : default_mention_base();
   }
   throw Error(Error::Kind::Fatal, "Your jekyll-mentions config has to either be a string or a hash. It's a " +
                                      ruby_class(setting) + " right now.");
}

class MentionsPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-mentions"; }

   void post_render(const Site& site, Document& doc) const override {
      if (!mentionable(doc) || doc.output.find('@') == std::string::npos) return;
      const Value* own = doc.data.as_hash().find("jekyll-mentions");
      const std::string base = mention_base(own ? *own : site.config.get("jekyll-mentions"));
      std::string& output = doc.output;
      // The body alone when there is one.
      std::size_t body_start = 0, body_end = output.size();
      if (output.find("<body") != std::string::npos) {
         const std::optional< Span > body = html_body(output);
         if (!body) return;
         body_start = body->begin;
         body_end = body->end;
      }
      const std::string body = output.substr(body_start, body_end - body_start);
      if (!mentions::has_mention(body)) return;
      output = output.substr(0, body_start) + mentions::link_mentions(body, base) + output.substr(body_end);
   }

private:
   static bool mentionable(const Document& doc) {
      if (!doc.is_page() && !(doc.collection && doc.collection->write())) return false;
      const Value& permalink = doc.get("permalink");
      const bool html = doc.output_ext == ".html" ||
                        (permalink.is_string() && !permalink.as_string().empty() && permalink.as_string().back() == '/');
      const Value& setting = doc.get("jekyll-mentions");
      return html && !(setting.is_bool() && !setting.as_bool());
   }
};

}  // namespace

std::unique_ptr< Plugin > make_mentions_plugin() { return std::make_unique< MentionsPlugin >(); }

}  // namespace jekyllpp::site::plugins
