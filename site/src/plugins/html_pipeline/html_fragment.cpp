#include "plugins/html_pipeline/html_fragment.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/xmlsave.h>
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace jekyllpp::site::plugins::html_pipeline {

namespace {

// Nokogiri's XML::ParseOptions::DEFAULT_HTML.
constexpr int parse_options =
   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_BIG_LINES;
// SaveOptions::DEFAULT_HTML.
constexpr int save_options = XML_SAVE_FORMAT | XML_SAVE_NO_DECL | XML_SAVE_NO_EMPTY | XML_SAVE_AS_HTML;

const xmlChar* xml(const char* text) { return reinterpret_cast< const xmlChar* >(text); }

// /^\s*?<body/i (Ruby's ^ matches at every line start).
bool starts_with_body(const std::string& html) {
   static const pcre2_code* const body_start = [] {
      int error = 0;
      PCRE2_SIZE offset = 0;
      return pcre2_compile(xml(R"(^\s*?<body)"), PCRE2_ZERO_TERMINATED, PCRE2_MULTILINE | PCRE2_CASELESS, &error,
                           &offset, nullptr);
   }();
   pcre2_match_data* data = pcre2_match_data_create_from_pattern(body_start, nullptr);
   const bool found = pcre2_match(body_start, xml(html.c_str()), html.size(), 0, 0, data, nullptr) >= 0;
   pcre2_match_data_free(data);
   return found;
}

// Node#add_child_node_and_reparent_attrs, which Nokogiri runs on each node a fragment takes in
// (child.parent = fragment): the node's attributes with a colon in their name ("xmlns:xlink",
// "xml:lang") are removed and set again, in their order, so they move after the others.
void reparent_attributes(xmlNode* node) {
   if (node->type != XML_ELEMENT_NODE) return;
   std::vector< xmlAttr* > prefixed;
   for (xmlAttr* attr = node->properties; attr; attr = attr->next)
      if (xmlStrchr(attr->name, ':')) prefixed.push_back(attr);
   for (xmlAttr* attr : prefixed) {
      const std::string name = reinterpret_cast< const char* >(attr->name);
      xmlChar* value = xmlNodeGetContent(reinterpret_cast< xmlNode* >(attr));
      xmlUnlinkNode(reinterpret_cast< xmlNode* >(attr));
      xmlFreeProp(attr);
      xmlSetProp(node, xml(name.c_str()), value ? value : xml(""));
      xmlFree(value);
   }
}

// DocumentFragment.new(document, tags) without a context node: the markup parsed as
// "<html><body>..." and the body's children (the body itself when the markup starts a line
// with "<body") copied into `doc`, unlinked.
std::vector< xmlNode* > parse_without_context(xmlDoc* doc, const std::string& html) {
   static std::once_flag initialized;
   std::call_once(initialized, [] { xmlInitParser(); });
   const std::string source = "<html><body>" + html;
   xmlDoc* parsed = htmlReadMemory(source.data(), int(source.size()), nullptr, "UTF-8", parse_options);
   xmlNode* body = nullptr;
   if (xmlNode* root = parsed ? xmlDocGetRootElement(parsed) : nullptr)
      for (xmlNode* child = root->children; child && !body; child = child->next)
         if (child->type == XML_ELEMENT_NODE && xmlStrEqual(child->name, xml("body"))) body = child;
   std::vector< xmlNode* > copies;
   if (body) {
      if (starts_with_body(html))
         copies.push_back(xmlDocCopyNode(body, doc, 1));
      else
         for (xmlNode* child = body->children; child; child = child->next)
            copies.push_back(xmlDocCopyNode(child, doc, 1));
   }
   if (parsed) xmlFreeDoc(parsed);
   for (xmlNode* copy : copies) reparent_attributes(copy);
   return copies;
}

// The children of the first node parsed from "<div>markup</div>" in the context of `element`
// (Node#parse: libxml2's in-context parser, or, when that reports an error, the markup parsed
// on its own), unlinked.
std::vector< xmlNode* > parse_in_context(xmlNode* element, const std::string& markup) {
   const std::string wrapped = "<div>" + markup + "</div>";
   xmlNode* list = nullptr;
   std::vector< xmlNode* > parsed;
   if (xmlParseInNodeContext(element, wrapped.data(), int(wrapped.size()), parse_options, &list) == XML_ERR_OK)
      for (xmlNode* node = list; node; node = node->next) parsed.push_back(node);
   else
      parsed = parse_without_context(element->doc, wrapped);
   std::vector< xmlNode* > first_children;
   if (!parsed.empty())
      for (xmlNode* child = parsed.front()->children; child; child = child->next) first_children.push_back(child);
   for (xmlNode* child : first_children) {
      xmlUnlinkNode(child);
      reparent_attributes(child);
   }
   for (xmlNode* node : parsed) {
      node->next = node->prev = nullptr;
      xmlFreeNode(node);
   }
   return first_children;
}

void collect_text(xmlNode* node, std::vector< xmlNode* >& out) {
   for (xmlNode* child = node->children; child; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) out.push_back(child);
      collect_text(child, out);
   }
}

std::string node_html(xmlNode* node) {
   xmlBuffer* buffer = xmlBufferCreate();
   xmlSaveCtxt* save = xmlSaveToBuffer(buffer, "UTF-8", save_options);
   xmlSaveTree(save, node);
   xmlSaveClose(save);
   std::string out(reinterpret_cast< const char* >(xmlBufferContent(buffer)), std::size_t(xmlBufferLength(buffer)));
   xmlBufferFree(buffer);
   return out;
}

}  // namespace

