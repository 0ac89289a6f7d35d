// jemoji 0.12.0: after rendering, :name: in an HTML page or written document becomes GitHub's
// emoji image (in the body alone when the output has a <body>), from the asset root in
// `emoji: src:` of the configuration, else $ASSET_HOST_URL/images/icons/, else GitHub's.
#include <cstdlib>

#include "filters/ruby_ops.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jemoji/emoji_data.hpp"
#include "plugins/jemoji/emoji_filter.hpp"
#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// Emoji.default_asset_root.
std::string default_asset_root() {
   const char* host = std::getenv("ASSET_HOST_URL");
   if (!host || !*host) return "https://github.githubassets.com/images/icons/";
   std::string url = host;
   if (url.back() == '/') url.pop_back();  // chomp("/")
   return url + "/images/icons/";
}

// Emoji.emoji_src: `emoji: src:` when the configuration has both keys.
std::string emoji_src(const Config& config) {
   if (!config.data.is_hash() || !config.data.as_hash().contains("emoji")) return default_asset_root();
   const Value& emoji = config.get("emoji");
   if (!emoji.is_hash()) throw Error(Error::Kind::Other, filters::undefined_method("key?", emoji), "NoMethodError");
   const Value* src = emoji.as_hash().find("src");
   if (!src) return default_asset_root();
   // File.join(src, ...) takes strings only.
   if (!src->is_string())
      throw Error(Error::Kind::Other, filters::no_implicit_conversion(*src, "String"), "TypeError");
   return src->as_string();
}

class JemojiPlugin : public Plugin {
public:
   // The emoji data is read when the plugin is required, as requiring the gem loads gemoji.
   JemojiPlugin() { jemoji::EmojiData::instance(); }

   std::string name() const override { return "jemoji"; }

   void post_render(const Site& site, Document& doc) const override {
      if (!emojiable(doc) || !jemoji::has_emoji(doc.output)) return;
      std::string& output = doc.output;
      if (output.find("<body") == std::string::npos) {
         output = jemoji::emojify(output, emoji_src(site.config));
         return;
      }
      const std::optional< Span > body = html_body(output);
      const std::string src = emoji_src(site.config);
      if (!body) return;
      output = output.substr(0, body->begin) +
               jemoji::emojify(output.substr(body->begin, body->end - body->begin), src) + output.substr(body->end);
   }

private:
   // Emoji.emojiable?: (a page or a written document) with .html output, or any with a
   // permalink ending in "/".
   static bool emojiable(const Document& doc) {
      const Value& permalink = doc.get("permalink");
      const bool slash_permalink =
         permalink.is_string() && !permalink.as_string().empty() && permalink.as_string().back() == '/';
      const bool written = doc.is_page() || (doc.collection && doc.collection->write());
      return (written && doc.output_ext == ".html") || slash_permalink;
   }
};

}  // namespace

std::unique_ptr< Plugin > make_jemoji_plugin() { return std::make_unique< JemojiPlugin >(); }

}  // namespace jekyllpp::site::plugins
