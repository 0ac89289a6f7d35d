#pragma once
// kramdown's smart quotes (SmartyPants rules) and typographic symbols on a run of text.
#include <array>
#include <string>
#include <string_view>

#include "jekyllpp/markdown/markdown.hpp"

namespace jekyllpp::markdown {

// What smart quotes and typographic symbols become: the characters for lsquo, rsquo, ldquo,
// rdquo (kramdown's smart_quotes option), and, when entity_output is not as_char, the HTML
// (entity references) written for them and for the symbols in TypographicSymbol order.
enum TypographicSymbol { mdash, ndash, hellip, laquo_space, raquo_space, laquo, raquo };
struct QuoteChars {
   std::array<std::string, 4> chars;
   bool entities = false;  // the HTML below is written, not the escaped characters
   std::array<std::string, 4> quote_html;
   std::array<std::string, 7> symbol_html;
};
QuoteChars quote_chars(const std::array<std::string_view, 4>& entity_names,
                       Options::EntityOutput mode = Options::EntityOutput::as_char);
// Those of the options' smart_quotes and entity_output.
QuoteChars quote_chars(const Options& options);
const QuoteChars& default_quote_chars();

// The bytes past a run that the rules below can look at (a quote's context reaches a character
// after the next two bytes); more lookahead changes nothing.
inline constexpr size_t typographic_lookahead = 16;

// Converts `run` (text kramdown's span parser sees as one stretch: no element starts inside it)
// and appends it HTML-escaped to `out`. `lookahead` is the source that follows the run, which
// kramdown's rules peek at (when it follows `run` in memory, nothing is copied). `raw`
// (optional) receives the unescaped converted text.
// `keep_entities`: entity references in `run` are source text, not already-decoded characters.
void append_typographic(std::string& out, std::string_view run, std::string_view lookahead,
                        const QuoteChars& quotes, std::string* raw = nullptr,
                        bool keep_entities = false);

}  // namespace jekyllpp::markdown
