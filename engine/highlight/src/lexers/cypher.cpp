// Rouge's Cypher lexer (Neo4j queries): words compared upper-cased with functions, predicates and
// keywords; :Labels, property keys and number ranges.
#include <cctype>
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words functions(
   "ABS ACOS ALLSHORTESTPATHS ASIN ATAN ATAN2 AVG CEIL COALESCE COLLECT COS COT COUNT DATE "
   "DEGREES E ENDNODE EXP EXTRACT FILTER FLOOR HAVERSIN HEAD ID KEYS LABELS LAST LEFT LENGTH LOG "
   "LOG10 LOWER LTRIM MAX MIN NODE NODES PERCENTILECONT PERCENTILEDISC PI RADIANS RAND RANGE "
   "REDUCE REL RELATIONSHIP RELATIONSHIPS REPLACE REVERSE RIGHT ROUND RTRIM SHORTESTPATH SIGN SIN "
   "SIZE SPLIT SQRT STARTNODE STDEV STDEVP STR SUBSTRING SUM TAIL TAN TIMESTAMP TOFLOAT TOINT "
   "TOINTEGER TOSTRING TRIM TYPE UPPER");
const Words predicates("ALL AND ANY CONTAINS EXISTS HAS IN NONE NOT OR SINGLE XOR");
const Words keywords(
   "AS ASC ASCENDING ASSERT BY CASE COMMIT CONSTRAINT CREATE CSV CYPHER DELETE DESC DESCENDING "
   "DETACH DISTINCT DROP ELSE END ENDS EXPLAIN FALSE FIELDTERMINATOR FOREACH FROM HEADERS IN INDEX "
   "IS JOIN LIMIT LOAD MATCH MERGE NULL ON OPTIONAL ORDER PERIODIC PROFILE REMOVE RETURN SCAN SET "
   "SKIP START STARTS THEN TRUE UNION UNIQUE UNWIND USING WHEN WHERE WITH CALL YIELD");

std::string upcase(std::string_view word) {
   std::string out(word);
   for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
   return out;
}

Lexer make_cypher() {
   Lexer l("cypher");
   l.state("root")
      .rule(R"([\s]+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(/\*)", Tok::CommentMultiline, "multiline_comments")
      .rule(R"([*+\-<>=&|~%^])", Tok::Operator)
      .rule(R"([{}),;\[\]])", Tok::StrSymbol)
      .rule(R"((\w+)(:)(\s*)(-?[._\d]+))", {Tok::NameLabel, Tok::StrDelimiter, Tok::Whitespace, Tok::Num})
      .rule(R"((\w+)(\s*)(\())", [](Runner& r) {
         const std::string name = upcase(r.m(1));
         Tok tok = functions.has(name) ? Tok::NameFunction : keywords.has(name) ? Tok::Keyword : Tok::Name;
         r.groups({tok, Tok::Whitespace, Tok::StrSymbol});
      })
      .rule(R"(:\w+)", Tok::NameClass)
      .rule(R"((-?\d+)(\.\.)(-?\d+))", {Tok::Num, Tok::Operator, Tok::Num})
      .rule(R"((?i)(\d+\.\d*|\d*\.\d+)(e[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)\d+e[+-]?\d+)", Tok::NumFloat)
      .rule(R"(0[0-7]+)", Tok::NumOct)
      .rule(R"((?i)0x[a-f0-9]+)", Tok::NumHex)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"([.\w]+:)", Tok::NameProperty)
      .rule(R"(\()", Tok::StrSymbol)
      .rule(R"([.\w$]+)", [](Runner& r) {
         const std::string word = upcase(r.m());
         if (predicates.has(word)) r.token(Tok::OperatorWord);
         else if (keywords.has(word)) r.token(Tok::Keyword);
         else r.token(Tok::Name);
      })
      .rule(R"~("(\\\\|\\"|[^"])*")~", Tok::StrDouble)
      .rule(R"('(\\\\|\\'|[^'])*')", Tok::StrSingle)
      .rule(R"(`(\\\\|\\`|[^`])*`)", Tok::StrBacktick);
   l.state("multiline_comments")
      .rule(R"(/[*])", Tok::CommentMultiline, "multiline_comments")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"([^/*]+)", Tok::CommentMultiline)
      .rule(R"([/*])", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& cypher_lexer() {
   static const Lexer lexer = make_cypher();
   return lexer;
}

}  // namespace jekyllpp::highlight
