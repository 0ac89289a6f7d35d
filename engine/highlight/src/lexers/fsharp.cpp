// Rouge's F# lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/ml_family.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "abstract and as assert base begin class default delegate do done downcast downto elif else "
   "end exception extern false finally for fun function global if in inherit inline interface "
   "internal lazy let let! match member module mutable namespace new not null of open or "
   "override private public rec return return! select static struct then to true try type "
   "upcast use use! val void when while with yield yield! sig atomic break checked component "
   "const constraint constructor continue eager event external fixed functor include method "
   "mixin object parallel process protected pure sealed tailcall trait virtual volatile");
// Operators written as punctuation ("+" is not one: Rouge lists it as "\+").
const Words keyopts(
   "!= # & && ( ) * , - -. -> . .. : :: := :> ; ;; < <- = > >] >} ? ?? [ [< [> [| ] _ ` { {< | "
   "|] } ~ |> <| <>");
const Words word_operators("and asr land lor lsl lxor mod or");
const Words primitives("unit int float bool string char list array");

const std::string id = R"((?i:([a-z][\w']*)|(``[^`\n\r\t]+``)))";
const std::string upper_id = R"([A-Z][\w']*)";

Lexer make_fsharp() {
   Lexer l("fsharp");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(false|true|[(][)]|\[\])", Tok::NameBuiltinPseudo)
      .rule(upper_id + R"((?=\s*[.]))", Tok::NameNamespace, "dotted")
      .rule(upper_id, Tok::NameClass)
      .rule(R"([(][*](?![)]))", Tok::Comment, "comment")
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (word_operators.has(word)) r.token(Tok::OperatorWord);
         else if (primitives.has(word)) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule(R"([\[\];,{}_()!$%&*+./:<=>?@^|~#-]+)",
            [](Runner& r) { r.token(keyopts.has(r.m()) ? Tok::Punctuation : Tok::Operator); });
   add_ml_literals(l.state("root"), id);
   add_ml_comment_and_string(l);
   add_ml_dotted(l, id, upper_id, R"(\[)");
   l.finish();
   return l;
}

}  // namespace

const Lexer& fsharp_lexer() {
   static const Lexer lexer = make_fsharp();
   return lexer;
}

}  // namespace jekyllpp::highlight
