// Rouge's Vala lexer: a C#-like language, words matched as \b(a|b|...)\b alternations.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?i-mx:@?[_a-z]\w*))";

Lexer make_vala() {
   static const std::string keywords = alternation(
      "abstract as async base break case catch const construct continue default delegate delete "
      "do dynamic else ensures enum errordomain extern false finally for foreach get global if in "
      "inline interface internal is lock new null out override owned private protected public ref "
      "requires return set signal sizeof static switch this throw throws true try typeof unowned "
      "var value virtual void weak while yield");
   static const std::string types = alternation(
      "bool char double float int int8 int16 int32 int64 long short size_t ssize_t string unichar "
      "uint uint8 uint16 uint32 uint64 ulong ushort");
   Lexer l("vala");
   l.state("whitespace")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline);
   l.state("root")
      .mixin("whitespace")
      .rule(R"(^\s*\[.*?\])", Tok::NameAttribute)
      .rule(R"((<\[)\s*()" + id + ":)?", Tok::Keyword)
      .rule(R"(\]>)", Tok::Keyword)
      .rule(R"([~!%^&*()+=|\[\]{}:;,.<>\/?-])", Tok::Punctuation)
      .rule(R"(@"(\\.|.)*?")", Tok::Str)
      .rule(R"("(\\.|.)*?["\n])", Tok::Str)
      .rule(R"('(\\.|.)')", Tok::StrChar)
      .rule(R"((?i)0x[0-9a-f]+[lu]?)", Tok::Num)
      .rule(R"((?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?)", Tok::Num)
      .rule(R"(\b()" + keywords + R"()\b)", Tok::Keyword)
      .rule(R"(\b()" + types + R"()\b)", Tok::KeywordType)
      .rule(R"(class|struct)", Tok::Keyword, "class")
      .rule(R"(namespace|using)", Tok::Keyword, "namespace")
      .rule(id + R"((?=\s*[(]))", Tok::NameFunction)
      .rule(id, Tok::Name)
      .rule(R"(#.*)", Tok::CommentPreproc);
   l.state("class").mixin("whitespace").rule(id, Tok::NameClass, "#pop");
   l.state("namespace")
      .mixin("whitespace")
      .rule(R"((?=[(]))", Tok::Text, "#pop")
      .rule("(" + id + R"(|[.])+)", Tok::NameNamespace, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& vala_lexer() {
   static const Lexer lexer = make_vala();
   return lexer;
}

}  // namespace jekyllpp::highlight
