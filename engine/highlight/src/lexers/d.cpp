// Rouge's D lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keywords = alternation(
   "abstract alias align asm assert auto body break case cast catch class const continue debug "
   "default delegate delete deprecated do else enum export extern finally final foreach_reverse "
   "foreach for function goto if immutable import interface invariant inout in is lazy mixin "
   "module new nothrow out override package pragma private protected public pure ref return "
   "scope shared static struct super switch synchronized template this throw try typedef typeid "
   "typeof union unittest version volatile while with __gshared __traits __vector __parameters");
const std::string keywords_type = alternation(
   "bool byte cdouble cent cfloat char creal dchar double float idouble ifloat int ireal long "
   "real short ubyte ucent uint ulong ushort void wchar");
const std::string keywords_pseudo = alternation(
   "__FILE__ __FILE_FULL_PATH__ __MODULE__ __LINE__ __FUNCTION__ __PRETTY_FUNCTION__ __DATE__ "
   "__EOF__ __TIME__ __TIMESTAMP__ __VENDOR__ __VERSION__");

// A q"[...]"-style string: `open` nests inside, `close` then a quote ends it.
void delimited(Lexer& l, const std::string& name, const std::string& open,
               const std::string& close) {
   l.state("delimited_" + name)
      .rule("[^" + open + close + "]+", Tok::Str)
      .rule(open, Tok::Str, "delimited_inside_" + name)
      .rule(close + "\"", Tok::Str, "#pop");
   l.state("delimited_inside_" + name)
      .rule("[^" + open + close + "]+", Tok::Str)
      .rule(open, Tok::Str, "#push")
      .rule(close, Tok::Str, "#pop");
}

Lexer make_d() {
   Lexer l("d");
   l.state("root")
      .rule(R"((?m)\n)", Tok::Text)
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(//.*)", Tok::CommentSingle)
      .rule(R"(/(\\\n)?[*](.|\n)*?[*](\\\n)?/)", Tok::CommentMultiline)
      .rule(R"(/\+)", Tok::CommentMultiline, "nested_comment")
      .rule("(" + keywords + R"()\b)", Tok::Keyword)
      .rule("(" + keywords_type + R"()\b)", Tok::KeywordType)
      .rule(R"((false|true|null)\b)", Tok::KeywordConstant)
      .rule("(" + keywords_pseudo + R"()\b)", Tok::KeywordPseudo)
      .rule(R"(macro\b)", Tok::KeywordReserved)
      .rule(R"((string|wstring|dstring|size_t|ptrdiff_t)\b)", Tok::NameBuiltin)
      .rule(R"(0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?)",
            Tok::NumFloat)
      .rule(R"([0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?)",
            Tok::NumFloat)
      .rule(R"(\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?)", Tok::NumFloat)
      .rule(R"(0[Bb][01_]+)", Tok::NumBin)
      .rule(R"(0[0-7_]+)", Tok::NumOct)
      .rule(R"(0[xX][0-9a-fA-F_]+)", Tok::NumHex)
      .rule(R"((0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?)", Tok::NumInteger)
      .rule(R"~('(\\['"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\&\w+;|.)')~",
            Tok::StrChar)
      .rule(R"~(r"[^"]*"[cwd]?)~", Tok::Str)
      .rule(R"(`[^`]*`[cwd]?)", Tok::Str)
      .rule(R"~("(\\\\|\\"|[^"])*"[cwd]?)~", Tok::Str)
      .rule(R"~(\\(['\"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|&\w+;))~",
            Tok::Str)
      .rule(R"~(x"[0-9a-fA-F_\s]*"[cwd]?)~", Tok::Str)
      .rule(R"~(q"\[)~", Tok::Str, "delimited_bracket")
      .rule(R"~(q"\()~", Tok::Str, "delimited_parenthesis")
      .rule(R"~(q"<)~", Tok::Str, "delimited_angle")
      .rule(R"~(q"\{)~", Tok::Str, "delimited_curly")
      .rule(R"~(q"([a-zA-Z_]\w*)\n.*?\n\1")~", Tok::Str)
      .rule(R"~(q"(.).*?\1")~", Tok::Str)
      .rule(R"(q\{)", Tok::Str, "token_string")
      .rule(R"(@([a-zA-Z_]\w*)?)", Tok::NameDecorator)
      .rule(R"((~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|)"
            R"(<=|\+\+|\+=|--|-=|\|\||\|=|&&|&=|\.\.\.|\.\.|/=)|[/.&|\-+<>!()\[\]{}?,;:$=*%^~])",
            Tok::Punctuation)
      .rule(R"([a-zA-Z_]\w*)", Tok::Name)
      .rule(R"(#line\s.*\n)", Tok::CommentSpecial);
   l.state("nested_comment")
      .rule(R"([^+/]+)", Tok::CommentMultiline)
      .rule(R"(/\+)", Tok::CommentMultiline, "#push")
      .rule(R"(\+/)", Tok::CommentMultiline, "#pop")
      .rule(R"([+/])", Tok::CommentMultiline);
   l.state("token_string")
      .rule(R"(\{)", Tok::Punctuation, "token_string_nest")
      .rule(R"(\})", Tok::Str, "#pop")
      .mixin("root");
   l.state("token_string_nest")
      .rule(R"(\{)", Tok::Punctuation, "#push")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .mixin("root");
   delimited(l, "bracket", R"(\[)", R"(\])");
   delimited(l, "parenthesis", R"(\()", R"(\))");
   delimited(l, "angle", "<", ">");
   delimited(l, "curly", R"(\{)", R"(\})");
   l.finish();
   return l;
}

}  // namespace

const Lexer& d_lexer() {
   static const Lexer lexer = make_d();
   return lexer;
}

}  // namespace jekyllpp::highlight
