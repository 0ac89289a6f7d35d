// Rouge's TTCN-3 lexer (Testing and Test Control Notation): keywords and conversion functions,
// types, 'bits'B 'hex'H 'octets'O strings and numbers with _ separators.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "module import group type port component signature external execute const template function "
   "altstep testcase var timer if else select case for while do label goto start stop return "
   "break int2char int2unichar int2bit int2enum int2hex int2oct int2str int2float float2int "
   "char2int char2oct unichar2int unichar2oct bit2int bit2hex bit2oct bit2str hex2int hex2bit "
   "hex2oct hex2str oct2int oct2bit oct2hex oct2str oct2char oct2unichar str2int str2hex "
   "str2oct str2float enum2int any2unistr lengthof sizeof ispresent ischosen isvalue isbound "
   "istemplatekind regexp substr replace encvalue decvalue encvalue_unichar decvalue_unichar "
   "encvalue_o decvalue_o get_stringencoding remove_bom rnd hostid send receive setverdict");
const Words reserved(
   "all alt apply assert at configuration conjunct const control delta deterministic disjunct "
   "duration fail finished fuzzy from history implies inconc inv lazy mod mode notinv now omit "
   "onentry onexit par pass prev realtime seq setstate static stepsize stream timestamp until "
   "values wait");
const Words types(
   "anytype address boolean bitstring charstring hexstring octetstring component enumerated "
   "float integer port record set of union universal");

const std::string id = R"([a-zA-Z_]\w*)";
// Digits, each kind allowing "_" between two digits; interpolated as groups, as Rouge's are.
const std::string digit = R"((?-i:\d_+\d|\d))";
const std::string bin_digit = R"((?-i:[01]_+[01]|[01]))";
const std::string oct_digit = R"((?-i:[0-7]_+[0-7]|[0-7]))";
const std::string hex_digit = R"((?-i:[0-9a-fA-F]_+[0-9a-fA-F]|[0-9a-fA-F]))";

Lexer make_ttcn3() {
   Lexer l("ttcn3");
   l.state("statements")
      .rule(R"((?m)\n+)", Tok::Text)
      .rule(R"([ \t\r]+)", Tok::Text)
      .rule(R"(\\\n)", Tok::Text)  // a line continuation
      .rule(R"(//(\\.|.)*?$)", Tok::CommentSingle)
      .rule(R"((?m)/(\\\n)?[*].*?[*](\\\n)?/)", Tok::CommentMultiline)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"('(?:\\.|[^\\]|\\u[0-9a-f]{4})')", Tok::StrChar)
      .rule("(?i)" + digit + R"(+\.)" + digit + "+([eE]" + digit + "+)?[fd]?", Tok::NumFloat)
      .rule("(?i)'" + bin_digit + "+'B", Tok::NumBin)
      .rule("(?i)'" + hex_digit + "+'H", Tok::NumHex)
      .rule("(?i)'" + oct_digit + "+'O", Tok::NumOct)
      .rule(digit + "+", Tok::NumInteger)
      .rule(R"([~!%^&*+:=\|?<>/-])", Tok::Operator)
      .rule(R"([()\[\]{},.;:])", Tok::Punctuation)
      .rule(R"((?:true|false|null)\b)", Tok::NameBuiltin)
      .rule(id, [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (types.has(r.m())) r.token(Tok::KeywordType);
         else if (reserved.has(r.m())) r.token(Tok::KeywordReserved);
         else r.token(Tok::Name);
      });
   l.state("root")
      .rule(R"(module\b)", Tok::KeywordDeclaration, "module")
      .rule(R"(import\b)", Tok::KeywordNamespace, "import")
      .mixin("statements");
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3}))", Tok::StrEscape)
      .rule(R"([^\\"\n]+)", Tok::Str)
      .rule(R"(\\\n)", Tok::Str)
      .rule(R"(\\)", Tok::Str);  // a stray backslash
   l.state("module").rule(R"((?m)\s+)", Tok::Text).rule(id, Tok::NameClass, "#pop");
   l.state("import").rule(R"((?m)\s+)", Tok::Text).rule(R"([\w.]+\*?)", Tok::NameNamespace, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& ttcn3_lexer() {
   static const Lexer lexer = make_ttcn3();
   return lexer;
}

}  // namespace jekyllpp::highlight
