// Rouge's lexer for old-style (OpenStep) property lists, as in .pbxproj files.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_plist() {
   Lexer l("plist");
   l.state("root")
      .rule(R"(//.*$)", Tok::Comment)
      .rule(R"((?m)/\*.+?\*/)", Tok::Comment)
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"({)", Tok::Punctuation, "dictionary")
      .rule(R"(\()", Tok::Punctuation, "array")
      .rule(R"~("([^"\\]|\\.)*")~", Tok::StrDouble)
      .rule(R"('([^'\\]|\\.)*')", Tok::StrSingle)
      .rule(R"(<)", Tok::Punctuation, "data")
      .rule(R"([\w$/:.-]+)", Tok::Literal);
   l.state("dictionary")
      .mixin("root")
      .rule(R"([=;])", Tok::Punctuation)
      .rule(R"(})", Tok::Punctuation, "#pop");
   l.state("array").mixin("root").rule(R"([,])", Tok::Punctuation).rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("data")
      .rule(R"([0-9a-fA-F\s]+)", Tok::NumHex)
      .rule(R"(>)", Tok::Punctuation, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& plist_lexer() {
   static const Lexer lexer = make_plist();
   return lexer;
}

}  // namespace jekyllpp::highlight
