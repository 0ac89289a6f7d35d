// Rouge's CSV Schema lexer (digital-preservation.github.io/csv-schema).
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_csvs() {
   Lexer l("csvs");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(//[\S\t ]*)", Tok::CommentSingle)
      .rule(R"((?m)/\*[^*]*\*/)", Tok::CommentMultiline)
      .rule(R"((version)( )(\d+\.\d+))", {Tok::Keyword, Tok::Whitespace, Tok::NumFloat})
      .rule(R"(T?\d{2}:\d{2}:\d{2}(\.\d{5})?(Z|(?:[-+]\d{2}:\d{2}))?)", Tok::LiteralDate)
      .rule(R"(\d{4}-\d{2}-\d{2})", Tok::LiteralDate)
      .rule(R"(\d{2}\/\d{2}\/\d{4})", Tok::LiteralDate)
      .rule(R"((?i)(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?)", Tok::NumFloat)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(@\w+)", Tok::KeywordPseudo)
      .rule(R"([-.\w]+:)", Tok::NameVariable)
      .rule(R"(^"[^"]+")", Tok::NameVariable)
      .rule(R"(\$([-.\w]+|("[^"]+"))\/?)", Tok::NameVariable)
      .rule("(?i)[A-Z]+", Tok::Keyword)
      .rule(R"("[^"]*")", Tok::StrDouble)
      .rule(R"('[^\r\n\f']')", Tok::StrChar)
      .rule("[,()*]", Tok::Punctuation);
   l.finish();
   return l;
}

}  // namespace

const Lexer& csvs_lexer() {
   static const Lexer lexer = make_csvs();
   return lexer;
}

}  // namespace jekyllpp::highlight
