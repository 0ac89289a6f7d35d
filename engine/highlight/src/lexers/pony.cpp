// Rouge's Pony lexer: reference capabilities, keywords and the standard numeric types.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "actor addressof and as be break class compiler_intrinsic consume continue do else elseif "
   "embed end error for fun if ifdef in interface is isnt lambda let match new not object "
   "primitive recover repeat return struct then this trait try type until use var where while "
   "with");
const Words capabilities("box iso ref tag trn val");
const Words types(
   "Number Signed Unsigned Float I8 I16 I32 I64 I128 U8 U32 U64 U128 F32 F64 EventID Align "
   "IntFormat NumberPrefix FloatFormat Type");

Lexer make_pony() {
   Lexer l("pony");
   l.state("whitespace").rule(R"((?m)\s+)", Tok::Text);
   l.state("root")
      .mixin("whitespace")
      .rule(R"(""")", Tok::StrDoc, "docstring")
      .rule(R"(//.*)", Tok::CommentSingle)
      .rule(R"(/(\\\n)?[*](.|\n)*?[*](\\\n)?/)", Tok::CommentMultiline)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"([~!%^&*+=\|?:<>/-])", Tok::Operator)
      .rule(R"((true|false|NULL)\b)", Tok::NameConstant)
      .rule(R"((?:[A-Z_][a-zA-Z0-9_]*))", Tok::NameClass)
      .rule(R"([()\[\],.';])", Tok::Punctuation)
      .rule(R"(0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?)", Tok::NumFloat)
      .rule(R"([0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?)", Tok::NumFloat)
      .rule(R"(\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?)", Tok::NumFloat)
      .rule(R"(0[xX][0-9a-fA-F_]+)", Tok::NumHex)
      .rule(R"((0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?)", Tok::NumInteger)
      .rule(R"((?i)[a-z_][a-z0-9_]*)", [](Runner& r) {
         std::string_view word = r.m();
         if (capabilities.has(word)) r.token(Tok::KeywordDeclaration);
         else if (keywords.has(word)) r.token(Tok::KeywordReserved);
         else if (types.has(word)) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      });
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3}))", Tok::StrEscape)
      .rule(R"([^\\"\n]+)", Tok::Str)
      .rule(R"(\\\n)", Tok::Str)
      .rule(R"(\\)", Tok::Str);  // a stray backslash
   l.state("docstring")
      .rule(R"(""")", Tok::StrDoc, "#pop")
      .rule(R"(\n)", Tok::StrDoc)
      .rule(R"(.)", Tok::StrDoc);
   l.finish();
   return l;
}

}  // namespace

const Lexer& pony_lexer() {
   static const Lexer lexer = make_pony();
   return lexer;
}

}  // namespace jekyllpp::highlight
