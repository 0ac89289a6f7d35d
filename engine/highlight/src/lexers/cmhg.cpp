// Rouge's CMHG lexer (RISC OS C module header generator sources).
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_cmhg() {
   Lexer l("cmhg");
   l.state("root")
      .rule(R"(;[^\n]*)", Tok::Comment)
      .rule(R"(^([ \t]*)(#[ \t]*(?:(?:define|elif|else|endif|error|if|ifdef|ifndef|include|line|)"
            R"(pragma|undef|warning)(?:[ \t].*)?)?)(?=\n))",
            {Tok::Text, Tok::CommentPreproc})
      .rule("[-a-z]+:", Tok::KeywordDeclaration)
      .rule(R"((?i)[a-z_]\w+)", Tok::NameEntity)
      .rule(R"("[^"]*")", Tok::Str)
      .rule("(?:&|0x)[0-9a-fA-F]+", Tok::NumHex)
      .rule(R"(\d+)", Tok::Num)
      .rule(R"([,\/()])", Tok::Punctuation)
      .rule(R"([ \t]+)", Tok::Text)
      .rule(R"(\n+)", Tok::Text);
   l.finish();
   return l;
}

}  // namespace

const Lexer& cmhg_lexer() {
   static const Lexer lexer = make_cmhg();
   return lexer;
}

}  // namespace jekyllpp::highlight
