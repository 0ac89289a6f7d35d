#pragma once
// Code as kramdown's Rouge integration writes it: the `language-X highlighter-rouge` wrapper
// around Rouge's HTMLLegacy output, or a bare <pre><code> when Rouge has no lexer.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jekyllpp/markdown/markdown.hpp"

namespace jekyllpp::markdown {

// A code block at `indent`. `info` is the fence's info string ("" for indented code);
// `attributes` come from a block IAL.
void append_code_block(std::string& out, std::string_view code, std::string_view info,
                       int indent, const Options& options,
                       const std::vector<std::pair<std::string, std::string>>& attributes);

// An inline code span (Rouge's plaintext lexer).
void append_code_span(std::string& out, std::string_view code, const Options& options);

// A code span with a span IAL's attributes (kramdown's convert_codespan): a `language-X` class
// names the lexer and stays; highlighted, the class gets the language first and highlighter-rouge.
void append_code_span(std::string& out, std::string_view code, const Options& options,
                      std::vector<std::pair<std::string, std::string>> attributes);

}  // namespace jekyllpp::markdown
