#include "plugins/jekyll_mentions/mention_filter.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <libxml/entities.h>
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "plugins/html_pipeline/html_fragment.hpp"

namespace jekyllpp::site::plugins::mentions {

namespace {

// MentionPatterns[/[\w][\w-]*/] (flags i and x; Ruby's ^ and $ match at line ends).
pcre2_code* mention_regex() {
   static pcre2_code* const code = [] {
      const char* pattern = R"((?:^|\W)@((?>[\w][\w-]*))(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$))";
      int error = 0;
      PCRE2_SIZE offset = 0;
      return pcre2_compile(reinterpret_cast< PCRE2_SPTR >(pattern), PCRE2_ZERO_TERMINATED,
                           PCRE2_MULTILINE | PCRE2_CASELESS, &error, &offset, nullptr);
   }();
   return code;
}

struct MatchData {
   pcre2_match_data* data = pcre2_match_data_create_from_pattern(mention_regex(), nullptr);
   ~MatchData() { pcre2_match_data_free(data); }
};

const xmlChar* xml(const char* text) { return reinterpret_cast< const xmlChar* >(text); }
std::string text_of(const xmlChar* text) { return text ? reinterpret_cast< const char* >(text) : ""; }

// The characters xmlEncodeEntitiesReentrant escaped in a text node's HTML, restored (what
// parsing the replacement markup gives back).
std::string unescape(std::string_view text) {
   static constexpr std::pair< std::string_view, char > entities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&#13;", '\r'}};
   std::string out;
   for (std::size_t i = 0; i < text.size(); ++i) {
      const auto* entity = std::find_if(std::begin(entities), std::end(entities), [&](const auto& candidate) {
         return text.compare(i, candidate.first.size(), candidate.first) == 0;
      });
      if (entity == std::end(entities)) {
         out += text[i];
      } else {
         out += entity->second;
         i += entity->first.size() - 1;
      }
   }
   return out;
}

// mention_link_filter on a text node's HTML: the node becomes text and links in place.
void link_text_node(xmlDoc* doc, xmlNode* node, const std::string& base_url, MatchData& match) {
   xmlChar* encoded = xmlEncodeEntitiesReentrant(doc, node->content);
   const std::string html = text_of(encoded);
   xmlFree(encoded);
   if (html.find('@') == std::string::npos) return;
   struct Piece {
      std::string text;
      std::string login;  // a link when not empty
   };
   std::vector< Piece > pieces;
   std::size_t copied = 0;
   const auto* subject = reinterpret_cast< PCRE2_SPTR >(html.data());
   for (std::size_t at = 0; at <= html.size();) {
      if (pcre2_match(mention_regex(), subject, html.size(), at, 0, match.data, nullptr) < 0) break;
      const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match.data);
      const std::string login = html.substr(ovector[2], ovector[3] - ovector[2]);
      at = ovector[1] > ovector[0] ? ovector[1] : ovector[1] + 1;
      std::string lower = login;
      std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
      // @mention and friends would link to an info URL, which jekyll-mentions does not set.
      if (lower == "mention" || lower == "mentions" || lower == "mentioned" || lower == "mentioning") continue;
      pieces.push_back({html.substr(copied, ovector[2] - 1 - copied), login});
      copied = ovector[3];
   }
   if (pieces.empty()) return;
   pieces.push_back({html.substr(copied), ""});
   std::string url = base_url;
   if (url.empty() || (url.back() != '/' && url.back() != '~')) url += '/';

   xmlNodeSetContent(node, xml(unescape(pieces.front().text).c_str()));
   xmlNode* last = node;
   for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (i > 0 && !pieces[i].text.empty())
         last = xmlAddNextSibling(last, xmlNewDocText(doc, xml(unescape(pieces[i].text).c_str())));
      if (pieces[i].login.empty()) continue;
      xmlNode* link = xmlNewDocNode(doc, nullptr, xml("a"), nullptr);
      xmlNewProp(link, xml("href"), xml((url + pieces[i].login).c_str()));
      xmlNewProp(link, xml("class"), xml("user-mention"));
      xmlAddChild(link, xmlNewDocText(doc, xml(("@" + pieces[i].login).c_str())));
      last = xmlAddNextSibling(last, link);
   }
   // Parsing the replacement makes no empty text node: one would change the serializer's
   // line breaks.
   if (pieces.front().text.empty()) {
      xmlUnlinkNode(node);
      xmlFreeNode(node);
   }
}

}  // namespace

bool has_mention(std::string_view text) {
   MatchData match;
   return pcre2_match(mention_regex(), reinterpret_cast< PCRE2_SPTR >(text.data()), text.size(), 0, 0, match.data,
                      nullptr) >= 0;
}

std::string link_mentions(const std::string& html, const std::string& base_url) {
   html_pipeline::HtmlFragment fragment(html);
   MatchData match;
   for (xmlNode* text : fragment.text_nodes())
      if (text->type == XML_TEXT_NODE && !html_pipeline::has_ancestor(text, {"pre", "code", "a", "style", "script"}))
         link_text_node(fragment.document(), text, base_url, match);
   return fragment.to_html();
}

}  // namespace jekyllpp::site::plugins::mentions
