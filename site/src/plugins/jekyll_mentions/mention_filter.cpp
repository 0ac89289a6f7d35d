#include "plugins/jekyll_mentions/mention_filter.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/entities.h>
#include <libxml/xmlsave.h>
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <vector>

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

struct DocFree {
   void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr< xmlDoc, DocFree >;

// Nokogiri's XML::ParseOptions::DEFAULT_HTML.
constexpr int parse_options =
   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_BIG_LINES;
// SaveOptions::DEFAULT_HTML.
constexpr int save_options = XML_SAVE_FORMAT | XML_SAVE_NO_DECL | XML_SAVE_NO_EMPTY | XML_SAVE_AS_HTML;

const xmlChar* xml(const char* text) { return reinterpret_cast< const xmlChar* >(text); }
std::string text_of(const xmlChar* text) { return text ? reinterpret_cast< const char* >(text) : ""; }

// has_ancestor?(node, IGNORE_PARENTS).
bool ignored(xmlNode* node) {
   for (xmlNode* parent = node->parent; parent; parent = parent->parent) {
      if (parent->type != XML_ELEMENT_NODE || !parent->name) continue;
      std::string name = text_of(parent->name);
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
      if (name == "pre" || name == "code" || name == "a" || name == "style" || name == "script") return true;
   }
   return false;
}

void collect_text(xmlNode* node, std::vector< xmlNode* >& out) {
   for (xmlNode* child = node->children; child; child = child->next) {
      if (child->type == XML_TEXT_NODE) out.push_back(child);
      collect_text(child, out);
   }
}

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

std::string to_html(xmlNode* node) {
   xmlBuffer* buffer = xmlBufferCreate();
   xmlSaveCtxt* save = xmlSaveToBuffer(buffer, "UTF-8", save_options);
   xmlSaveTree(save, node);
   xmlSaveClose(save);
   std::string out(reinterpret_cast< const char* >(xmlBufferContent(buffer)), std::size_t(xmlBufferLength(buffer)));
   xmlBufferFree(buffer);
   return out;
}

}  // namespace

bool has_mention(std::string_view text) {
   MatchData match;
   return pcre2_match(mention_regex(), reinterpret_cast< PCRE2_SPTR >(text.data()), text.size(), 0, 0, match.data,
                      nullptr) >= 0;
}

std::string link_mentions(const std::string& html, const std::string& base_url) {
   static std::once_flag initialized;
   std::call_once(initialized, [] { xmlInitParser(); });
   // HTML4::DocumentFragment.parse: the markup parsed as "<html><body>..." and the body's
   // children (the body itself when the markup starts a line with "<body") moved into a
   // fragment of a new HTML document.
   const std::string source = "<html><body>" + html;
   DocPtr parsed(htmlReadMemory(source.data(), int(source.size()), nullptr, "UTF-8", parse_options));
   DocPtr doc(htmlNewDoc(nullptr, nullptr));
   doc->encoding = xmlStrdup(xml("UTF-8"));
   xmlNode* fragment = xmlNewDocFragment(doc.get());
   xmlNode* body = nullptr;
   if (xmlNode* root = parsed ? xmlDocGetRootElement(parsed.get()) : nullptr)
      for (xmlNode* child = root->children; child && !body; child = child->next)
         if (child->type == XML_ELEMENT_NODE && text_of(child->name) == "body") body = child;
   static const pcre2_code* const body_start = [] {
      int error = 0;
      PCRE2_SIZE offset = 0;
      return pcre2_compile(xml(R"(^\s*?<body)"), PCRE2_ZERO_TERMINATED, PCRE2_MULTILINE | PCRE2_CASELESS, &error,
                           &offset, nullptr);
   }();
   std::vector< xmlNode* > moved;
   if (body) {
      pcre2_match_data* data = pcre2_match_data_create_from_pattern(body_start, nullptr);
      const bool whole_body = pcre2_match(body_start, xml(html.c_str()), html.size(), 0, 0, data, nullptr) >= 0;
      pcre2_match_data_free(data);
      if (whole_body)
         moved.push_back(body);
      else
         for (xmlNode* child = body->children; child; child = child->next) moved.push_back(child);
   }
   for (xmlNode* node : moved) xmlAddChild(fragment, xmlDocCopyNode(node, doc.get(), 1));

   std::vector< xmlNode* > texts;
   collect_text(fragment, texts);
   MatchData match;
   for (xmlNode* text : texts)
      if (!ignored(text)) link_text_node(doc.get(), text, base_url, match);

   std::string out;
   for (xmlNode* child = fragment->children; child; child = child->next) out += to_html(child);
   xmlFreeNode(fragment);
   return out;
}

}  // namespace jekyllpp::site::plugins::mentions
