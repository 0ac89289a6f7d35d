#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = "(?:[a-zA-Z_]\\w*)";

Lexer make_dart() {
   static const std::string keywords = alternation(
      "as assert await break case catch continue default do else finally for if in is new "
      "rethrow return super switch this throw try while with yield");
   static const std::string declarations = alternation(
      "abstract async dynamic const covariant external extends factory final get implements late "
      "native on operator required set static sync typedef var");
   static const std::string types = alternation(
      "bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern "
      "Set String Symbol Type Uri void");
   Lexer l("dart");
   l.state("root")
      .rule(R"((?mx)^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\())",
            [](Runner& r) {
               r.delegate(dart_lexer(), r.m(1));
               r.token(Tok::NameFunction, r.m(2));
               r.token(Tok::Text, r.m(3));
               r.token(Tok::Punctuation, r.m(4));
            })
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule(R"(")", Tok::Str, "dqs")
      .rule(R"(')", Tok::Str, "sqs")
      .rule(R"(r"[^"]*")", Tok::StrOther)
      .rule(R"(r'[^']*')", Tok::StrOther)
      .rule("(?i)#" + id + "*", Tok::StrSymbol)
      .rule("@" + id, Tok::NameDecorator)
      .rule("(?:" + keywords + R"()\b)", Tok::Keyword)
      .rule("(?:" + declarations + R"()\b)", Tok::KeywordDeclaration)
      .rule("(?:" + types + R"()\b)", Tok::KeywordType)
      .rule(R"((?:true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"((?:class|interface|mixin)\b)", Tok::KeywordDeclaration, "class")
      .rule(R"((?:import|deferred|export|library|part\s*of|part|source)\b)", Tok::KeywordNamespace,
            "import")
      .rule(R"((\.)()" + id + ")", {Tok::Operator, Tok::NameAttribute})
      .rule(id + ":", Tok::NameLabel)
      .rule(R"(\$?)" + id, Tok::Name)
      .rule(R"([~^*!%&\|+=:\/?-])", Tok::Operator)
      .rule(R"([\[\](){}<>\.,;])", Tok::Punctuation)
      .rule(R"(\d*\.\d+([eE]\-?\d+)?)", Tok::NumFloat)
      .rule(R"(0x[\da-fA-F]+)", Tok::NumHex)
      .rule(R"(\d+L?)", Tok::NumInteger)
      .rule(R"(\n)", Tok::Text);
   l.state("class").rule(R"((?m)\s+)", Tok::Text).rule(id, Tok::NameClass, "#pop");
   l.state("dqs")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"([^\\\$"]+)", Tok::Str)
      .mixin("string");
   l.state("sqs")
      .rule(R"(')", Tok::Str, "#pop")
      .rule(R"([^\\\$']+)", Tok::Str)
      .mixin("string");
   l.state("import")
      .rule(R"(;)", Tok::Operator, "#pop")
      .rule(R"((?:show|hide)\b)", Tok::KeywordDeclaration)
      .mixin("root");
   l.state("string").mixin("interpolation").rule(R"(\\[nrt\"\'\\])", Tok::StrEscape);
   l.state("interpolation")
      .rule(R"(\$)" + id, Tok::StrInterpol)
      .rule(R"(\$\{[^\}]+\})", Tok::StrInterpol);
   l.finish();
   return l;
}

}  // namespace

const Lexer& dart_lexer() {
   static const Lexer lexer = make_dart();
   return lexer;
}

}  // namespace jekyllpp::highlight
