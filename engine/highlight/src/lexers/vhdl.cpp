// Rouge's VHDL (2008) lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "access after alias all architecture array assert assume assume_guarantee attribute begin "
   "block body buffer bus case component configuration constant context cover default "
   "disconnect downto else elsif end entity exit fairness file for force function generate "
   "generic group guarded if impure in inertial inout is label library linkage literal loop "
   "map new next null of on open others out package parameter port postponed procedure process "
   "property protected pure range record register reject release report return select sequence "
   "severity shared signal strong subtype then to transport type unaffected units until use "
   "variable vmode vprop vunit wait when while with");
const Words keywords_type(
   "bit bit_vector boolean boolean_vector character integer integer_vector natural positive "
   "real real_vector severity_level signed std_logic std_logic_vector std_ulogic "
   "std_ulogic_vector string unsigned time time_vector");
const Words operator_words("abs and mod nand nor not or rem rol ror sla sll sra srl xnor xor");

const std::string id = "[a-zA-Z][a-zA-Z0-9_]*";

Lexer make_vhdl() {
   Lexer l("vhdl");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(\n)", Tok::Text)
      .rule(R"(--.*$)", Tok::CommentSingle)
      // The integer rule comes first, so "1.5" is two integers around an operator, as in Rouge.
      .rule(R"((?i)-?\d+)", Tok::NumInteger)
      .rule(R"((?i)-?\d+[.]\d+)", Tok::NumFloat)
      .rule(R"~((?i)[box]?"[^"]*")~", Tok::StrSingle)
      .rule(R"((?i)'[^']?')", Tok::StrChar)
      .rule("(?i)'" + id, Tok::NameAttribute)
      .rule(R"([(),:;])", Tok::Punctuation)
      .rule(R"((?i)(?:true|false|null)\b)", Tok::NameBuiltin)
      .rule(id, [](Runner& r) {
         std::string word(r.m());
         for (char& c : word)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (keywords_type.has(word)) r.token(Tok::KeywordType);
         else if (operator_words.has(word)) r.token(Tok::OperatorWord);
         else r.token(Tok::Name);
      })
      .rule(R"(=>|[*][*]|:=|\/=|>=|<=|<>|\?\?|\?=|\?\/=|\?>|\?<|\?>=|\?<=|<<|>>|)"
            R"([#&'*+-.\/:<=>\?@^])",
            Tok::Operator);
   l.finish();
   return l;
}

}  // namespace

const Lexer& vhdl_lexer() {
   static const Lexer lexer = make_vhdl();
   return lexer;
}

}  // namespace jekyllpp::highlight
