// Rouge's Pascal lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keywords = alternation(
   "absolute abstract all and and_then array as asm assembler attribute begin bindable case "
   "class const constructor delay destructor div do downto else end except exit export exports "
   "external far file finalization finally for forward function goto if implementation import "
   "in inc index inherited initialization inline interface interrupt is label library message "
   "mod module near nil not object of on only operator or or_else otherwise out overload "
   "override packed pascal pow private procedure program property protected public published "
   "qualified raise read record register repeat resident resourcestring restricted safecall "
   "segment set shl shr stdcall stored string then threadvar to try type unit until uses value "
   "var view virtual while with write writeln xor");
const std::string keywords_type = alternation(
   "ansichar ansistring bool boolean byte bytebool cardinal char comp currency double dword "
   "extended int64 integer iunknown longbool longint longword pansichar pansistring pbool "
   "pboolean pbyte pbytearray pcardinal pchar pcomp pcurrency pdate pdatetime pdouble pdword "
   "pextended phandle pint64 pinteger plongint plongword pointer ppointer pshortint "
   "pshortstring psingle psmallint pstring pvariant pwidechar pwidestring pword pwordarray "
   "pwordbool real real48 shortint shortstring single smallint string tclass tdate tdatetime "
   "textfile thandle tobject ttime variant widechar widestring word wordbool");

Lexer make_pascal() {
   Lexer l("pascal");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((//).*$\n?)", Tok::CommentSingle)
      .rule(R"((--).*$\n?)", Tok::CommentSingle)
      .rule(R"((?m)\(\*.*?\*\))", Tok::CommentMultiline)
      .rule(R"((?m)\{.*?\})", Tok::CommentMultiline)
      .rule(R"(((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?))"
            R"((L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?)",
            Tok::Num)
      .rule(R"(\$[0-9A-Fa-f]+)", Tok::NumHex)
      .rule(R"([~!@#\$%\^&\*\(\)\+`\-={}\[\]:;<>\?,\.\/\|\\])", Tok::Punctuation)
      .rule(R"('([^']|'')*')", Tok::Str)
      .rule(R"((?i)(true|false|nil)\b)", Tok::NameBuiltin)
      .rule(R"((?i)\b()" + keywords + R"()\b)", Tok::Keyword)
      .rule(R"((?i)\b()" + keywords_type + R"()\b)", Tok::KeywordType)
      .rule(R"((?i)@?[_a-z]\w*)", Tok::Name);
   l.finish();
   return l;
}

}  // namespace

const Lexer& pascal_lexer() {
   static const Lexer lexer = make_pascal();
   return lexer;
}

}  // namespace jekyllpp::highlight
