// Rouge's Apex lexer (Salesforce): Java-like, with SOQL words. A word is read with an optional
// @ $ . before it and : ( after it, and the lists are checked against all of that, so `if(` is a
// function call and only bare words are keywords.
#include <cctype>
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "assert break case catch continue default do else finally for if goto instanceof new return "
   "switch this throw try while insert update delete");
const Words declarations(
   "abstract const enum extends final implements native private protected public static super "
   "synchronized throws transient volatile with sharing without inherited virtual global "
   "testmethod");
const Words soql(
   "SELECT FROM WHERE UPDATE LIKE TYPEOF END USING SCOPE WITH DATA CATEGORY GROUP BY ROLLUP CUBE "
   "HAVING ORDER BY ASC DESC NULLS FIRST LAST LIMIT OFFSET FOR VIEW REFERENCE UPDATE TRACKING "
   "VIEWSTAT OR AND");
// Compared with the lower-cased word, so "String" never matches.
const Words types("String boolean byte char double float int long short var void");
const Words constants("true false null");

const std::string id = R"((?i:[a-z_][a-z0-9_]*))";
const std::string digit = R"((?:[0-9]_+[0-9]|[0-9]))";

std::string with_case(std::string_view word, int (*convert)(int)) {
   std::string out(word);
   for (char& c : out) c = static_cast<char>(convert(static_cast<unsigned char>(c)));
   return out;
}

Lexer make_apex() {
   Lexer l("apex");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule(R"((?:class|interface)\b)", Tok::KeywordDeclaration, "class")
      .rule(R"(import\b)", Tok::KeywordNamespace, "import")
      .rule(R"((?i)([@$.]?)()" + id + R"()([:(]?))", [](Runner& r) {
         const std::string lower = with_case(r.m(), ::tolower);
         const std::string upper = with_case(r.m(), ::toupper);
         if (keywords.has(lower) || soql.has(upper)) r.token(Tok::Keyword);
         else if (declarations.has(lower)) r.token(Tok::KeywordDeclaration);
         else if (types.has(lower)) r.token(Tok::KeywordType);
         else if (constants.has(lower)) r.token(Tok::KeywordConstant);
         else if (lower == "package") r.token(Tok::KeywordNamespace);
         else if (r.m(1) == "@") r.token(Tok::NameDecorator);
         else if (r.m(3) == ":") r.groups({Tok::Operator, Tok::NameLabel, Tok::Punctuation});
         else if (r.m(3) == "(") r.groups({Tok::Operator, Tok::NameFunction, Tok::Punctuation});
         else if (r.m(1) == ".") r.groups({Tok::Operator, Tok::NameProperty, Tok::Punctuation});
         else r.token(Tok::Name);
      })
      .rule(R"(")", Tok::StrDouble, "dq")
      .rule(R"(')", Tok::StrSingle, "sq")
      .rule(digit + R"(+\.)" + digit + "+([eE]" + digit + "+)?[fd]?", Tok::NumFloat)
      .rule(R"((?i)0b(?:[01]_+[01]|[01])+)", Tok::NumBin)
      .rule(R"((?i)0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+)", Tok::NumHex)
      .rule(R"(0(?:[0-7]_+[0-7]|[0-7])+)", Tok::NumOct)
      .rule(digit + "+L?", Tok::NumInteger)
      .rule(R"([-+\/*~^!%&<>|=.?])", Tok::Operator)
      .rule(R"([\[\](){},:;])", Tok::Punctuation);
   l.state("class").rule(R"((?m)\s+)", Tok::Text).rule(id, Tok::NameClass, "#pop");
   l.state("import").rule(R"((?m)\s+)", Tok::Text).rule(R"((?i)[a-z0-9_.]+\*?)", Tok::NameNamespace, "#pop");
   l.state("escape").rule(R"(\\[btnfr\\"'])", Tok::StrEscape);
   l.state("dq").mixin("escape").rule(R"([^\\"]+)", Tok::StrDouble).rule(R"(")", Tok::StrDouble, "#pop");
   l.state("sq").mixin("escape").rule(R"([^\\']+)", Tok::StrDouble).rule(R"(')", Tok::StrDouble, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& apex_lexer() {
   static const Lexer lexer = make_apex();
   return lexer;
}

}  // namespace jekyllpp::highlight
