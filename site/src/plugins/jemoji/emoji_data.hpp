#pragma once
// The emoji jemoji 0.12 knows: those of gemoji 3.0.1 (the gem it resolves), read at run time
// from the npm package gemoji@4.2.1 (index.json), which carries the same 1490 Unicode aliases
// and code points, plus the 18 aliases of GitHub's own images that gemoji ships as files only.
#include <string>
#include <string_view>
#include <unordered_map>

namespace jekyllpp::site::plugins::jemoji {

// Where gemoji@4.2.1 is looked for: $JEKYLLPP_GEMOJI_DIR, else npm's global folders
// (/usr/lib/node_modules/gemoji, /usr/local/lib/node_modules/gemoji).
std::string gemoji_package_dir();

class EmojiData {
public:
   // Reads the package once; throws site::Error when it is missing or of another version.
   static const EmojiData& instance();

   // Emoji.find_by_alias(name).image_filename ("unicode/1f604.png", "octocat.png"), or
   // nullptr for a name gemoji does not know.
   const std::string* image_filename(std::string_view alias) const;

private:
   EmojiData();
   std::unordered_map< std::string, std::string > filenames_;  // alias -> image file name
   std::size_t longest_alias_ = 0;
};

}  // namespace jekyllpp::site::plugins::jemoji
