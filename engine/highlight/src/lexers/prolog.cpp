// Rouge's Prolog lexer.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Ruby's [[:word:]]: letters, marks, digits and connectors.
#define WORD R"([\p{Alphabetic}\p{M}\p{Nd}\p{Pc}])"

Lexer make_prolog() {
   Lexer l("prolog");
   l.on_start([](Runner& r) { r.push("bol"); });
   l.state("bol").rule(R"(#.*)", Tok::CommentSingle).rule("", [](Runner& r) { r.pop(); });
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(%.*)", Tok::CommentSingle)
      .rule(R"(\/\*)", Tok::CommentMultiline, "nested_comment")
      .rule(R"([\[\](){}|.,;!])", Tok::Punctuation)
      .rule(R"(:-|-->)", Tok::Punctuation)
      .rule(R"("[^"]*")", Tok::StrDouble)
      .rule(R"(\d+\.\d+)", Tok::NumFloat)
      .rule(R"(\d+)", Tok::Num)
      .rule(R"(\p{Ll}()" WORD ")*", Tok::StrSymbol)
      .rule(R"('[^']*')", Tok::StrSymbol)
      .rule(R"([A-Z]+\w*)", Tok::NameVariable)
      .rule("_" WORD "*", Tok::NameVariable)
      .rule(R"((<|>|=<|>=|==|=:=|=|\/|\/\/|\*|\+|-)(?=\s|[a-zA-Z0-9\[]))", Tok::Operator)
      .rule(R"(is)", Tok::Operator)
      .rule(R"((mod|div|not))", Tok::Operator)
      .rule(R"([#&*+-.\/:<=>?@^~]+)", Tok::Operator);
   // Text that is neither "/*", "*/" nor a "*" run is no rule's: Rouge marks it as errors.
   l.state("nested_comment")
      .rule(R"(/\*)", Tok::CommentMultiline, "#push")
      .rule(R"(\s*\*[^*\/]+)", Tok::CommentMultiline)
      .rule(R"(\*/)", Tok::CommentMultiline, "#pop");
   l.finish();
   return l;
}

#undef WORD

}  // namespace

const Lexer& prolog_lexer() {
   static const Lexer lexer = make_prolog();
   return lexer;
}

}  // namespace jekyllpp::highlight
