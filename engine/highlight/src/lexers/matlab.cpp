// Rouge's MATLAB lexer; a `!` line is a shell command.
#include "lexers/lexers.hpp"
#include "lexers/matlab_builtins.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "arguments break case catch classdef continue else elseif end for function global if import "
   "methods otherwise parfor persistent properties return spmd switch try while");

Lexer make_matlab() {
   Lexer l("matlab");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?m)[{]%.*?%[}])", Tok::CommentMultiline)
      .rule(R"(%.*$)", Tok::CommentSingle)
      .rule(R"(([.][.][.])(.*?)$)", {Tok::Keyword, Tok::Comment})
      .rule(R"(^(!)(.*?)(?=%|$))", [](Runner& r) {
         r.token(Tok::Keyword, r.m(1));
         r.delegate(shell_lexer(), r.m(2));
      })
      .rule(R"((?m)[a-zA-Z][_a-zA-Z0-9]*)", [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (matlab_builtins().has(r.m())) r.token(Tok::NameBuiltin);
         else r.token(Tok::Name);
      })
      .rule(R"([(){};:,\/\\\]\[])", Tok::Punctuation)
      .rule(R"(~=|==|<<|>>|[-~+\/*%=<>&^|.@])", Tok::Operator)
      .rule(R"((?i)(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?)", Tok::NumFloat)
      .rule(R"((?i)\d+e[+-]?[0-9]+)", Tok::NumFloat)
      .rule(R"(\d+L)", Tok::NumIntegerLong)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"('(?=(.*')))", Tok::StrSingle, "chararray")
      .rule(R"~("(?=(.*")))~", Tok::StrDouble, "string")
      .rule(R"(')", Tok::Operator);
   l.state("chararray")
      .rule(R"([^']+)", Tok::StrSingle)
      .rule(R"('')", Tok::StrEscape)
      .rule(R"(')", Tok::StrSingle, "#pop");
   l.state("string")
      .rule(R"([^"]+)", Tok::StrDouble)
      .rule(R"("")", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& matlab_lexer() {
   static const Lexer lexer = make_matlab();
   return lexer;
}

}  // namespace jekyllpp::highlight
