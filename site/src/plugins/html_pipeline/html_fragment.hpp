#pragma once
// The document model HTML::Pipeline's filters work on (jekyll-mentions, jemoji): Nokogiri's
// HTML4::DocumentFragment, done with libxml2, the library Nokogiri wraps, so that parsing
// and serializing give Nokogiri's bytes.
#include <libxml/tree.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::site::plugins::html_pipeline {

class HtmlFragment {
public:
   // HTML4::DocumentFragment.parse(html) with encoding UTF-8.
   explicit HtmlFragment(const std::string& html);
   ~HtmlFragment();
   HtmlFragment(const HtmlFragment&) = delete;
   HtmlFragment& operator=(const HtmlFragment&) = delete;

   xmlDoc* document() const { return doc_.get(); }

   // search('.//text()'): the text (and CDATA: script and style contents) nodes, in document
   // order, as they are before any is replaced.
   std::vector< xmlNode* > text_nodes() const;

   // Node#replace(String) on a text node: the markup parsed in the context of the node's parent
   // (Node#fragment; the document's when the parent is the fragment itself) takes its place.
   void replace_with_markup(xmlNode* text, const std::string& markup);

   // Node#add_previous_sibling(String): the markup parsed in the context of `node` (Node#fragment)
   // goes in before it.
   void insert_markup_before(xmlNode* node, const std::string& markup);

   // The fragment node, parent of the top-level nodes.
   xmlNode* root() const { return fragment_; }

   // to_html: each top-level node serialized with SaveOptions::DEFAULT_HTML.
   std::string to_html() const;

private:
   struct DocFree {
      void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
   };
   std::unique_ptr< xmlDoc, DocFree > doc_;
   xmlNode* fragment_ = nullptr;
};

// Filter#has_ancestor?(node, tags): whether an element above the node has one of the names
// (lower case).
bool has_ancestor(xmlNode* node, std::initializer_list< std::string_view > names);

}  // namespace jekyllpp::site::plugins::html_pipeline
