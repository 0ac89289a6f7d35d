#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?i:@?[_a-z]\w*))";

Lexer make_csharp() {
   static const std::string keywords = alternation(
      "abstract as base break case catch checked const continue default delegate do else enum "
      "event explicit extern false finally fixed for foreach goto if implicit in interface "
      "internal is lock new null operator out override params private protected public readonly "
      "ref return sealed sizeof stackalloc static switch this throw true try typeof unchecked "
      "unsafe virtual void volatile while add alias async await get global partial remove set "
      "value where yield nameof ascending by descending equals from group in into join let on "
      "orderby select");
   static const std::string types = alternation(
      "bool byte char decimal double dynamic float int long object sbyte short string uint ulong "
      "ushort var");
   Lexer l("csharp");
   l.state("whitespace")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline);
   l.state("nest")
      .rule(R"(\{)", Tok::Punctuation, "nest")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .mixin("root");
   l.state("splice_string")
      .rule(R"(\\.)", Tok::Str)
      .rule(R"(\{)", Tok::Punctuation, "nest")
      .rule(R"("|\n)", Tok::Str, "#pop")
      .rule(R"(.)", Tok::Str);
   l.state("splice_literal")
      .rule(R"("")", Tok::Str)
      .rule(R"(\{)", Tok::Punctuation, "nest")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(.)", Tok::Str);
   l.state("root")
      .mixin("whitespace")
      .rule(R"([$]\s*")", Tok::Str, "splice_string")
      .rule(R"([$]@\s*")", Tok::Str, "splice_literal")
      .rule(R"((<\[)\s*()" + id + ":)?", Tok::Keyword)
      .rule(R"(\]>)", Tok::Keyword)
      .rule(R"([~!%^&*()+=|\[\]{}:;,.<>\/?-])", Tok::Punctuation)
      .rule(R"((?m)@"(""|[^"])*")", Tok::Str)
      .rule(R"("(\\.|.)*?["\n])", Tok::Str)
      .rule(R"('(\\.|.)')", Tok::StrChar)
      .rule(R"((?i)0x[0-9a-f]+[lu]?)", Tok::Num)
      .rule(R"((?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?)", Tok::Num)
      .rule(R"(\b(?:class|struct|interface)\b)", Tok::Keyword, "class")
      .rule(R"(\b(?:namespace|using)\b)", Tok::Keyword, "namespace")
      .rule(R"(^#[ \t]*(if|endif|else|elif|define|undef|line|error|warning|region|endregion|)"
            R"(pragma)\b.*?\n)",
            Tok::CommentPreproc)
      .rule(R"(\b()" + keywords + R"()\b)", Tok::Keyword)
      .rule(R"(\b()" + types + R"()\b)", Tok::KeywordType)
      .rule(id + R"((?=\s*[(]))", Tok::NameFunction)
      .rule(id, Tok::Name);
   l.state("class").mixin("whitespace").rule(id, Tok::NameClass, "#pop");
   l.state("namespace")
      .mixin("whitespace")
      .rule(R"((?=[(]))", Tok::Text, "#pop")
      .rule("(" + id + R"(|[.])+)", Tok::NameNamespace, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& csharp_lexer() {
   static const Lexer lexer = make_csharp();
   return lexer;
}

}  // namespace jekyllpp::highlight
