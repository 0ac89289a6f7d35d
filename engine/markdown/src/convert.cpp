#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <utility>

#include "jekyllpp/markdown/markdown.hpp"
#include "renderer.hpp"

namespace jekyllpp::markdown {

std::string to_html(std::string_view markdown, const Options& options) {
   std::array<std::string_view, 4> names{"lsquo", "rsquo", "ldquo", "rdquo"};
   for (size_t i = 0; i < 4 && i < options.smart_quotes.size(); ++i) names[i] = options.smart_quotes[i];
   Conversion conversion{options, quote_chars(names), HeaderIds(options.auto_id_prefix)};
   // kramdown's adapt_source: every CRLF or lone CR is a newline.
   std::string normalized;
   if (markdown.find('\r') != std::string_view::npos) {
      normalized.reserve(markdown.size());
      for (size_t i = 0; i < markdown.size(); ++i) {
         if (markdown[i] != '\r') normalized += markdown[i];
         else if (i + 1 >= markdown.size() || markdown[i + 1] != '\n') normalized += '\n';
      }
      markdown = normalized;
   }
   std::string out;
   out.reserve(markdown.size() + markdown.size() / 4);
   // kramdown ends its source with a newline: an empty document is one blank line.
   convert_document(conversion, markdown.empty() ? std::string_view("\n") : markdown, 0,
                    options.input == Options::Input::kramdown, out);
   if (conversion.toc_requested) {
      size_t at = out.find(toc_marker);
      if (at != std::string::npos) out.replace(at, toc_marker.size(), render_toc(conversion));
   }
   if (!conversion.footnotes.empty()) {
      out += "<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol";
      if (options.footnote_nr != 1) out += " start=\"" + std::to_string(options.footnote_nr) + "\"";
      out += ">\n";
      for (const auto& fn : conversion.footnotes) out += fn.html;
      out += "  </ol>\n</div>\n";
   }
   return out;
}

namespace {

int commonmark_flags(const std::vector<std::string>& names) {
   static const std::pair<std::string_view, int> known[] = {
       {"SOURCEPOS", CMARK_OPT_SOURCEPOS},
       {"HARDBREAKS", CMARK_OPT_HARDBREAKS},
       {"NOBREAKS", CMARK_OPT_NOBREAKS},
       {"SMART", CMARK_OPT_SMART},
       {"UNSAFE", CMARK_OPT_UNSAFE},
       {"VALIDATE_UTF8", CMARK_OPT_VALIDATE_UTF8},
       {"LIBERAL_HTML_TAG", CMARK_OPT_LIBERAL_HTML_TAG},
       {"FOOTNOTES", CMARK_OPT_FOOTNOTES},
       {"STRIKETHROUGH_DOUBLE_TILDE", CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE},
       {"GITHUB_PRE_LANG", CMARK_OPT_GITHUB_PRE_LANG},
       {"TABLE_PREFER_STYLE_ATTRIBUTES", CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES},
       {"FULL_INFO_STRING", CMARK_OPT_FULL_INFO_STRING},
   };
   int flags = CMARK_OPT_DEFAULT;
   for (const std::string& name : names)
      for (const auto& [known_name, flag] : known)
         if (name == known_name) flags |= flag;
   return flags;
}

}  // namespace

std::string commonmark_to_html(std::string_view markdown, const std::vector<std::string>& extensions,
                               const std::vector<std::string>& options) {
   register_core_extensions();
   int flags = commonmark_flags(options);
   cmark_parser* parser = cmark_parser_new(flags);
   for (const std::string& name : extensions)
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name.c_str()))
         cmark_parser_attach_syntax_extension(parser, ext);
   cmark_parser_feed(parser, markdown.data(), markdown.size());
   cmark_node* doc = cmark_parser_finish(parser);
   char* html = cmark_render_html(doc, flags, cmark_parser_get_syntax_extensions(parser));
   std::string out(html);
   free(html);
   cmark_node_free(doc);
   cmark_parser_free(parser);
   return out;
}

}  // namespace jekyllpp::markdown
