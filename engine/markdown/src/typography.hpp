#pragma once
// kramdown's smart quotes (SmartyPants rules) and typographic symbols on a run of text.
#include <array>
#include <string>
#include <string_view>

namespace jekyllpp::markdown {

// The characters for lsquo, rsquo, ldquo, rdquo (kramdown's smart_quotes option).
using QuoteChars = std::array<std::string, 4>;
QuoteChars quote_chars(const std::array<std::string_view, 4>& entity_names);
const QuoteChars& default_quote_chars();

// Converts `run` (text kramdown's span parser sees as one stretch: no element starts inside it)
// and appends it HTML-escaped to `out`. `lookahead` is the source that follows the run, which
// kramdown's rules peek at. `raw` (optional) receives the unescaped converted text.
// `keep_entities`: entity references in `run` are source text, not already-decoded characters.
void append_typographic(std::string& out, std::string_view run, std::string_view lookahead,
                        const QuoteChars& quotes, std::string* raw = nullptr,
                        bool keep_entities = false);

// The character an HTML entity name stands for ("" when unknown).
std::string_view entity_char(std::string_view name);

}  // namespace jekyllpp::markdown
