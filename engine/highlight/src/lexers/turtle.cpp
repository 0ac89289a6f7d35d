// Rouge's Turtle/TriG lexer: RDF triples with prefixed names, <IRIs>, literals and @prefix.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_turtle() {
   Lexer l("turtle");
   l.state("root")
      .rule(R"(@base\b)", Tok::KeywordDeclaration)
      .rule(R"(@prefix\b)", Tok::KeywordDeclaration)
      .rule(R"(true\b)", Tok::KeywordConstant)
      .rule(R"(false\b)", Tok::KeywordConstant)
      .rule(R"~((?m)""".*?""")~", Tok::Str)
      .rule(R"~("([^"\\]|\\.)*")~", Tok::Str)
      .rule(R"((?m)'''.*?''')", Tok::Str)
      .rule(R"('([^'\\]|\\.)*')", Tok::Str)
      .rule(R"(#.*$)", Tok::CommentSingle)
      .rule(R"(@[^\s,.;]+)", Tok::NameAttribute)
      .rule(R"([+-]?[0-9]+\.[0-9]*E[+-]?[0-9]+)", Tok::NumFloat)
      .rule(R"([+-]?\.[0-9]+E[+-]?[0-9]+)", Tok::NumFloat)
      .rule(R"([+-]?[0-9]+E[+-]?[0-9]+)", Tok::NumFloat)
      .rule(R"([+-]?[0-9]*\.[0-9]+?)", Tok::NumFloat)
      .rule(R"([+-]?[0-9]+)", Tok::NumInteger)
      .rule(R"([.,;(){}\[\]]|\^\^)", Tok::Punctuation)
      .rule(R"(<[^>]*>)", Tok::NameLabel)
      .rule(R"((?i)base\b)", Tok::KeywordDeclaration)
      .rule(R"((?i)prefix\b)", Tok::KeywordDeclaration)
      .rule(R"(GRAPH\b)", Tok::Keyword)
      .rule(R"(a\b)", Tok::Keyword)
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"([^:;<>#\@"\(\).\[\]\{\} ]*:)", Tok::NameNamespace)
      .rule(R"([^:;<>#\@"\(\).\[\]\{\} ]+)", Tok::Name);
   l.finish();
   return l;
}

}  // namespace

const Lexer& turtle_lexer() {
   static const Lexer lexer = make_turtle();
   return lexer;
}

}  // namespace jekyllpp::highlight
