#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <utility>

#include "jekyllpp/markdown/markdown.hpp"
#include "byte_scan.hpp"
#include "commonmark_renderer.hpp"
#include "direct_html.hpp"
#include "renderer.hpp"

namespace jekyllpp::markdown {

namespace {

// to_html, plain documents written directly when `direct` allows it.
std::string convert(std::string_view markdown, const Options& options, bool direct) {
   Conversion conversion{options, quote_chars(options), HeaderIds(options.auto_id_prefix)};
   conversion.toc_possible = contains_three<'t', 'o', 'c'>(markdown);
   // kramdown's adapt_source: every CRLF or lone CR is a newline, and the text ends with one.
   std::string normalized;
   if (markdown.find('\r') != std::string_view::npos) {
      normalized.reserve(markdown.size() + 1);
      for (size_t i = 0; i < markdown.size(); ++i) {
         if (markdown[i] != '\r') normalized += markdown[i];
         else if (i + 1 >= markdown.size() || markdown[i + 1] != '\n') normalized += '\n';
      }
      markdown = normalized;
   }
   if (!markdown.empty() && markdown.back() != '\n') {
      if (normalized.empty()) normalized.assign(markdown);
      normalized += '\n';
      markdown = normalized;
   }
   std::string out;
   out.reserve(markdown.size() + markdown.size() / 4);
   // kramdown ends its source with a newline: an empty document is one blank line.
   const std::string_view document = markdown.empty() ? std::string_view("\n") : markdown;
   const bool in_html = options.input == Options::Input::kramdown;
   if (!direct || !write_plain_document(conversion, document, 0, in_html, out))
      convert_document(conversion, document, 0, in_html, out);
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

}  // namespace

std::string to_html(std::string_view markdown, const Options& options) { return convert(markdown, options, true); }

std::string to_html_full_path(std::string_view markdown, const Options& options) {
   return convert(markdown, options, false);
}

namespace {

// CommonMarker::Config::OPTS: the parse options, then the render options, by name.
int commonmark_flags(const std::vector<std::string>& names, bool render) {
   static const std::pair<std::string_view, int> parse_options[] = {
       {"SOURCEPOS", 1 << 1}, {"UNSAFE", 1 << 17}, {"VALIDATE_UTF8", 1 << 9}, {"SMART", 1 << 10},
       {"LIBERAL_HTML_TAG", 1 << 12}, {"FOOTNOTES", 1 << 13}, {"STRIKETHROUGH_DOUBLE_TILDE", 1 << 14},
   };
   static const std::pair<std::string_view, int> render_options[] = {
       {"SOURCEPOS", 1 << 1}, {"HARDBREAKS", 1 << 2}, {"UNSAFE", 1 << 17}, {"NOBREAKS", 1 << 4},
       {"VALIDATE_UTF8", 1 << 9}, {"SMART", 1 << 10}, {"GITHUB_PRE_LANG", 1 << 11},
       {"LIBERAL_HTML_TAG", 1 << 12}, {"FOOTNOTES", 1 << 13}, {"STRIKETHROUGH_DOUBLE_TILDE", 1 << 14},
       {"TABLE_PREFER_STYLE_ATTRIBUTES", 1 << 15}, {"FULL_INFO_STRING", 1 << 16},
   };
   int flags = 0;
   const auto* first = render ? std::begin(render_options) : std::begin(parse_options);
   const auto* last = render ? std::end(render_options) : std::end(parse_options);
   for (const std::string& name : names)
      for (const auto* option = first; option != last; ++option)
         if (name == option->first) flags |= option->second;
   return flags;
}

}  // namespace

std::string commonmark_to_html(std::string_view markdown, const std::vector<std::string>& extensions,
                               const std::vector<std::string>& options) {
   register_core_extensions();
   // Owned, so that rendering's AmbiguousGuess frees them too.
   std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(
       cmark_parser_new(commonmark_flags(options, false)), cmark_parser_free);
   bool tagfilter = false;
   for (const std::string& name : extensions) {
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name.c_str()))
         cmark_parser_attach_syntax_extension(parser.get(), ext);
      tagfilter = tagfilter || name == "tagfilter";
   }
   cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
   std::unique_ptr<cmark_node, void (*)(cmark_node*)> doc(cmark_parser_finish(parser.get()), cmark_node_free);
   return render_commonmark(doc.get(), commonmark_flags(options, true), tagfilter);
}

}  // namespace jekyllpp::markdown
