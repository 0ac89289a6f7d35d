// Rouge's Rego lexer (Open Policy Agent policies).
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words constants("true false null");
const Words operator_words("as default else import not package some with");

Lexer make_rego() {
   Lexer l("rego");
   l.state("basic")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*)", Tok::CommentSingle)
      .rule(R"([\[\](){}|.,;!])", Tok::Punctuation)
      .rule(R"("[^"]*")", Tok::StrDouble)
      .rule(R"(-?\d+\.\d+([eE][+-]?\d+)?)", Tok::NumFloat)
      .rule(R"(-?\d+([eE][+-]?\d+)?)", Tok::Num)
      .rule(R"(\\u[0-9a-fA-F]{4})", Tok::NumHex)
      .rule(R"(\\["\/bfnrt])", Tok::StrEscape);
   l.state("operators")
      .rule(R"((=|!=|>=|<=|>|<|\+|-|\*|%|\/|\||&|:=))", Tok::Operator)
      .rule(R"([\/:?@^~]+)", Tok::Operator);
   l.state("root")
      .mixin("basic")
      .mixin("operators")
      // Onigmo's [[:word:]] is Unicode-aware
      .rule(R"([\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]+)", [](Runner& r) {
         if (constants.has(r.m())) r.token(Tok::KeywordConstant);
         else if (operator_words.has(r.m())) r.token(Tok::OperatorWord);
         else r.token(Tok::Name);
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& rego_lexer() {
   static const Lexer lexer = make_rego();
   return lexer;
}

}  // namespace jekyllpp::highlight
