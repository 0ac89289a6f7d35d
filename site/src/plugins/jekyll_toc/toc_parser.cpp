#include "plugins/jekyll_toc/toc_parser.hpp"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "jekyllpp/liquid/ruby/cgi.hpp"
#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::site::plugins::toc {

namespace {

std::string text_of(xmlNode* node) {
   xmlChar* content = xmlNodeGetContent(node);
   std::string text = content ? reinterpret_cast< const char* >(content) : "";
   xmlFree(content);
   return text;
}

bool has_class(xmlNode* node, const std::string& name) {
   xmlChar* value = xmlGetProp(node, reinterpret_cast< const xmlChar* >("class"));
   if (!value) return false;
   std::string classes = reinterpret_cast< const char* >(value);
   xmlFree(value);
   std::size_t at = 0;
   while (at < classes.size()) {
      std::size_t start = classes.find_first_not_of(" \t\n\r\f", at);
      if (start == std::string::npos) break;
      std::size_t end = classes.find_first_of(" \t\n\r\f", start);
      if (end == std::string::npos) end = classes.size();
      if (classes.compare(start, end - start, name) == 0) return true;
      at = end;
   }
   return false;
}

// Onigmo's \p{Word}: alphabetic, marks, decimal digits, connector punctuation, join controls.
bool word_char(UChar32 c) {
   if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_hasBinaryProperty(c, UCHAR_JOIN_CONTROL)) return true;
   const std::int8_t type = u_charType(c);
   return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK ||
          type == U_DECIMAL_DIGIT_NUMBER || type == U_CONNECTOR_PUNCTUATION;
}

// String#downcase: Unicode's full lower-case mapping.
std::string downcase(const std::string& text) {
   UErrorCode status = U_ZERO_ERROR;
   std::int32_t length = 0;
   u_strFromUTF8(nullptr, 0, &length, text.data(), std::int32_t(text.size()), &status);
   std::u16string wide(std::size_t(length), u'\0');
   status = U_ZERO_ERROR;
   u_strFromUTF8(wide.data(), length, nullptr, text.data(), std::int32_t(text.size()), &status);
   if (U_FAILURE(status)) return text;
   std::u16string lower(wide.size() * 3 + 1, u'\0');
   status = U_ZERO_ERROR;
   std::int32_t lowered = u_strToLower(lower.data(), std::int32_t(lower.size()), wide.data(), length, "", &status);
   if (U_FAILURE(status)) return text;
   std::string out(std::size_t(lowered) * 3 + 1, '\0');
   std::int32_t written = 0;
   status = U_ZERO_ERROR;
   u_strToUTF8(out.data(), std::int32_t(out.size()), &written, lower.data(), lowered, &status);
   out.resize(std::size_t(written));
   return out;
}

bool heading_level(xmlNode* node, std::int64_t min, std::int64_t max, std::int64_t& level) {
   if (node->type != XML_ELEMENT_NODE || !node->name) return false;
   const char* name = reinterpret_cast< const char* >(node->name);
   if (name[0] != 'h' || name[1] < '0' || name[1] > '9' || name[2] != '\0') return false;
   level = name[1] - '0';
   return level >= min && level <= max;
}

void collect_headings(xmlNode* node, const Options& options, bool in_no_toc_section, std::vector< xmlNode* >& out) {
   for (xmlNode* child = node->children; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      std::int64_t level = 0;
      if (!in_no_toc_section && heading_level(child, options.min_level, options.max_level, level) &&
          !has_class(child, "no_toc"))
         out.push_back(child);
      bool section = in_no_toc_section;
      for (const std::string& name : options.no_toc_section_classes) section = section || has_class(child, name);
      collect_headings(child, options, section, out);
   }
}

}  // namespace

