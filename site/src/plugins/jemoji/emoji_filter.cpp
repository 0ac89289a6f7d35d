#include "plugins/jemoji/emoji_filter.hpp"

#include <optional>

#include "plugins/html_pipeline/html_fragment.hpp"
#include "plugins/jemoji/emoji_data.hpp"

namespace jekyllpp::site::plugins::jemoji {

namespace {

struct EmojiMatch {
   std::size_t begin, end;  // ":name:"
   const std::string* filename;
};

// The next match of /:(alias|alias|...):/ from `from`. An alias holds no colon, so a match is
// a colon, a known alias and the next colon; a failed try resumes at that next colon.
std::optional< EmojiMatch > next_emoji(std::string_view text, std::size_t from) {
   const EmojiData& data = EmojiData::instance();
   for (std::size_t open = text.find(':', from); open != std::string_view::npos;) {
      const std::size_t close = text.find(':', open + 1);
      if (close == std::string_view::npos) break;
      if (const std::string* filename = data.image_filename(text.substr(open + 1, close - open - 1)))
         return EmojiMatch{open, close + 1, filename};
      open = close;
   }
   return std::nullopt;
}

// File.join(asset_root, "emoji", filename).
std::string image_url(const std::string& asset_root, const std::string& filename) {
   const std::string path = "emoji/" + filename;
   return asset_root.empty() || asset_root.back() != '/' ? asset_root + "/" + path : asset_root + path;
}

// emoji_image_filter: the text with every :name: as an <img> tag (the text itself unescaped).
std::string with_images(std::string_view text, const std::string& asset_root) {
   std::string out;
   std::size_t copied = 0;
   for (auto match = next_emoji(text, 0); match; match = next_emoji(text, match->end)) {
      const std::string_view title = text.substr(match->begin, match->end - match->begin);
      out.append(text.substr(copied, match->begin - copied));
      out += "<img class=\"emoji\" title=\"";
      out.append(title);
      out += "\" alt=\"";
      out.append(title);
      out += "\" src=\"" + image_url(asset_root, *match->filename) + "\" height=\"20\" width=\"20\">";
      copied = match->end;
   }
   out.append(text.substr(copied));
   return out;
}

}  // namespace

bool has_emoji(std::string_view text) { return next_emoji(text, 0).has_value(); }

std::string emojify(const std::string& html, const std::string& asset_root) {
   html_pipeline::HtmlFragment fragment(html);
   for (xmlNode* node : fragment.text_nodes()) {
      const std::string content = node->content ? reinterpret_cast< const char* >(node->content) : "";
      if (content.find(':') == std::string::npos || html_pipeline::has_ancestor(node, {"pre", "code", "tt"}))
         continue;
      const std::string replaced = with_images(content, asset_root);
      if (replaced != content) fragment.replace_with_markup(node, replaced);
   }
   return fragment.to_html();
}

}  // namespace jekyllpp::site::plugins::jemoji
