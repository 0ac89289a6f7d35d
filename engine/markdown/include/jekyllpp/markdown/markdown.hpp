#pragma once
// Markdown to HTML exactly as Jekyll 4.3.1 writes it: kramdown 2.4.0 with the GFM parser
// (the default `markdown: kramdown`), or cmark-gfm's own HTML for `markdown: CommonMark` sites.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/highlight/highlight.hpp"

namespace jekyllpp::markdown {

// The `kramdown:` keys of a site's _config.yml that change the HTML, with Jekyll's defaults.
// Supported as Jekyll uses them: math_engine mathjax, Rouge without line numbers; GFM input (`input: kramdown` only switches to kramdown's own header ids).
struct Options {
   enum class Input { gfm, kramdown };
   enum class EntityOutput { as_char, as_input, symbolic, numeric };

   Input input = Input::gfm;                  // input: GFM
   bool auto_ids = true;                      // auto_ids
   std::string auto_id_prefix;                // auto_id_prefix
   // smart_quotes: four entity names, "lsquo,rsquo,ldquo,rdquo".
   std::vector<std::string> smart_quotes = {"lsquo", "rsquo", "ldquo", "rdquo"};
   bool hard_wrap = false;                    // hard_wrap
   // entity_output: entity references, smart quotes, typographic symbols as characters, as
   // written, by name or by number.
   EntityOutput entity_output = EntityOutput::as_char;
   bool parse_block_html = false;             // parse_block_html
   int footnote_nr = 1;                       // footnote_nr
   int header_offset = 0;                     // header_offset
   std::string footnote_backlink = "&#8617;";  // footnote_backlink
   std::vector<int> toc_levels = {1, 2, 3, 4, 5, 6};  // toc_levels
   // syntax_highlighter_opts: default_lang (for both, or under `block:`/`span:`; Jekyll's plaintext).
   std::string block_default_lang = "plaintext", span_default_lang = "plaintext";
   bool guess_lang = true;                    // guess_lang (Jekyll copies it into the opts)
   // syntax_highlighter_opts: line_numbers, start_line, line_format, table_class, gutter_class,
   // code_class (for both, or under `block:`/`span:`): Rouge's HTMLTable around the tokens.
   struct LineNumbers {
      bool on = false;
      int start = 1;
      std::string start_error;  // a start_line Rouge cannot count from: the TypeError it raises
      std::string format = "%i";  // sprintf'd with each line's number
      std::string table_class = "rouge-table", gutter_class = "rouge-gutter", code_class = "rouge-code";
   };
   LineNumbers block_line_numbers, span_line_numbers;
   // syntax_highlighter_opts: css_class (for both, or under `block:`): the class of the <pre>
   // Rouge's HTMLLegacy formatter wraps a highlighted block in ("highlight" when unset or false).
   std::string block_css_class = "highlight";
   // syntax_highlighter_opts: wrap (for both, or under `block:`; spans never are): false leaves out
   // the <div class="highlight"><pre><code> Rouge's HTMLLegacy puts around a block's tokens.
   bool block_wrap = true;
   // syntax_highlighter: rouge (false: none), less rouge.rb's `disable` for that kind (the common
   // setting, or the block:/span: one over it): such code is written as without a highlighter.
   bool highlight_blocks = true;
   bool highlight_spans = true;
};

// kramdown's reading of an entity_output value (str_to_sym: spaces and a leading colon
// dropped); a value it does not know writes entities as numbers, as numeric does.
Options::EntityOutput entity_output_named(std::string_view value);

// kramdown's reading of a toc_levels text, in _config.yml or {::options}: "2..3" (a range) or
// "1,2,3" (levels, repeats dropped), on any line of the text (Ruby's line anchors). Anything
// else, or a level outside 1..6, is an error to kramdown: nullopt.
std::optional<std::vector<int>> toc_levels_named(std::string_view value);

// Blocks nested deeper than kramdown's recursion reaches (where Jekyll stops with Ruby's
// SystemStackError).
class NestingTooDeep : public std::runtime_error {
public:
   NestingTooDeep() : std::runtime_error("stack level too deep") {}
};

// Ruby's error from Rouge's HTMLTable numbering lines: sprintf's ArgumentError for a line_format
// it cannot format a number with ("too few arguments" for two conversions), the TypeError of a
// start_line that is no Integer.
class FormatError : public std::runtime_error {
public:
   explicit FormatError(const std::string& message, std::string ruby_class = "ArgumentError")
       : std::runtime_error(message), ruby_class_(std::move(ruby_class)) {}
   const std::string& ruby_class() const { return ruby_class_; }

private:
   std::string ruby_class_;
};

// Rouge::Guesser::Ambiguous: a code block without a language (or with `guess`) that Rouge
// cannot give one lexer.
using AmbiguousGuess = highlight::AmbiguousGuess;

// `markdown` converted as Jekyll's kramdown converter does; throws NestingTooDeep,
// AmbiguousGuess (a ```guess fence) and FormatError.
std::string to_html(std::string_view markdown, const Options& options = {});

// jekyll-commonmark's HTML, for `markdown: CommonMark` sites: cmark-gfm's tree written as
// CommonMarker's Ruby HtmlRenderer does, fenced code highlighted as Rouge. As in jekyll-commonmark's config
// (`commonmark: {extensions: [...], options: [...]}`): `extensions` are cmark-gfm extension
// names ("table", "strikethrough", "autolink", "tagfilter", "tasklist"), `options` CommonMarker
// option names ("UNSAFE", "SMART", "HARDBREAKS", "FOOTNOTES", "GITHUB_PRE_LANG", ...). Throws
// AmbiguousGuess.
std::string commonmark_to_html(std::string_view markdown,
                               const std::vector<std::string>& extensions = {},
                               const std::vector<std::string>& options = {});

// kramdown's SmartyPants conversion of plain text, as Jekyll's `smartify` filter applies it
// with the site's `kramdown:` smart_quotes and entity_output (by default quotes and
// typographic symbols as characters, `& < >` escaped).
std::string smartify(std::string_view text, const Options& options = {});

}  // namespace jekyllpp::markdown
