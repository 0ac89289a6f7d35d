#include "entity_output.hpp"
#include "html_tags.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "typography.hpp"

namespace jekyllpp::markdown {

// Jekyll's `smartify`: kramdown's SmartyPants parser (smart quotes, entities, typographic
// symbols, span HTML) and HTML converter; Jekyll chomps the result.
std::string smartify(std::string_view text, const Options& options) {
   static const Options default_options;
   const bool defaults = options.entity_output == Options::EntityOutput::as_char &&
                         options.smart_quotes == default_options.smart_quotes;
   QuoteChars custom;
   const QuoteChars& quotes = defaults ? default_quote_chars() : (custom = quote_chars(options));
   std::string out;
   out.reserve(text.size() + 16);
   size_t run = 0;
   auto flush = [&](size_t to, std::string_view lookahead) {
      if (to > run) append_typographic(out, text.substr(run, to - run), lookahead, quotes);
   };
   for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '&') {
         // A name kramdown does not know stays text (its `&` escaped).
         KramdownEntity entity;
         size_t used = 0;
         if (kramdown_entity_at(text.substr(i), entity, used) && entity.code_point != 0) {
            flush(i, text.substr(i, 2));
            append_entity(out, entity, text.substr(i, used), options.entity_output);
            i += used - 1;
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
