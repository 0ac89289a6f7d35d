#pragma once
// tomlrb 1.3.0's scanner: TOML text → tokens, each found by the first of tomlrb's token
// patterns that matches where the last one ended, whatever the grammar expects there
// (`trueish = 1` is TRUE then IDENTIFIER, `0x1F` an IDENTIFIER, `information` FLOAT_INF...).
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::site::toml {

// In the order the scanner tries them; Char is any other character, End the end of the text.
enum class Kind {
   Datetime, StringMulti, StringBasic, StringLiteralMulti, StringLiteral, Float, FloatInf, FloatNan,
   Integer, True, False, Identifier, Char, End
};

struct Token {
   Kind kind = Kind::End;
   std::string text;                 // what matched; a string's text without its quotes
   std::vector< std::string > date;  // a Datetime's 7 fields, year .. offset ("" when absent)
};

// The tokens of text, spaces and comments left out, ending with an End token.
std::vector< Token > scan(std::string_view text);

}  // namespace jekyllpp::site::toml
