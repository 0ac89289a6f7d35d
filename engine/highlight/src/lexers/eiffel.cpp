// Rouge's Eiffel lexer. In its character classes Ruby's \v is the vertical tab alone (PCRE's \v
// is any vertical space), so it is written \x0B here; \b in a class is a backspace in both.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keywords =
   "across|agent|alias|all|and|attached|as|assign|attribute|check|class|convert|create|debug|"
   "deferred|detachable|do|else|elseif|end|ensure|expanded|export|external|feature|from|frozen|"
   "if|implies|inherit|inspect|invariant|like|local|loop|not|note|obsolete|old|once|or|"
   "Precursor|redefine|rename|require|rescue|retry|select|separate|some|then|undefine|until|"
   "variant|Void|when|xor";
// A special character: %A, %" ... or a code %/123/ in decimal, hex, octal or binary.
const std::string special =
   R"(%[A-DFHLNQR-V%'"()<>]|%\/(?:0[xX][\da-fA-F](?:_*[\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|)"
   R"(0[bB][01](?:_*[01])*|\d(?:_*\d)*)\/)";
const std::string simple_string = R"((?:[^"%\b\f\x0B]|)" + special + ")+?";

Lexer make_eiffel() {
   Lexer l("eiffel");
   l.state("root")
      .rule(R"("\[)", Tok::StrOther, "aligned_verbatim_string")
      .rule(R"("\{)", Tok::StrOther, "non_aligned_verbatim_string")
      .rule(R"("(?:[^%\b\f\n\r\x0B]|)" + special + R"()*?")", Tok::StrDouble)
      .rule("--.*", Tok::CommentSingle)
      .rule(R"('(?:[^%\b\f\n\r\t\x0B]|)" + special + ")'", Tok::StrChar)
      .rule("(?:" + keywords + R"()\b)", Tok::Keyword)
      .rule(R"((?:Current|Result)\b)", Tok::KeywordVariable)
      .rule(R"((?:True|False)\b)", Tok::KeywordConstant)
      .rule(R"(\b0[xX][\da-fA-F](?:_*[\da-fA-F])*b)", Tok::NumHex)  // sic: "b", not \b
      .rule(R"(\b0[cC][0-7](?:_*[0-7])*\b)", Tok::NumOct)
      .rule(R"(\b0[bB][01](?:_*[01])*\b)", Tok::NumBin)
      .rule(R"(\d(?:_*\d)*)", Tok::NumInteger)
      .rule(R"((?:\d(?:_*\d)*)?\.(?:(?:\d(?:_*\d)*)?[eE][+-]?)?\d(?:_*\d)*|\d(?:_*\d)*\.?)",
            Tok::NumFloat)
      .rule(R"(:=|<<|>>|\(\||\|\)|->|\.|[{}\[\];(),:?])", Tok::PunctuationIndicator)
      .rule(R"(\\\\|\|\.\.\||\.\.|\/[~\/]?|[><\/]=?|[-+*^=~])", Tok::Operator)
      .rule(R"([A-Z][\dA-Z_]*)", Tok::NameClass)
      .rule(R"([A-Za-z][\dA-Za-z_]*)", Tok::Name)
      .rule(R"(\s+)", Tok::Text);
   l.state("aligned_verbatim_string")
      .rule(R"(]")", Tok::StrOther, "#pop")
      .rule(simple_string, Tok::StrOther);
   l.state("non_aligned_verbatim_string")
      .rule(R"(}")", Tok::StrOther, "#pop")
      .rule(simple_string, Tok::StrOther);
   l.finish();
   return l;
}

}  // namespace

const Lexer& eiffel_lexer() {
   static const Lexer lexer = make_eiffel();
   return lexer;
}

}  // namespace jekyllpp::highlight
