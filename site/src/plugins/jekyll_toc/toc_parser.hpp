#pragma once
// jekyll-toc's Parser: the headings of an HTML fragment (Nokogiri's, through html_fragment),
// the nested list that links to them, and the fragment with an anchor put in each heading.
#include <string>
#include <vector>

#include "plugins/html_pipeline/html_fragment.hpp"
#include "plugins/jekyll_toc/toc_options.hpp"

namespace jekyllpp::site::plugins::toc {

class Parser {
public:
   Parser(const std::string& html, Options options);

   // build_toc: <ul id=".." class="..">\n<li ...>...</ul>.
   std::string build_toc() const;
   // inject_anchors_into_html: an <a class="anchor"> before each heading's first child; the
   // fragment's inner_html.
   std::string inject_anchors();

private:
   struct Entry {
      std::string id;
      std::string text;       // HTML-escaped
      std::string node_name;  // "h2"
      xmlNode* first_child;   // nullptr for an empty heading
      std::int64_t level;
   };

   std::string list_tag() const { return options_.ordered_list ? "ol" : "ul"; }
   std::string build_list(const std::vector< Entry >& entries) const;

   html_pipeline::HtmlFragment fragment_;
   Options options_;
   std::vector< Entry > entries_;
};

// Helper#generate_toc_id: the text lower-cased, punctuation removed, spaces as dashes,
// CGI.escape'd.
std::string generate_toc_id(const std::string& text);

}  // namespace jekyllpp::site::plugins::toc
