#pragma once
// Rouge-compatible syntax highlighting: the lexers Rouge 3.30 has, and its HTML formatter.
// Used by the markdown converter (fenced code blocks) and by Jekyll's {% highlight %} tag.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::highlight {

class Lexer;  // one per Rouge lexer; defined by the implementation

// The lexer Rouge would choose for a language name or alias ("js", "yml", "console",
// "shell"), as Rouge::Lexer.find does (case matters: "Ruby" finds nothing); nullptr when
// Rouge has none or jekyllpp does not have Rouge's lexer for it yet.
const Lexer* find_lexer(std::string_view name);

// Rouge's Lexer.find_fancy for a language string that may carry options after "?", as
// kramdown passes a fence's "console?lang=ruby&prompt=$" to Rouge: the lexer of that name
// built for the options it reads (console's lang, output, prompt, comments, error; PHP's
// start_inline, funcnamehighlighting; plain text's token), else as find_lexer.
const Lexer* find_lexer_fancy(std::string_view lang);

// Rouge::Guesser::Ambiguous: guessing left more than one lexer (Jekyll's build stops).
class AmbiguousGuess : public std::runtime_error {
public:
   using std::runtime_error::runtime_error;
};

// Rouge's Lexer.find_fancy(lang, code), as kramdown, the highlight tag and jekyll-commonmark
// call it: find_lexer_fancy, except that the name "guess" (options allowed: "guess?token=...")
// takes the lexer guess_tags picks from the code, built for those options; plain text when it
// picks none (or one jekyllpp lacks). Throws AmbiguousGuess when it picks several. (Rouge's
// ?mimetype= guesser is not supported.)
const Lexer* find_lexer_fancy(std::string_view lang, std::string_view code);

// Rouge's canonical tag for the lexer ("javascript" for "js").
std::string_view lexer_tag(const Lexer& lexer);

// Rouge::Lexer.guess(source: code), as Rouge::Lexer.find_fancy(nil, code) runs it: the tags of
// the lexers a modeline names or whose detect? accepts the code (a shebang, `<?php`, a doctype,
// ...), in Rouge's order. Empty: no guess (plain text); more than one: Rouge's Ambiguous error.
std::vector< std::string > guess_tags(std::string_view code);
// The token stream of `code` as Rouge's HTML formatter writes it: `<span class="k">if</span>`,
// HTML-escaped, adjacent tokens of one type merged, Text tokens unwrapped. No wrapper element.
std::string format_html(const Lexer& lexer, std::string_view code);
// The same appended to `out` (a writer's own buffer: no string made for each code span).
void append_html(std::string& out, const Lexer& lexer, std::string_view code);

}  // namespace jekyllpp::highlight
