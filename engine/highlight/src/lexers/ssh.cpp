// Rouge's SSH config lexer: a keyword, then its values up to the end of the line.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_ssh() {
   Lexer l("ssh");
   l.state("root").rule(R"((?i)[a-z0-9]+)", Tok::Keyword, "statement").mixin("base");
   l.state("statement")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"((?:yes|no|confirm|ask|always|auto|none|force)\b)", Tok::NameConstant)
      .rule(R"(\d+)", Tok::Num)
      .rule(R"([^#\s;{}$\\]+)", Tok::Text)
      .mixin("base");
   l.state("base").rule(R"(\s+)", Tok::Text).rule(R"(#.*)", Tok::CommentSingle);
   l.finish();
   return l;
}

}  // namespace

const Lexer& ssh_lexer() {
   static const Lexer lexer = make_ssh();
   return lexer;
}

}  // namespace jekyllpp::highlight
