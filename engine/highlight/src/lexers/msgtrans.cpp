// Rouge's MessageTrans lexer (RISC OS message files): token:value lines with %0-%3 parameters.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_msgtrans() {
   Lexer l("msgtrans");
   l.state("root")
      .rule(R"(^#[^\n]*)", Tok::Comment)
      .rule(R"([^\t\n\r ,):?\/]+)", Tok::NameVariable)
      .rule(R"([\n\/?])", Tok::Operator)
      .rule(R"(:)", Tok::Operator, "value");
   l.state("value")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(%[0-3%])", Tok::Operator)
      .rule(R"([^\n%])", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& msgtrans_lexer() {
   static const Lexer lexer = make_msgtrans();
   return lexer;
}

}  // namespace jekyllpp::highlight
