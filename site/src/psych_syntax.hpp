#pragma once
// Psych (Ruby's YAML) is libyaml: running libyaml's parser over a text tells whether Psych
// would reject it, and with which message.
#include <string_view>

namespace jekyllpp::site {

// Throws YamlError with Psych::SyntaxError's message when libyaml rejects the first document of
// text ("(<unknown>): did not find expected ',' or ']' while parsing a flow sequence at line 2
// column 8"), and StackLevelTooDeep when its collections nest deeper than Psych can build.
void check_psych_syntax(std::string_view text);

}  // namespace jekyllpp::site
