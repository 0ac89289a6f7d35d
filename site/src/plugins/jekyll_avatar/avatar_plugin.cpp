// jekyll-avatar 0.8.0: {% avatar [@]user [size=N] [lazy=true] %} or {% avatar user=variable %}
// writes a GitHub avatar <img> with a srcset for 1x..4x. The markup is itself a Liquid template,
// rendered first; size and user= are read from it as written.
#include <cstdint>
#include <cstdlib>
#include <regex>
#include <vector>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "tags/tag_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// Zlib.crc32.
std::uint32_t crc32(const std::string& text) {
   std::uint32_t crc = 0xFFFFFFFFu;
   for (unsigned char byte : text) {
      crc ^= byte;
      for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
   }
   return ~crc;
}

// Ruby's String#split(" ")[0]: the first whitespace-separated word ("" when there is none).
std::string first_word(const std::string& text) {
   std::size_t start = text.find_first_not_of(" \t\n\v\f\r");
   if (start == std::string::npos) return "";
   return text.substr(start, text.find_first_of(" \t\n\v\f\r", start) - start);
}

class AvatarTag : public liquid::Node {
public:
   AvatarTag(const std::string& markup, liquid::ParseContext& parse)
       : Node(parse.line_number()), text_(tags::strip(markup)) {
      liquid::ParseOptions options;
      options.line_numbers = false;
      markup_ = liquid::Template::parse(text_, parse.environment(), options);
      static const std::regex size(R"(\bsize=(\d+)\b)", std::regex::icase);
      static const std::regex user(R"(\buser=([\w.]+)\b)");
      std::smatch m;
      size_ = std::regex_search(text_, m, size) ? m[1].str() : "40";
      if (std::regex_search(text_, m, user)) {
         user_variable_ = m[1].str();
         std::size_t dot = user_variable_.find('.');
         user_root_ = liquid::Expression::parse(user_variable_.substr(0, dot));
         while (dot != std::string::npos) {
            std::size_t next = user_variable_.find('.', dot + 1);
            user_keys_.push_back(user_variable_.substr(dot + 1, next == std::string::npos ? next : next - dot - 1));
            dot = next;
         }
      }
      if (const char* host = std::getenv("PAGES_AVATARS_URL")) custom_host_ = host;
   }

   void render(liquid::Context& context, std::string& output) const override {
      const std::string text = markup_.render(context);
      const std::string name = username(context, text);
      const std::string url = url_for(name, 1);
      std::string srcset;
      for (int scale = 1; scale <= 4; ++scale)
         srcset += (scale > 1 ? ", " : "") + url_for(name, scale) + " " + std::to_string(scale) + "x";
      const bool lazy = text.find("lazy=true") != std::string::npos;
      output += "<img class=\"";
      output += std::strtoll(size_.c_str(), nullptr, 10) < 48 ? "avatar avatar-small" : "avatar";
      output += "\" alt=\"" + name + "\" width=\"" + size_ + "\" height=\"" + size_ + "\" data-proofer-ignore=\"true\" ";
      if (lazy) output += "src=\"\" data-src=\"" + url + "\" data-srcset=\"" + srcset + "\" />";
      else output += "src=\"" + url + "\" srcset=\"" + srcset + "\" />";
   }

private:
   // The user named by user=variable (the variable's name when it is nil or false), else the
   // rendered markup's first word without a leading "@".
   std::string username(liquid::Context& context, const std::string& text) const {
      if (!user_variable_.empty()) {
         Value value = user_root_.evaluate(context);
         for (const std::string& key : user_keys_) {
            if (value.is_hash()) value = lookup(value, key);
            else if (value.is_drop()) value = value.as_drop().get(key);
            else if (value.is_nil()) throw Error(Error::Kind::Other, "undefined method `[]' for nil:NilClass");
            else value = Value();
         }
         return value.truthy() ? liquid::to_output(value) : user_variable_;
      }
      std::string result = text.find(' ') != std::string::npos ? first_word(text) : text;
      if (!result.empty() && result[0] == '@') result.erase(0, 1);
      return result;
   }

   // Avatar#path: the avatar's path and query at one scale.
   std::string path(const std::string& name, int scale) const {
      const std::string pixels = scale == 1 ? size_ : std::to_string(std::strtoll(size_.c_str(), nullptr, 10) * scale);
      return name + "?v=3&s=" + pixels;
   }

   std::string url_for(const std::string& name, int scale) const {
      if (!custom_host_.empty()) {
         // Addressable's join of the path onto the host taken as a directory.
         std::string base = custom_host_.substr(0, custom_host_.find_first_of("?#"));
         if (base.empty() || base.back() != '/') base += '/';
         return base + path(name, scale);
      }
      // One server per user and size, chosen from the 1x path.
      return "https://avatars" + std::to_string(crc32(path(name, 1)) % 4) + ".githubusercontent.com/" +
             path(name, scale);
   }

   std::string text_;
   liquid::Template markup_;
   std::string size_;
   std::string user_variable_;
   liquid::Expression user_root_;
   std::vector< std::string > user_keys_;
   std::string custom_host_;
};

class AvatarPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-avatar"; }
   void register_liquid(liquid::Environment& environment) const override {
      environment.register_tag("avatar", [](const std::string&, const std::string& markup, liquid::ParseContext& parse) {
         return liquid::NodePtr(std::make_unique< AvatarTag >(markup, parse));
      });
   }
};

}  // namespace

std::unique_ptr< Plugin > make_avatar_plugin() { return std::make_unique< AvatarPlugin >(); }

}  // namespace jekyllpp::site::plugins