HtmlFragment::HtmlFragment(const std::string& html) : doc_(htmlNewDoc(nullptr, nullptr)) {
   doc_->encoding = xmlStrdup(xml("UTF-8"));
   fragment_ = xmlNewDocFragment(doc_.get());
   for (xmlNode* node : parse_without_context(doc_.get(), html)) xmlAddChild(fragment_, node);
}

HtmlFragment::~HtmlFragment() { xmlFreeNode(fragment_); }

std::vector< xmlNode* > HtmlFragment::text_nodes() const {
   std::vector< xmlNode* > out;
   collect_text(fragment_, out);
   return out;
}

void HtmlFragment::replace_with_markup(xmlNode* text, const std::string& markup) {
   // As Nokogiri does: a placeholder element takes the text node's place (a text node would
   // absorb text added beside it), the markup is parsed in its parent and goes in before it.
   xmlNode* placeholder = xmlAddPrevSibling(text, xmlNewDocNode(doc_.get(), nullptr, xml("dummy"), nullptr));
   xmlUnlinkNode(text);
   xmlFreeNode(text);
   xmlNode* parent = placeholder->parent;
   for (xmlNode* node : parent == fragment_ ? parse_without_context(doc_.get(), markup) : parse_in_context(parent, markup))
      xmlAddPrevSibling(placeholder, node);
   xmlUnlinkNode(placeholder);
   xmlFreeNode(placeholder);
}

void HtmlFragment::insert_markup_before(xmlNode* node, const std::string& markup) {
   for (xmlNode* parsed : node->parent == fragment_ ? parse_without_context(doc_.get(), markup) : parse_in_context(node, markup))
      xmlAddPrevSibling(node, parsed);
}

std::string HtmlFragment::to_html() const {
   std::string out;
   for (xmlNode* child = fragment_->children; child; child = child->next) out += node_html(child);
   return out;
}

bool has_ancestor(xmlNode* node, std::initializer_list< std::string_view > names) {
   for (xmlNode* parent = node->parent; parent; parent = parent->parent) {
      if (parent->type != XML_ELEMENT_NODE || !parent->name) continue;
      std::string name = reinterpret_cast< const char* >(parent->name);
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
      if (std::find(names.begin(), names.end(), name) != names.end()) return true;
   }
   return false;
}

}  // namespace jekyllpp::site::plugins::html_pipeline
