// Rouge's Nim lexer (a port of Pygments' NimrodLexer): keywords may be written with underscores
// between their letters (Nim ignores them), typed number suffixes, raw and triple-quoted strings.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// The words of a space-separated list, each letter allowing an "_" after it, as an alternation.
std::string underscorize(std::string_view list) {
   std::string out;
   bool word_start = true;
   for (char c : list) {
      if (c == ' ') {
         word_start = true;
         continue;
      }
      if (word_start && !out.empty()) out += '|';
      word_start = false;
      out += c;
      out += "_?";
   }
   return out;
}

std::string word_rule(std::string_view list) { return "(" + underscorize(list) + R"()\b)"; }

Lexer make_nim() {
   Lexer l("nim");
   l.state("chars")
      .rule(R"(\\([\\abcefnrtvl"\']|x[a-fA-F0-9]{2}|[0-9]{1,3}))", Tok::StrEscape)
      .rule(R"(')", Tok::StrChar, "#pop")
      .rule(R"(.)", Tok::StrChar);
   l.state("strings")
      .rule(R"((?<!\$)\$(\d+|#|\w+)+)", Tok::StrInterpol)
      .rule(R"([^\\\'"\$\n]+)", Tok::Str)
      .rule(R"([\'"\\])", Tok::Str)
      .rule(R"(\$)", Tok::Str);
   l.state("dqs")
      .rule(R"(\\([\\abcefnrtvl"\']|\n|x[a-fA-F0-9]{2}|[0-9]{1,3}))", Tok::StrEscape)
      .rule(R"(")", Tok::Str, "#pop")
      .mixin("strings");
   l.state("rdqs")
      .rule(R"("(?!"))", Tok::Str, "#pop")
      .rule(R"(")", Tok::StrEscape, "#pop")
      .mixin("strings");
   l.state("tdqs").rule(R"("""(?!"))", Tok::Str, "#pop").mixin("strings").mixin("nl");
   l.state("funcname")
      .rule(R"(((?![\d_])\w)(((?!_)\w)|(_(?!_)\w))*)", Tok::NameFunction, "#pop")
      .rule(R"(`.+`)", Tok::NameFunction, "#pop");
   l.state("nl").rule(R"(\n)", Tok::Str);
   l.state("floatnumber")
      .rule(R"(\.(?!\.)[0-9_]*)", Tok::NumFloat)
      .rule(R"([eE][+-]?[0-9][0-9_]*)", Tok::NumFloat)
      .rule("", Tok::Text, "#pop");
   l.state("floatsuffix").rule(R"('?[fF](32|64))", Tok::NumFloat).rule("", Tok::Text, "#pop");
   l.state("intsuffix")
      .rule(R"('?[iI](32|64))", Tok::NumIntegerLong)
      .rule(R"('?[iI](8|16))", Tok::NumInteger)
      .rule(R"('?[uU])", Tok::NumInteger)
      .rule("", Tok::Text, "#pop");
   l.state("root")
      .rule(R"(##.*$)", Tok::StrDoc)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"(\*|=|>|<|\+|-|\/|@|\$|~|&|%|\!|\?|\||\\|\[|\])", Tok::Operator)
      .rule(R"(\.\.|\.|,|\[\.|\.\]|\{\.|\.\}|\(\.|\.\)|\{|\}|\(|\)|:|\^|`|;)", Tok::Punctuation)
      .rule(R"~((?:\w+)")~", Tok::Str, "rdqs")
      .rule(R"(""")", Tok::Str, "tdqs")
      .rule(R"(")", Tok::Str, "dqs")
      .rule(R"(')", Tok::StrChar, "chars")
      .rule(word_rule("and or not xor shl shr div mod in notin is isnot"), Tok::OperatorWord)
      .rule(R"((p_?r_?o_?c_?\s)(?![\(\[\]]))", Tok::Keyword, "funcname")
      .rule(word_rule("addr as asm atomic bind block break case cast const continue converter defer "
                      "discard distinct do elif else end enum except export func finally for from "
                      "generic if import include interface iterator let macro method mixin nil "
                      "object of out proc ptr raise ref return static template try tuple type "
                      "using var when while with without yield"),
            Tok::Keyword)
      .rule(word_rule("from import include"), Tok::KeywordNamespace)
      .rule(R"((v_?a_?r)\b)", Tok::KeywordDeclaration)
      .rule(word_rule("int int8 int16 int32 int64 float float32 float64 bool char range array seq "
                      "set string"),
            Tok::KeywordType)
      .rule(word_rule("nil true false"), Tok::KeywordPseudo)
      .rule(R"(\b((?![_\d])\w)(((?!_)\w)|(_(?!_)\w))*)", Tok::Name)
      .rule(R"([0-9][0-9_]*(?=([eE.]|'?[fF](32|64))))", [](Runner& r) {
         r.push("floatsuffix");
         r.push("floatnumber");
         r.token(Tok::NumFloat);
      })
      .rule(R"(0[xX][a-fA-F0-9][a-fA-F0-9_]*)", Tok::NumHex, "intsuffix")
      .rule(R"(0[bB][01][01_]*)", Tok::Num, "intsuffix")
      .rule(R"(0o[0-7][0-7_]*)", Tok::NumOct, "intsuffix")
      .rule(R"([0-9][0-9_]*)", Tok::NumInteger, "intsuffix")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(.+$)", Tok::Error);
   l.finish();
   return l;
}

}  // namespace

const Lexer& nim_lexer() {
   static const Lexer lexer = make_nim();
   return lexer;
}

}  // namespace jekyllpp::highlight
