// Rouge's OpenEdge ABL lexer (Progress 4GL): keywords (shown as builtins), data types,
// &preprocessor names and {&includes}.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/openedge_words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words types(
   "BLOB CHARACTER CHAR CLOB COM-HANDLE DATE DATETIME DATETIME-TZ DECIMAL DEC HANDLE INT64 "
   "INTEGER INT LOGICAL LONGCHAR MEMPTR RAW RECID ROWID WIDGET-HANDLE");

Lexer make_openedge() {
   Lexer l("openedge");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((\.)(\s+))", {Tok::Operator, Tok::Text})
      .rule(R"(//[^\n]*)", Tok::CommentSingle)
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline)
      .rule(R"((\{?&)(\S+))", [](Runner& r) {
         r.groups({Tok::CommentPreproc, Tok::NameOther});
         r.push("preproc");
      })
      .rule(R"(")", Tok::Str, "string")
      .rule(R"((?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])')", Tok::StrChar)
      .mixin("numbers")
      .rule(R"(\*/)", Tok::Error)
      .rule(R"([~!%^*+=\|?:<>/-])", Tok::Operator)
      .rule(R"([()\[\],])", Tok::Punctuation)
      .rule(R"((?i)(?:TRUE|FALSE|NULL)\b)", Tok::KeywordConstant)
      .rule(R"([a-zA-Z_&{}][a-zA-Z0-9_\-&}]*)", [](Runner& r) {
         std::string name = ascii_upcase(r.m());
         if (openedge_keywords().has(name)) r.token(Tok::NameBuiltin);
         else if (types.has(name)) r.token(Tok::KeywordType);
         else r.token(Tok::NameVariable);
      });
   l.state("numbers")
      .rule(R"((?i)(?:\d+[.]\d*|[.]\d+)(?:e[+-]?\d+[lu]*)?)", Tok::NumFloat)
      .rule(R"((?i)\d+e[+-]?\d+[lu]*)", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f]+[lu]*)", Tok::NumHex)
      .rule(R"((?i)0[0-7]+[lu]*)", Tok::NumOct)
      .rule(R"((?i)\d+[lu]*)", Tok::NumInteger);
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3}))", Tok::StrEscape)
      .rule(R"([^\\"]+)", Tok::Str)
      .rule(R"(\\)", Tok::Str);  // a stray backslash
   l.state("preproc")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(({?&)(\S+))", {Tok::CommentPreproc, Tok::NameOther})
      .rule(R"(")", Tok::Str, "string")
      .mixin("numbers")
      .rule(R"(\S+)", Tok::Name);
   l.finish();
   return l;
}

}  // namespace

const Lexer& openedge_lexer() {
   static const Lexer lexer = make_openedge();
   return lexer;
}

}  // namespace jekyllpp::highlight
