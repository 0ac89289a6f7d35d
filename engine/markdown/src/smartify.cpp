#include "entity_output.hpp"
#include "escape.hpp"
#include "html_tags.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "typography.hpp"

namespace jekyllpp::markdown {

namespace {

std::string ascii_lower(std::string_view s) {
   std::string out(s);
   for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
   return out;
}

// Jekyll's SmartyPants parser: kramdown's parser with two block parsers, block HTML and a line
// of text, and four span parsers, smart quotes, entities, typographic symbols and span HTML.
class SmartyPants {
public:
   SmartyPants(std::string_view src, const Options& options, const QuoteChars& quotes)
       : src_(src), options_(options), quotes_(quotes) {}

   std::string convert() {
      std::string out;
      out.reserve(src_.size() + 16);
      size_t run = 0, pos = 0;
      while (pos < src_.size()) {
         std::string block;
         size_t after = options_.parse_block_html ? 0 : block_html(pos, block);
         if (!after) {  // a line of text, span-parsed with the lines around it
            size_t nl = src_.find('\n', pos);
            pos = nl == std::string_view::npos ? src_.size() : nl + 1;
            continue;
         }
         bool found = false;
         spans(run, pos, {}, true, out, found);
         out += block;
         pos = run = after;
      }
      bool found = false;
      spans(run, src_.size(), {}, true, out, found);
      return out;
   }

private:
   // kramdown's parse_block_html at `pos` (a line start, or just after an element ending on its
   // line): an HTML comment, or an element that is not a span element, written as raw HTML;
   // returns the position after it (0: a line of text).
   size_t block_html(size_t pos, std::string& out) const {
      if (size_t len = comment_length(src_, pos)) {
         out.append(src_.substr(pos, len)).append(1, '\n');
         return skip_trailing_whitespace(pos + len);
      }
      size_t at = pos;
      while (at < pos + 3 && at < src_.size() && src_[at] == ' ') ++at;
      HtmlTag tag;
      if (at >= src_.size() || src_[at] != '<' || !parse_start_tag(src_, at, tag) || is_span_element(ascii_lower(tag.name)))
         return 0;
      for (const auto& attribute : tag.attributes)
         if (attribute.first == "markdown") return 0;  // (content models it asks for: not read here)
      size_t after = append_raw_element(out, src_, at, tag);
      out += '\n';
      // A script or style element, or one without a body, leaves the rest of its line as text.
      bool body = !(tag.self_closed || is_void_element(tag.name)) && tag.name != "script" && tag.name != "style";
      return body ? skip_trailing_whitespace(after) : after;
   }

   // TRAILING_WHITESPACE (/[ \t]*\n/) skipped at `pos` when it is there.
   size_t skip_trailing_whitespace(size_t pos) const {
      size_t i = pos;
      while (i < src_.size() && (src_[i] == ' ' || src_[i] == '\t')) ++i;
      return i < src_.size() && src_[i] == '\n' ? i + 1 : pos;
   }

   // The span parsers over [pos, end) up to the end tag named `stop` (found then says it was
   // there, and the position after it is returned). `parse`: the smart quote, entity and
   // typographic parsers run (not inside raw content such as <code>).
   size_t spans(size_t pos, size_t end, std::string_view stop, bool parse, std::string& out, bool& found) const {
      size_t run = pos;
      auto flush = [&](size_t to) {
         if (to <= run) return;
         if (parse) append_typographic(out, src_.substr(run, to - run), src_.substr(to, end - to), quotes_);
         else append_escaped_text(out, src_.substr(run, to - run));
      };
      for (size_t i = pos; i < end; ++i) {
         if (parse && src_[i] == '&') {
            // A name kramdown does not know stays text (its `&` escaped).
            KramdownEntity entity;
            size_t used = 0;
            if (kramdown_entity_at(src_.substr(i, end - i), entity, used) && entity.code_point != 0) {
               flush(i);
               append_entity(out, entity, src_.substr(i, used), options_.entity_output);
               i += used - 1;
               run = i + 1;
            }
            continue;
         }
         if (src_[i] != '<') continue;
         if (parse && i + 1 < end && src_[i + 1] == '<') {
            ++i;  // `<<` is a typographic symbol; that parser runs before the HTML one
            continue;
         }
         std::string_view within = src_.substr(0, end);
         std::string name;
         HtmlTag tag;
         if (size_t len = parse_end_tag(within, i, name)) {
            if (!stop.empty() && (is_known_element(stop) ? ascii_lower(name) : name) == stop) {
               flush(i);
               found = true;
               return i + len;
            }
            flush(i);  // any other end tag is text
            append_escaped_text(out, src_.substr(i, len));
            i += len - 1;
            run = i + 1;
         } else if (size_t len = comment_length(within, i)) {
            flush(i);
            out.append(src_.substr(i, len));
            i += len - 1;
            run = i + 1;
         } else if (parse_start_tag(within, i, tag)) {
            flush(i);
            i = span_element(i, end, tag, parse, out) - 1;
            run = i + 1;
         }
      }
      flush(end);
      return end;
   }

   // parse_span_html for the start tag `tag` at `pos`; returns the position after the element.
   size_t span_element(size_t pos, size_t end, const HtmlTag& tag, bool parse, std::string& out) const {
      size_t after = pos + tag.length;
      if (is_block_element(tag.name)) {  // a block tag in span text is text
         append_escaped_text(out, src_.substr(pos, tag.length));
         return after;
      }
      out += '<';
      out += tag.name;
      append_attributes(out, tag.attributes);
      if (tag.self_closed || is_void_element(tag.name)) {
         out += is_void_element(tag.name) ? " />" : "></" + tag.name + ">";
         return after;
      }
      out += '>';
      bool found = false;
      after = spans(after, end, tag.name, parse && content_model(tag.name) != 'r', out, found);
      out += "</" + tag.name + ">";  // (auto-closed at the end of the text when no end tag)
      return after;
   }

   std::string_view src_;
   const Options& options_;
   const QuoteChars& quotes_;
};

// kramdown's adapt_source: line ends made "\n", one final newline.
std::string adapt_source(std::string_view text) {
   std::string src;
   src.reserve(text.size() + 1);
   for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\r') src += text[i];
      else if (i + 1 >= text.size() || text[i + 1] != '\n') src += '\n';
   }
   if (!src.empty() && src.back() == '\n') src.pop_back();
   src += '\n';
   return src;
}

}  // namespace

// Jekyll's `smartify`: kramdown's SmartyPants parser and HTML converter; Jekyll chomps the result.
std::string smartify(std::string_view text, const Options& options) {
   static const Options default_options;
   const bool defaults = options.entity_output == Options::EntityOutput::as_char &&
                         options.smart_quotes == default_options.smart_quotes;
   QuoteChars custom;
   const QuoteChars& quotes = defaults ? default_quote_chars() : (custom = quote_chars(options));
   const std::string src = adapt_source(text);
   std::string out = SmartyPants(src, options, quotes).convert();
   if (!out.empty() && out.back() == '\n') out.pop_back();
   return out;
}

}  // namespace jekyllpp::markdown
