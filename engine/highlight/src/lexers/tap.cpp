// Rouge's TAP (Test Anything Protocol) lexer: the plan, ok / not ok lines and # directives.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_tap() {
   Lexer l("tap");
   l.state("root")
      .rule(R"(^TAP version \d+\n)", Tok::NameNamespace)
      .rule(R"(^1\.\.\d+)", Tok::KeywordDeclaration, "plan")
      .rule(R"(^(not ok)([^\S\n]*)(\d*))", {Tok::GenericError, Tok::Text, Tok::NumInteger}, "test")
      .rule(R"(^(ok)([^\S\n]*)(\d*))", {Tok::KeywordReserved, Tok::Text, Tok::NumInteger}, "test")
      .rule(R"(^#.*\n)", Tok::Comment)
      .rule(R"(^Bail out!.*\n)", Tok::GenericError)
      .rule(R"(^.*\n)", Tok::Text);
   l.state("plan")
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(#)", Tok::Comment, "directive")
      .rule(R"(\n)", Tok::Comment, "#pop")
      .rule(R"(.*\n)", Tok::GenericError, "#pop");
   l.state("test")
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(#)", Tok::Comment, "directive")
      .rule(R"(\S+)", Tok::Text)
      .rule(R"(\n)", Tok::Text, "#pop");
   l.state("directive")
      .rule(R"([^\S\n]+)", Tok::Comment)
      .rule(R"((?i)\bTODO\b)", Tok::CommentPreproc)
      .rule(R"((?i)\bSKIP\S*)", Tok::CommentPreproc)
      .rule(R"(\S+)", Tok::Comment)
      .rule(R"(\n)", Tok::Comment, "#pop:2");
   l.finish();
   return l;
}

}  // namespace

const Lexer& tap_lexer() {
   static const Lexer lexer = make_tap();
   return lexer;
}

}  // namespace jekyllpp::highlight
