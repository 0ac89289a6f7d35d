// Rouge's OCaml lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/ml_family.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "as assert begin class constraint do done downto else end exception external false for fun "
   "function functor if in include inherit initializer lazy let module mutable new nonrec "
   "object of open rec sig struct then to true try type val virtual when while with match "
   "raise");
const Words word_operators("and asr land lor lsl lxor mod or");
const Words primitives("unit int float bool string char list array");

const std::string id = R"((?i:[a-z_][\w']*))";
const std::string upper_id = R"([A-Z][\w']*)";

Lexer make_ocaml() {
   Lexer l("ocaml");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(false|true|[(][)]|\[\])", Tok::NameBuiltinPseudo)
      .rule(upper_id + R"((?=\s*[.]))", Tok::NameNamespace, "dotted")
      .rule("`" + id, Tok::NameTag)
      .rule(upper_id, Tok::NameClass)
      .rule(R"([(][*](?![)]))", Tok::Comment, "comment")
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (word_operators.has(word)) r.token(Tok::OperatorWord);
         else if (primitives.has(word)) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule(R"([(){}\[\];]+)", Tok::Punctuation)
      .rule(R"([;,_!$%&*+./:<=>?@^|~#-]+)", Tok::Operator);
   add_ml_literals(l.state("root"), id);
   add_ml_comment_and_string(l);
   add_ml_dotted(l, id, upper_id, R"([({\[])");
   l.finish();
   return l;
}

}  // namespace

const Lexer& ocaml_lexer() {
   static const Lexer lexer = make_ocaml();
   return lexer;
}

}  // namespace jekyllpp::highlight
