// Rouge's Ceylon lexer. Its word patterns are written over several lines without the extended
// flag, so a word at the start of a continuation line (`late`, `if`, `nonempty`, `annotation`)
// only matches with the line break and indentation before it; they are kept as Rouge has them.
// "/*" is a comment token of its own: Rouge never enters its comment state.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string continuation = "\n          ";
const std::string decorators =
   "(shared|abstract|formal|default|actual|variable|deprecated|small|" + continuation +
   "late|literal|doc|by|see|throws|optional|license|tagged|final|native|" + continuation +
   R"(annotation|sealed)\b)";
const std::string keywords =
   "(break|case|catch|continue|else|finally|for|in|" + continuation +
   "if|return|switch|this|throw|try|while|is|exists|dynamic|" + continuation +
   R"(nonempty|then|outer|assert|let)\b)";
const std::string string = R"("(\\\\|\\"|[^"])*")";

Lexer make_ceylon() {
   Lexer l("ceylon");
   l.state("whitespace")
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(//.*?\n)", Tok::CommentSingle)
      .rule(R"(/\*)", Tok::CommentMultiline);
   l.state("root")
      .mixin("whitespace")
      .rule(decorators, Tok::NameDecorator)
      .rule(keywords, Tok::Keyword)
      .rule(R"((abstracts|extends|satisfies|super|given|of|out|assign)\b)", Tok::KeywordDeclaration)
      .rule(R"((function|value|void|new)\b)", Tok::KeywordType)
      .rule(R"((assembly|module|package)(\s+))", {Tok::KeywordNamespace, Tok::Text}, "import")
      .rule(R"((true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"((class|interface|object|alias)(\s+))", {Tok::KeywordDeclaration, Tok::Text},
            "class")
      .rule(R"((import)(\s+))", {Tok::KeywordNamespace, Tok::Text}, "import")
      .rule(string, Tok::Str)
      .rule(R"('\\.'|'[^\\]'|'\\\{#[0-9a-fA-F]{4}\}')", Tok::StrChar)
      .rule(R"("[^`]*``[^`]*``[^`]*")", Tok::StrInterpol)
      .rule(R"((\.)([a-z_]\w*))", {Tok::Operator, Tok::NameAttribute})
      .rule(R"([a-zA-Z_]\w*:)", Tok::NameLabel)
      .rule(R"((\\I[a-z]|[A-Z])\w*)", Tok::NameDecorator)
      .rule(R"([a-zA-Z_]\w*)", Tok::Name)
      .rule(R"([~^*!%&\[\](){}<>|+=:;,./?`-])", Tok::Operator)
      .rule(R"(\d{1,3}(_\d{3})+\.\d{1,3}(_\d{3})+[kMGTPmunpf]?)", Tok::NumFloat)
      .rule(R"(\d{1,3}(_\d{3})+\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?)", Tok::NumFloat)
      .rule(R"([0-9][0-9]*\.\d{1,3}(_\d{3})+[kMGTPmunpf]?)", Tok::NumFloat)
      .rule(R"([0-9][0-9]*\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?)", Tok::NumFloat)
      .rule(R"(#([0-9a-fA-F]{4})(_[0-9a-fA-F]{4})+)", Tok::NumHex)
      .rule("#[0-9a-fA-F]+", Tok::NumHex)
      .rule(R"(\$([01]{4})(_[01]{4})+)", Tok::NumBin)
      .rule(R"(\$[01]+)", Tok::NumBin)
      .rule(R"(\d{1,3}(_\d{3})+[kMGTP]?)", Tok::NumInteger)
      .rule("[0-9]+[kMGTP]?", Tok::NumInteger)
      .rule(R"(\n)", Tok::Text);
   l.state("class").mixin("whitespace").rule(R"([A-Za-z_]\w*)", Tok::NameClass, "#pop");
   l.state("import")
      .rule(R"([a-z][\w.]*)", Tok::NameNamespace, "#pop")
      .rule(string, Tok::Str, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& ceylon_lexer() {
   static const Lexer lexer = make_ceylon();
   return lexer;
}

}  // namespace jekyllpp::highlight
