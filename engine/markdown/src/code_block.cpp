#include "code_block.hpp"

#include "escape.hpp"
#include "jekyllpp/highlight/highlight.hpp"

namespace jekyllpp::markdown {
namespace {

// Rouge's tokens for `code` in `lang`; false when Rouge has no such lexer, or only the
// plaintext one and guess_lang is off (kramdown's rouge.rb).
bool highlight(std::string& out, std::string_view lang, std::string_view code, bool guess_lang) {
   namespace hl = jekyllpp::highlight;
   std::string_view name = lang.substr(0, lang.find('?'));
   const hl::Lexer* lexer = hl::find_lexer(name);
   if (!lexer || (!guess_lang && hl::lexer_tag(*lexer) == "plaintext")) return false;
   out += hl::format_html(*lexer, code);
   return true;
}

}  // namespace

void append_code_block(std::string& out, std::string_view code, std::string_view info,
                       int indent, const Options& options) {
   // FENCED_CODEBLOCK_MATCH: the first word; the class drops a `?options` suffix.
   std::string_view lang = info.substr(0, info.find_first_of(" \t"));
   std::string_view class_lang = lang.substr(0, lang.find('?'));
   std::string_view resolved = lang.empty() ? std::string_view(options.default_lang) : lang;
   std::string pad(static_cast<size_t>(indent), ' ');
   if (options.highlight && !resolved.empty()) {
      size_t start = out.size();
      out += pad;
      out += "<div class=\"language-";
      out += lang.empty() ? std::string_view(options.default_lang) : class_lang;
      out += " highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>";
      if (highlight(out, resolved, code, options.guess_lang)) {
         out += "</code></pre></div>";
         out += pad;
         out += "</div>\n";
         return;
      }
      out.resize(start);
   }
   out += pad;
   out += "<pre><code";
   if (!class_lang.empty()) {
      out += " class=\"language-";
      append_escaped_attribute(out, class_lang);
      out += '"';
   }
   out += '>';
   std::string_view body = code;
   if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
   append_escaped_code(out, body);
   out += "\n</code></pre>\n";
}

void append_code_span(std::string& out, std::string_view code, const Options& options) {
   std::string tokens;
   if (options.highlight && !options.default_lang.empty() &&
       highlight(tokens, options.default_lang, code, options.guess_lang)) {
      out += "<code class=\"language-";
      out += options.default_lang;
      out += " highlighter-rouge\">";
      out += tokens;
   } else {
      out += "<code>";
      append_escaped_code(out, code);
   }
   out += "</code>";
}

}  // namespace jekyllpp::markdown
