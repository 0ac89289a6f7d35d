// Rouge's Io lexer: messages, operators, three comment styles (/+ +/ nests) and strings.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words constants("nil false true");
const Words builtins("args call clone do doFile doString else elseif for if list method return super then");

Lexer make_io() {
   Lexer l("io");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(//.*)", Tok::CommentSingle)
      .rule(R"(#.*)", Tok::CommentSingle)
      .rule(R"((?m)/(\\\n)?[*].*?[*](\\\n)?/)", Tok::CommentMultiline)
      .rule(R"(/[+])", Tok::CommentMultiline, "nested_comment")
      .rule(R"~("(\\\\|\\"|[^"])*")~", Tok::Str)
      .rule(R"(:?:=)", Tok::Keyword)
      .rule(R"([()])", Tok::Punctuation)
      .rule(R"([-=;,*+><!/|^.%&\[\]{}])", Tok::Operator)
      .rule(R"([A-Z]\w*)", Tok::NameClass)
      .rule(R"([a-z_]\w*)", [](Runner& r) {
         if (constants.has(r.m())) r.token(Tok::KeywordConstant);
         else if (builtins.has(r.m())) r.token(Tok::NameBuiltin);
         else r.token(Tok::Name);
      })
      .rule(R"((?i)(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?)", Tok::NumFloat)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(@@?)", Tok::Keyword);
   l.state("nested_comment")
      .rule(R"((?m)[^/+]+)", Tok::CommentMultiline)
      .rule(R"(/[+])", Tok::CommentMultiline, "nested_comment")
      .rule(R"([+]/)", Tok::CommentMultiline, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& io_lexer() {
   static const Lexer lexer = make_io();
   return lexer;
}

}  // namespace jekyllpp::highlight
