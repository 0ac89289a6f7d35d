#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keyword =
   R"(\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|)"
   R"(package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\b)";
const std::string letter = R"((?:\p{Alphabetic}|_))";
const std::string decimals = "(?:[0-9]+)";
const std::string exponent = "(?:[eE][+\\-]?" + decimals + ")";
const std::string float_lit = "(?:" + decimals + "\\." + decimals + "?" + exponent + "?|" +
                              decimals + exponent + "|\\." + decimals + exponent + "?)";
const std::string little_u = "(?:\\\\u[0-9A-Fa-f]{4})";
const std::string big_u = "(?:\\\\U[0-9A-Fa-f]{8})";
const std::string escaped_char = R"((?:\\[abfnrtv\\'"]))";
const std::string unicode_value =
   "(?:[^\\n]|" + little_u + "|" + big_u + "|" + escaped_char + ")";
const std::string hex_byte = "(?:\\\\x[0-9A-Fa-f]{2})";
const std::string byte_value = "(?:\\\\[0-7]{3}|" + hex_byte + ")";

Lexer make_go() {
   Lexer l("go");
   l.state("simple_tokens")
      .rule(R"((?://(?:(?!\n).)*)|(?s:/\*(?:(?!\*/).)*\*/))", Tok::Comment)
      .rule(keyword, Tok::Keyword)
      .rule(R"(\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|)"
            R"(int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\b)",
            Tok::KeywordType)
      .rule(R"(\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|)"
            R"(println|real|recover)\b)",
            Tok::NameBuiltin)
      .rule(R"(\b(?:true|false|iota|nil)\b)", Tok::NameConstant)
      .rule("(?:" + decimals + "|" + float_lit + ")i", Tok::Num)
      .rule(float_lit, Tok::Num)
      .rule(R"(0[xX][0-9A-Fa-f]+|[0-9][0-9]*|0[0-7]*)", Tok::Num)
      .rule("'(?:" + unicode_value + "|" + byte_value + ")'", Tok::StrChar)
      .rule(R"((?x) \+= | \+\+ | \+ | &\^= | &\^ | &= | && | & | == | = | \!= | \! | -= | -- | -
                  | \|= | \|\| | \| | <= | <- | <<= | << | < | \*= | \* | \^= | \^ | >>= | >>
                  | >= | > | \/ | \/= | := | % | %= | \.\.\. | \. | : )",
            Tok::Operator)
      .rule(R"(\(|\)|\[|\]|\{|\}|,|;)", Tok::Punctuation)
      .rule("(?!" + keyword + ")" + letter + "(?:" + letter + R"(|\p{Nd})*)", Tok::Name)
      .rule(R"(\s+)", Tok::Text);
   l.state("root")
      .mixin("simple_tokens")
      .rule(R"(`)", Tok::Str, "raw_string")
      .rule(R"(")", Tok::Str, "interpreted_string");
   l.state("interpreted_string")
      .rule("(?:" + escaped_char + "|" + little_u + "|" + big_u + "|" + hex_byte + ")",
            Tok::StrEscape)
      .rule(R"(\\.)", Tok::Error)
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"([^"\\]+)", Tok::Str);
   l.state("raw_string").rule(R"(`)", Tok::Str, "#pop").rule(R"((?m)[^`]+)", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& go_lexer() {
   static const Lexer lexer = make_go();
   return lexer;
}

}  // namespace jekyllpp::highlight
