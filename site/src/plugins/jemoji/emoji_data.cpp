#include "plugins/jemoji/emoji_data.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/yaml_value.hpp"

namespace jekyllpp::site::plugins::jemoji {

namespace {

using liquid::Value;

constexpr std::string_view package_version = "4.2.1";

// gemoji 3.0.1's entries without a Unicode character: GitHub's own images, named after the
// first alias ("squirrel" is shipit's second). No package carries these as data.
constexpr std::pair< std::string_view, std::string_view > custom_aliases[] = {
   {"basecamp", "basecamp"},     {"basecampy", "basecampy"}, {"bowtie", "bowtie"},
   {"feelsgood", "feelsgood"},   {"finnadie", "finnadie"},   {"goberserk", "goberserk"},
   {"godmode", "godmode"},       {"hurtrealbad", "hurtrealbad"}, {"neckbeard", "neckbeard"},
   {"octocat", "octocat"},       {"rage1", "rage1"},         {"rage2", "rage2"},
   {"rage3", "rage3"},           {"rage4", "rage4"},         {"shipit", "shipit"},
   {"squirrel", "shipit"},       {"suspect", "suspect"},     {"trollface", "trollface"},
};

bool readable(const std::string& path) { return std::ifstream(path).good(); }

std::string read_file(const std::string& path) {
   std::ifstream in(path, std::ios::binary);
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

// Character#image_filename: "unicode/HEX.png", HEX the code points as hex_inspect writes them
// ("1f44d-1f3fb") less the variation selectors and joiners after the first
// (gsub(/-(fe0f|200d)\b/, "")).
std::string unicode_filename(std::string_view emoji) {
   std::string hex;
   for (std::size_t i = 0; i < emoji.size();) {
      const auto lead = static_cast< unsigned char >(emoji[i]);
      const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      char32_t code = length == 1 ? lead : lead & (0x7F >> length);
      for (int k = 1; k < length && i + std::size_t(k) < emoji.size(); ++k)
         code = (code << 6) | (static_cast< unsigned char >(emoji[i + std::size_t(k)]) & 0x3F);
      i += std::size_t(length);
      char digits[16];
      std::snprintf(digits, sizeof digits, "%04x", unsigned(code));
      if (hex.empty()) {
         hex = digits;
      } else if (std::string_view(digits) != "fe0f" && std::string_view(digits) != "200d") {
         hex += '-';
         hex += digits;
      }
   }
   return "unicode/" + hex + ".png";
}

Error missing_data(const std::string& why) {
   return Error(Error::Kind::Fatal,
                "jemoji needs GitHub's emoji data, the npm package gemoji@" + std::string(package_version) + " (" +
                   why + "; install it with `npm install -g gemoji@" + std::string(package_version) +
                   "` or name its folder in JEKYLLPP_GEMOJI_DIR)",
                "Jekyll::Errors::MissingDependencyException");
}

}  // namespace

std::string gemoji_package_dir() {
   if (const char* dir = std::getenv("JEKYLLPP_GEMOJI_DIR"); dir && *dir) return dir;
   for (const char* dir : {"/usr/lib/node_modules/gemoji", "/usr/local/lib/node_modules/gemoji"})
      if (readable(std::string(dir) + "/index.json")) return dir;
   return "/usr/lib/node_modules/gemoji";
}

const EmojiData& EmojiData::instance() {
   static const EmojiData data;
   return data;
}

EmojiData::EmojiData() {
   const std::string dir = gemoji_package_dir();
   if (!readable(dir + "/package.json") || !readable(dir + "/index.json")) throw missing_data(dir + " not found");
   const Value package = parse_yaml(read_file(dir + "/package.json"));
   const Value* version = package.is_hash() ? package.as_hash().find("version") : nullptr;
   if (!version || !version->is_string() || version->as_string() != package_version)
      throw missing_data(dir + " holds another version");
   // {"😀": {"names": ["grinning"], ...}, ...}
   const Value index = parse_yaml(read_file(dir + "/index.json"));
   if (!index.is_hash()) throw missing_data(dir + "/index.json is not an object");
   for (const auto& [emoji, entry] : index.as_hash()) {
      const Value* names = entry.is_hash() ? entry.as_hash().find("names") : nullptr;
      if (!names || !names->is_array()) continue;
      const std::string filename = unicode_filename(emoji);
      for (const Value& name : names->as_array())
         if (name.is_string()) filenames_[name.as_string()] = filename;
   }
   for (const auto& [alias, image] : custom_aliases) filenames_[std::string(alias)] = std::string(image) + ".png";
   for (const auto& entry : filenames_) longest_alias_ = std::max(longest_alias_, entry.first.size());
}

const std::string* EmojiData::image_filename(std::string_view alias) const {
   // Most colon pairs hold longer text (times, URLs, prose): no lookup for those.
   if (alias.size() > longest_alias_) return nullptr;
   const auto found = filenames_.find(std::string(alias));
   return found == filenames_.end() ? nullptr : &found->second;
}

}  // namespace jekyllpp::site::plugins::jemoji
