#pragma once
// HTML::Pipeline::EmojiFilter (html-pipeline 2.14) as jemoji 0.12 sets it up: in every text
// node outside pre, code and tt, each :name: gemoji knows becomes
// <img class="emoji" title=":name:" alt=":name:" src="ASSET_ROOT/emoji/FILE" height="20" width="20">;
// the node's text with the tags in it is then parsed again as HTML in the node's place (so
// escaped markup in that text becomes markup, as with the gem).
#include <string>
#include <string_view>

namespace jekyllpp::site::plugins::jemoji {

// EmojiFilter.emoji_pattern matches somewhere in the text.
bool has_emoji(std::string_view text);

std::string emojify(const std::string& html, const std::string& asset_root);

}  // namespace jekyllpp::site::plugins::jemoji
