// Rouge's Dafny lexer. Its rules are ordered so that malformed literals (unclosed strings, bad
// characters, digits run into names) come out as Error after the well-formed ones were tried.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "abstract allocated assert assume break by calc case class codatatype const constructor "
   "datatype decreases downto else ensures exists expect export extends false for forall fresh "
   "function ghost greatest if import include invariant iterator label least lemma match method "
   "modifies modify module nameonly new newtype null old opened predicate print provides reads "
   "refines requires return returns reveal reveals static then this to trait true twostate type "
   "unchanged var while witness yield yields");
const Words literals("true false null");
const Words text_operators("as is in");
const Words types(
   "bool char int real string nat array array? object object? ORDINAL seq set iset map imap "
   "multiset");

const std::string idchar = "[0-9a-zA-Z_'?]";
const std::string not_id = "(?!" + idchar + ")";
const std::string digits = R"(\d+(?:_\d+)*)";
const std::string hex_digits = "[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*";
const std::string cchar = R"((?:[^\\'\n\r]|\\["'ntr\\0]))";
const std::string schar = R"((?:[^\\"\n\r]|\\["'ntr\\0]))";
const std::string uchar = R"((?:\\u[0-9a-fA-F]{4}))";

Lexer make_dafny() {
   Lexer l("dafny");
   l.state("root")
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule("//.*?$", Tok::CommentSingle)
      .rule(R"(\*/)", Tok::Error)  // a comment closed that was not opened
      .rule("'" + cchar + "'", Tok::StrChar)
      .rule("'" + uchar + "'", Tok::StrChar)
      .rule(R"('[^'\n\r]*')", Tok::Error)
      .rule(R"('[^'\n\r]*$)", Tok::Error)
      .rule(R"("(?:)" + schar + "|" + uchar + R"()*")", Tok::StrDouble)
      .rule(R"(".*")", Tok::Error)
      .rule(R"(".*$)", Tok::Error)
      .rule(R"(@"([^"]|"")*")", Tok::StrOther)  // verbatim string
      .rule(R"((?m)@".*)", Tok::Error)
      .rule(digits + R"(\.)" + digits + not_id, Tok::NumFloat)
      .rule("0b[01]+(?:_[01]+)*" + not_id, Tok::NumBin)
      .rule("0b" + idchar + "*", Tok::Error)
      .rule("0x" + hex_digits + not_id, Tok::NumHex)
      .rule("0x" + idchar + "*", Tok::Error)
      .rule(digits + not_id, Tok::NumInteger)
      .rule("_" + not_id, Tok::Name)
      .rule("_[0-9_]+[_]?" + not_id, Tok::Error)
      .rule("[0-9_]+_" + not_id, Tok::Error)
      .rule("[0-9]" + idchar + "+", Tok::Error)
      .rule(R"(array(?:1[0-9]+|[2-9][0-9]*)\??)" + not_id, Tok::KeywordType)
      .rule("bv(?:0|[1-9][0-9]*)" + not_id, Tok::KeywordType)
      .rule("[0-9a-zA-Z?]" + idchar + "*", [](Runner& r) {
         std::string_view word = r.m();
         if (types.has(word)) r.token(Tok::KeywordType);
         else if (literals.has(word)) r.token(Tok::KeywordConstant);
         else if (text_operators.has(word)) r.token(Tok::OperatorWord);
         else if (keywords.has(word)) r.token(Tok::KeywordReserved);
         else r.token(Tok::Name);
      })
      .rule(R"(\.\.)", Tok::Operator)
      .rule(R"([*!%&<>\|^+=:.\/-])", Tok::Operator)
      .rule(R"([\[\](){},;`])", Tok::Punctuation)
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(\n)", Tok::Text)
      .rule(".", Tok::Error);
   l.state("comment")
      .rule(R"(\*/)", Tok::CommentMultiline, "#pop")
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule("[^*/]+", Tok::CommentMultiline)
      .rule(".", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& dafny_lexer() {
   static const Lexer lexer = make_dafny();
   return lexer;
}

}  // namespace jekyllpp::highlight
