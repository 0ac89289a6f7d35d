// Rouge's Visual Basic lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "AddHandler Alias ByRef ByVal CBool CByte CChar CDate CDbl CDec CInt CLng CObj CSByte CShort "
   "CSng CStr CType CUInt CULng CUShort Call Case Catch Class Const Continue Declare Default "
   "Delegate Dim DirectCast Do Each Else ElseIf End EndIf Enum Erase Error Event Exit False "
   "Finally For Friend Function Get Global GoSub GoTo Handles If Implements Imports Inherits "
   "Interface Let Lib Loop Me Module MustInherit MustOverride MyBase MyClass Namespace Narrowing "
   "New Next Not NotInheritable NotOverridable Nothing Of On Operator Option Optional Overloads "
   "Overridable Overrides ParamArray Partial Private Property Protected Public RaiseEvent ReDim "
   "ReadOnly RemoveHandler Resume Return Select Set Shadows Shared Single Static Step Stop "
   "Structure Sub SyncLock Then Throw To True Try TryCast Using Wend When While Widening With "
   "WithEvents WriteOnly");
const Words keywords_type(
   "Boolean Byte Char Date Decimal Double Integer Long Object SByte Short Single String Variant "
   "UInteger ULong UShort");
const Words operator_words(
   "AddressOf And AndAlso As GetType In Is IsNot Like Mod Or OrElse TypeOf Xor");
const Words builtins("Console ConsoleColor");

const std::string id = R"((?i:[a-z_]\w*))";

Lexer make_vb() {
   Lexer l("vb");
   l.state("whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(\n)", Tok::Text, "bol")
      .rule(R"((?i)rem\b.*?$)", Tok::CommentSingle)
      .rule(R"((?m)%\{.*?%\})", Tok::CommentMultiline)
      .rule(R"('.*$)", Tok::CommentSingle);
   // Not reached (the \s+ rule takes line breaks), and its last rule does not pop, as in Rouge.
   l.state("bol").rule(R"(\s+)", Tok::Text).rule(R"(<.*?>)", Tok::NameAttribute).rule("", Tok::Text);
   l.state("root")
      .mixin("whitespace")
      .rule(R"([#]If\b.*?\bThen|[#]ElseIf\b.*?\bThen|[#]End\s+If|[#]Const|)"
            R"([#]ExternalSource.*?\n|[#]End\s+ExternalSource|[#]Region.*?\n|[#]End\s+Region|)"
            R"([#]ExternalChecksum)",
            Tok::CommentPreproc)
      .rule(R"([.])", Tok::Punctuation, "dotted")
      .rule(R"([(){}!#,:])", Tok::Punctuation)
      .rule(R"(Option\s+(Strict|Explicit|Compare)\s+(On|Off|Binary|Text))", Tok::KeywordDeclaration)
      .rule(R"(End\b)", Tok::Keyword, "end")
      .rule(R"((Dim|Const)\b)", Tok::Keyword, "dim")
      .rule(R"((Function|Sub|Property)\b)", Tok::Keyword, "funcname")
      .rule(R"((Class|Structure|Enum)\b)", Tok::Keyword, "classname")
      .rule(R"((Module|Namespace|Imports)\b)", Tok::Keyword, "namespace")
      .rule(R"([A-Z]\w*)", [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (keywords_type.has(word)) r.token(Tok::KeywordType);
         else if (operator_words.has(word)) r.token(Tok::OperatorWord);
         else if (builtins.has(word)) r.token(Tok::NameBuiltin);
         else r.token(Tok::Name);
      })
      .rule(R"(&=|[*]=|/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*/\\^+=<>.])",
            Tok::Operator)
      .rule(R"(")", Tok::Str, "string")
      .rule(id + R"([%&@!#\$]?)", Tok::Name)
      .rule(R"(#.*?#)", Tok::LiteralDate)
      .rule(R"((?i)(\d+\.\d*|\d*\.\d+)(f[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"(\d+([SILDFR]|US|UI|UL)?)", Tok::NumInteger)
      .rule(R"(&H[0-9a-f]+([SILDFR]|US|UI|UL)?)", Tok::NumInteger)
      .rule(R"(&O[0-7]+([SILDFR]|US|UI|UL)?)", Tok::NumInteger)
      .rule(R"(_\n)", Tok::Keyword);
   l.state("dotted").mixin("whitespace").rule(id, Tok::Name, "#pop");
   l.state("string")
      .rule(R"("")", Tok::StrEscape)
      .rule(R"("C?)", Tok::Str, "#pop")
      .rule(R"([^"]+)", Tok::Str);
   l.state("dim")
      .mixin("whitespace")
      .rule(id, Tok::NameVariable, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("funcname").mixin("whitespace").rule(id, Tok::NameFunction, "#pop");
   l.state("classname").mixin("whitespace").rule(id, Tok::NameClass, "#pop");
   l.state("namespace").mixin("whitespace").rule(id + "([.]" + id + ")*", Tok::NameNamespace, "#pop");
   l.state("end")
      .mixin("whitespace")
      .rule(R"((Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\b)", Tok::Keyword,
            "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& vb_lexer() {
   static const Lexer lexer = make_vb();
   return lexer;
}

}  // namespace jekyllpp::highlight
