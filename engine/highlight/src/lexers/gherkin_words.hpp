#pragma once
// Gherkin's keywords in all its languages, for the Gherkin lexer.
#include <string>
#include <string_view>

namespace jekyllpp::highlight {

// Any step keyword ("Given ", "When ", "* " ...) as a regex.
const std::string& gherkin_step_pattern();

enum class GherkinKeyword { Element, Feature, Examples };
bool gherkin_keyword(GherkinKeyword kind, std::string_view word);

}  // namespace jekyllpp::highlight