std::string generate_toc_id(const std::string& text) {
   const std::string lower = downcase(text);
   std::string kept;
   for (std::int32_t i = 0, n = std::int32_t(lower.size()); i < n;) {
      const std::int32_t start = i;
      UChar32 c;
      U8_NEXT(lower.data(), i, n, c);
      if (c == ' ') kept += '-';
      else if (c == '-' || (c >= 0 && word_char(c))) kept.append(lower, std::size_t(start), std::size_t(i - start));
   }
   static const char* hex = "0123456789ABCDEF";
   std::string escaped;
   for (unsigned char c : kept) {
      if (std::isalnum(c) || c == '_' || c == '.' || c == '-' || c == '~') {
         escaped += char(c);
      } else {
         escaped += '%';
         escaped += hex[c >> 4];
         escaped += hex[c & 15];
      }
   }
   return escaped;
}

Parser::Parser(const std::string& html, Options options) : fragment_(html), options_(std::move(options)) {
   std::vector< xmlNode* > headings;
   collect_headings(fragment_.root(), options_, false, headings);
   // Generated ids count their repeats; an id attribute (a Nokogiri::XML::Attr, a key of its own)
   // never repeats.
   std::map< std::string, int > seen;
   for (xmlNode* heading : headings) {
      const std::string text = text_of(heading);
      std::string id;
      if (xmlAttr* attribute = xmlHasProp(heading, reinterpret_cast< const xmlChar* >("id"))) {
         xmlChar* value = xmlNodeGetContent(reinterpret_cast< xmlNode* >(attribute));
         id = value ? reinterpret_cast< const char* >(value) : "";
         xmlFree(value);
      } else {
         id = generate_toc_id(text);
         const int repeat = seen[id]++;
         if (repeat > 0) id += "-" + std::to_string(repeat);
      }
      std::int64_t level = 0;
      heading_level(heading, 0, 9, level);
      entries_.push_back({id, liquid::ruby::cgi_escape_html(text), reinterpret_cast< const char* >(heading->name), heading->children, level});
   }
}

std::string Parser::build_toc() const {
   return "<" + list_tag() + " id=\"" + options_.list_id + "\" class=\"" + options_.list_class + "\">\n" +
          build_list(entries_) + "</" + list_tag() + ">";
}

std::string Parser::build_list(const std::vector< Entry >& entries) const {
   if (entries.empty()) return "";
   std::int64_t min_level = entries.front().level;
   for (const Entry& entry : entries) min_level = std::min(min_level, entry.level);
   // The entries from `from` up to the next one at the top level.
   auto nested = [&](std::size_t from) {
      std::vector< Entry > out;
      for (std::size_t k = from; k < entries.size() && entries[k].level != min_level; ++k) out.push_back(entries[k]);
      return out;
   };
   std::string list;
   for (std::size_t i = 0; i < entries.size(); ++i) {
      const Entry& entry = entries[i];
      if (entry.level == min_level) {
         list += "<li class=\"" + options_.item_class + " " + options_.item_prefix + entry.node_name + "\"><a href=\"#" +
                 entry.id + "\">" + entry.text + "</a>";
         if (i + 1 < entries.size() && entries[i + 1].level > min_level) {
            std::vector< Entry > sub = nested(i + 1);
            const std::string attributes = options_.sublist_class.empty() ? "" : " class=\"" + options_.sublist_class + "\"";
            list += "\n<" + list_tag() + attributes + ">\n" + build_list(sub) + "</" + list_tag() + ">\n";
            i += sub.size();
         }
         list += "</li>\n";
      } else if (entry.level > min_level) {
         std::vector< Entry > sub = nested(i);
         list += build_list(sub);
         i += sub.size() - 1;
      }
   }
   return list;
}

std::string Parser::inject_anchors() {
   for (const Entry& entry : entries_) {
      // An empty heading has no first child: Ruby's NoMethodError, with error_highlight's excerpt.
      if (!entry.first_child)
         throw Error(Error::Kind::Other,
                     "undefined method `add_previous_sibling' for nil:NilClass\n\n"
                     "          entry[:header_content].add_previous_sibling(\n"
                     "                                ^^^^^^^^^^^^^^^^^^^^^",
                     "NoMethodError");
      fragment_.insert_markup_before(entry.first_child, "<a class=\"anchor\" href=\"#" + entry.id +
                                                           "\" aria-hidden=\"true\"><span class=\"octicon "
                                                           "octicon-link\"></span></a>");
   }
   return fragment_.to_html();
}

}  // namespace jekyllpp::site::plugins::toc
