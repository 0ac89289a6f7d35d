// Rouge's Elm lexer.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_elm() {
   Lexer l("elm");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(--.*)", Tok::CommentSingle)
      .rule(R"({-)", Tok::CommentMultiline, "multiline_comment")
      .rule(R"(\b(module|exposing|port|import|as|type|alias|if|then|else|case|of|let|in)\b)",
            Tok::Keyword)
      .rule(R"([a-z]\w*)", Tok::Name)
      .rule(R"(_)", Tok::Name)
      .rule(R"([A-Z]\w*)", Tok::KeywordType)
      .rule(R"((->|::|\/\/|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|\/=|<=|>=))", Tok::Operator)
      .rule(R"([+-\/*%=<>^\|!])", Tok::Operator)
      .rule(R"(\\)", Tok::Operator)
      .rule(R"([@\#$&~?])", Tok::Operator)
      .rule(R"~(""")~", Tok::Str, "multiline_string")
      .rule(R"('(\\.|.)')", Tok::StrChar)
      .rule(R"(")", Tok::Str, "double_quote")
      .rule(R"((?i)0x[\da-f]+)", Tok::NumHex)
      .rule(R"((?i)\d+e[+-]?\d+)", Tok::NumFloat)
      .rule(R"((?i)\d+\.\d+(e[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"([\[\](),;`{}:])", Tok::Punctuation);
   l.state("multiline_comment")
      .rule(R"(-})", Tok::CommentMultiline, "#pop")
      .rule(R"({-)", Tok::CommentMultiline, "multiline_comment")
      .rule(R"([^-{}]+)", Tok::CommentMultiline)
      .rule(R"([-{}])", Tok::CommentMultiline);
   l.state("double_quote")
      .rule(R"([^\\"]+)", Tok::StrDouble)
      .rule(R"(\\")", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop");
   l.state("multiline_string")
      .rule(R"(\\")", Tok::StrEscape)
      .rule(R"~(""")~", Tok::Str, "#pop")
      .rule(R"([^"]+)", Tok::Str)
      .rule(R"(")", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& elm_lexer() {
   static const Lexer lexer = make_elm();
   return lexer;
}

}  // namespace jekyllpp::highlight
