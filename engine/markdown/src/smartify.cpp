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
      bool closed = false;
      blocks(0, {}, 0, out, closed);
      return out;
   }

private:
   // kramdown's parse_blocks from `pos` inside the element named `name` (none at the top) whose
   // children sit at `indent`: block HTML, else a line of text (span-parsed with the lines
   // around it), up to `</name>` at a block start (`closed` then says it was met). Returns the
   // position after it.
   size_t blocks(size_t pos, std::string_view name, int indent, std::string& out, bool& closed) const {
      size_t run = pos;
      auto flush = [&](size_t to) {
         bool found = false;
         spans(run, to, {}, true, out, found);
      };
      while (pos < src_.size()) {
         if (size_t after = end_tag_of(pos, name)) {
            flush(pos);
            closed = true;
            return after;
         }
         std::string block;
         size_t after = block_html(pos, indent, block);
         if (!after) {
            size_t nl = src_.find('\n', pos);
            pos = nl == std::string_view::npos ? src_.size() : nl + 1;
            continue;
         }
         flush(pos);
         out += block;
         pos = run = after;
      }
      flush(src_.size());
      return src_.size();
   }

   // `</name>` (up to three spaces first) at `pos`, for a block element `name`: the position
   // after it, or 0.
   size_t end_tag_of(size_t pos, std::string_view name) const {
      if (name.empty()) return 0;
      size_t at = pos;
      while (at < pos + 3 && at < src_.size() && src_[at] == ' ') ++at;
      std::string found;
      size_t len = at < src_.size() && src_[at] == '<' ? parse_end_tag(src_, at, found) : 0;
      if (!len || is_span_element(ascii_lower(found))) return 0;
      return (is_known_element(ascii_lower(found)) ? ascii_lower(found) : found) == name ? at + len : 0;
   }

   // kramdown's parse_block_html at `pos` (a line start, or just after an element ending on its
   // line): an HTML comment, or an element that is not a span element, converted by its content
   // model (raw unless parse_block_html or a `markdown` attribute asks otherwise) at `indent`;
   // returns the position after it (0: a line of text).
   size_t block_html(size_t pos, int indent, std::string& out) const {
      if (size_t len = comment_length(src_, pos)) {
         out.append(std::size_t(indent), ' ').append(src_.substr(pos, len)).append(1, '\n');
         return skip_trailing_whitespace(pos + len);
      }
      size_t at = pos;
      while (at < pos + 3 && at < src_.size() && src_[at] == ' ') ++at;
      HtmlTag tag;
      if (at >= src_.size() || src_[at] != '<' || !parse_start_tag(src_, at, tag) || is_span_element(ascii_lower(tag.name)))
         return 0;
      const char model = take_markdown_attribute(tag, options_.parse_block_html ? content_model(tag.name) : 'r');
      // A script or style element, or one without a body, leaves the rest of its line as text.
      const bool no_body = tag.self_closed || is_void_element(tag.name);
      out.append(std::size_t(indent), ' ');
      if (model == 'r') {
         size_t after = append_raw_element(out, src_, at, tag);
         out += '\n';
         bool body = !no_body && tag.name != "script" && tag.name != "style";
         return body ? skip_trailing_whitespace(after) : after;
      }
      out += '<' + tag.name;
      append_attributes(out, tag.attributes);
      size_t after = at + tag.length;
      if (model == 'b') after = skip_trailing_whitespace(after);  // body or not
      std::string inner;
      if (no_body) {
         // nothing inside
      } else if (model == 's') {  // the text up to </name>, span-parsed
         size_t stop = span_end(after, tag.name);
         bool found = false;
         spans(after, stop, {}, true, inner, found);
         std::string end_name;
         after = stop == src_.size() ? stop : stop + parse_end_tag(src_, stop, end_name);
      } else {
         bool closed = false;
         after = blocks(after, tag.name, indent + 2, inner, closed);
      }
      if (inner.empty()) out += is_void_element(tag.name) ? " />" : "></" + tag.name + ">";
      else if (model == 's') out += '>' + inner + "</" + tag.name + ">";
      else {
         if (inner.back() == '\n') inner.pop_back();
         out += ">\n" + inner + "\n" + std::string(std::size_t(indent), ' ') + "</" + tag.name + ">";
      }
      out += '\n';
      return no_body ? after : skip_trailing_whitespace(after);
   }

   // Where `</name\s*>` (any case) starts after `pos`; the end of the text when it is not there.
   size_t span_end(size_t pos, std::string_view name) const {
      for (size_t i = src_.find("</", pos); i != std::string_view::npos; i = src_.find("</", i + 1)) {
         std::string found;
         if (parse_end_tag(src_, i, found) && ascii_lower(found) == ascii_lower(name)) return i;
      }
      return src_.size();
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
