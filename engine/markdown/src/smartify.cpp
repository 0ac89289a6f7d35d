#include <cmark-gfm.h>
#include <cmark-gfm/houdini.h>

#include "html_tags.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "typography.hpp"

namespace jekyllpp::markdown {
namespace {

// An entity reference at `s` (just after '&') as its character: kramdown's as_char output,
// with `& < >` kept escaped and unknown names escaped. Returns the bytes used (0: no entity).
size_t append_entity(std::string& out, std::string_view s) {
   size_t semi = s.find(';');
   if (semi == std::string_view::npos || semi == 0 || semi > 32) return 0;
   std::string_view name = s.substr(0, semi);
   if (name == "amp" || name == "lt" || name == "gt") {
      out += '&';
      out.append(name);
      out += ';';
      return semi + 1;
   }
   cmark_strbuf buf;
   cmark_strbuf_init(cmark_get_default_mem_allocator(), &buf, 0);
   bufsize_t used = houdini_unescape_ent(&buf, reinterpret_cast<const uint8_t*>(s.data()),
                                         static_cast<bufsize_t>(semi + 1));
   if (used == static_cast<bufsize_t>(semi + 1)) out.append(reinterpret_cast<const char*>(buf.ptr), buf.size);
   cmark_strbuf_free(&buf);
   if (used != static_cast<bufsize_t>(semi + 1)) return 0;
   return semi + 1;
}

}  // namespace

// Jekyll's `smartify`: kramdown's SmartyPants parser (smart quotes, entities, typographic
// symbols, span HTML) and HTML converter; Jekyll chomps the result.
std::string smartify(std::string_view text) {
   std::string out;
   out.reserve(text.size() + 16);
   size_t run = 0;
   auto flush = [&](size_t to, std::string_view lookahead) {
      if (to > run) append_typographic(out, text.substr(run, to - run), lookahead, default_quote_chars());
   };
   for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '&') {
         std::string entity;
         if (size_t used = append_entity(entity, text.substr(i + 1))) {
            flush(i, text.substr(i, 2));
            out += entity;
            i += used;
            run = i + 1;
         }
      } else if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '<') {
         ++i;  // `<<` is a typographic symbol; that parser runs before the HTML one
      } else if (text[i] == '<') {
         HtmlTag tag;
         std::string name;
         size_t len = comment_length(text, i);
         if (len) {
            flush(i, "<");
            out.append(text.substr(i, len));
         } else if (parse_start_tag(text, i, tag)) {
            flush(i, "<");
            len = tag.length;
            out += '<';
            out += tag.name;
            append_attributes(out, tag.attributes);
            out += is_void_element(tag.name) || tag.self_closed ? " />" : ">";
         } else if ((len = parse_end_tag(text, i, name))) {
            flush(i, "<");
            out += "</" + name + ">";
         } else {
            continue;
         }
         i += len - 1;
         run = i + 1;
      }
   }
   flush(text.size(), {});
   while (!out.empty() && out.back() == '\n') out.pop_back();
   return out;
}

}  // namespace jekyllpp::markdown
