// Rouge's ReasonML lexer: OCaml's words and literals (ReasonML adds `switch`) with C-style
// comments, // line comments and no `match`/`raise` keywords.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/ml_family.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "as assert begin class constraint do done downto else end exception external false for fun "
   "function functor if in include inherit initializer lazy let module mutable new nonrec "
   "object of open rec sig struct then to true try type val virtual when while with switch");
const Words word_operators("and asr land lor lsl lxor mod or");
const Words primitives("unit int float bool string char list array");

const std::string id = R"((?i:[a-z_][\w']*))";
const std::string upper_id = R"([A-Z][\w']*)";

Lexer make_reasonml() {
   Lexer l("reasonml");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(false|true|[(][)]|\[\])", Tok::NameBuiltinPseudo)
      .rule(upper_id + R"((?=\s*[.]))", Tok::NameNamespace, "dotted")
      .rule("`" + id, Tok::NameTag)
      .rule(upper_id, Tok::NameClass)
      .rule(R"(//.*)", Tok::CommentSingle)
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (word_operators.has(word)) r.token(Tok::OperatorWord);
         else if (primitives.has(word)) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule(R"([(){}\[\];]+)", Tok::Punctuation)
      .rule(R"([;,_!$%&*+./:<=>?@^|~#-]+)", Tok::Operator)
      .rule(R"((?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*))", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f][0-9a-f_]*)", Tok::NumHex)
      .rule(R"((?i)0o[0-7][0-7_]*)", Tok::NumOct)
      .rule(R"((?i)0b[01][01_]*)", Tok::NumBin)
      .rule(R"(\d[\d_]*)", Tok::NumInteger)
      .rule(R"~('(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))')~", Tok::StrChar)
      .rule(R"('[^'\/]')", Tok::StrChar)
      .rule(R"(')", Tok::Keyword)
      .rule(R"(")", Tok::StrDouble, "string")
      .rule("[~?]" + id, Tok::NameVariable);
   l.state("comment")
      .rule(R"([^/*]+)", Tok::CommentMultiline)
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule(R"(\*/)", Tok::CommentMultiline, "#pop")
      .rule(R"([*/])", Tok::CommentMultiline);
   add_ml_string(l);
   add_ml_dotted(l, id, upper_id, R"([({\[])");
   l.finish();
   return l;
}

}  // namespace

const Lexer& reasonml_lexer() {
   static const Lexer lexer = make_reasonml();
   return lexer;
}

}  // namespace jekyllpp::highlight
