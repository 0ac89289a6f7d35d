// Rouge's ReScript lexer (on OCaml's common states): @decorators, #poly variants and `${...}`
// template strings.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/ml_family.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "open let rec and as exception assert lazy if else for in to downto while switch when external "
   "type private mutable constraint include module of with try import export");
const Words types("bool int float char string unit list array option ref exn format");
const Words word_operators("mod land lor lxor lsl lsr asr or");

const std::string id = R"((?i:[a-z_][\w']*))";
const std::string upper_id = R"([A-Z][\w']*)";

Lexer make_rescript() {
   Lexer l("rescript");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"([,.:?~\\])", Tok::Text)
      .rule(R"(\btrue|false\b)", Tok::KeywordConstant)
      .rule(upper_id + R"((?=\s*[.]))", Tok::NameNamespace, "dotted")
      .rule("@" + id + R"((\.)" + id + ")*", Tok::NameDecorator)
      .rule(R"(\#)" + id, Tok::NameClass)
      .rule(upper_id, Tok::NameClass)
      .rule(R"(//.*)", Tok::CommentSingle)
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (word_operators.has(word)) r.token(Tok::OperatorWord);
         else if (types.has(word)) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule(R"([(){}\[\];]+)", Tok::Punctuation)
      .rule(R"([;_!$%&*+/<=>@^|-]+)", Tok::Operator)
      .rule(R"((?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*))", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f][0-9a-f_]*)", Tok::NumHex)
      .rule(R"((?i)0o[0-7][0-7_]*)", Tok::NumOct)
      .rule(R"((?i)0b[01][01_]*)", Tok::NumBin)
      .rule(R"(\d[\d_]*)", Tok::NumInteger)
      .rule(R"~('(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))')~", Tok::StrChar)
      .rule(R"('[^'\/]')", Tok::StrChar)
      .rule(R"(')", Tok::Keyword)
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(R"(`)", Tok::StrDouble, "interpolated_string");
   l.state("comment")
      .rule(R"([^/\*]+)", Tok::CommentMultiline)
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule(R"(\*/)", Tok::CommentMultiline, "#pop")
      .rule(R"([*/])", Tok::CommentMultiline);
   l.state("interpolated_string")
      .rule(R"([$]\{)", Tok::Punctuation, "interpolated_expression")
      .rule(R"(`)", Tok::StrDouble, "#pop")
      .rule(R"(\\[$`])", Tok::StrEscape)
      .rule(R"([^$`\\]+)", Tok::StrDouble)
      .rule(R"([\\$])", Tok::StrDouble);
   l.state("interpolated_expression").rule(R"(\})", Tok::Punctuation, "#pop").mixin("root");
   add_ml_string(l);
   add_ml_dotted(l, id, upper_id, R"([({\[])");
   l.finish();
   return l;
}

}  // namespace

const Lexer& rescript_lexer() {
   static const Lexer lexer = make_rescript();
   return lexer;
}

}  // namespace jekyllpp::highlight
