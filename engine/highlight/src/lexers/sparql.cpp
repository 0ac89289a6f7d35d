// Rouge's SPARQL lexer: queries over RDF, with prefixed names, <IRIs>, ?variables, literals with
// @language tags or ^^datatypes, and keywords and builtins in any case.
#include <cctype>
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

// Onigmo's [[:word:]], which is Unicode-aware (\w is not).
#define WORD R"([\p{Alphabetic}\p{M}\p{Nd}\p{Pc}])"

const Words builtins(
   "ABS AVG BNODE BOUND CEIL COALESCE CONCAT CONTAINS COUNT DATATYPE DAY ENCODE_FOR_URI FLOOR "
   "GROUP_CONCAT HOURS IF IRI isBLANK isIRI isLITERAL isNUMERIC isURI LANG LANGMATCHES LCASE MAX "
   "MD5 MIN MINUTES MONTH NOW RAND REGEX REPLACE ROUND SAMETERM SAMPLE SECONDS SEPARATOR SHA1 "
   "SHA256 SHA384 SHA512 STR STRAFTER STRBEFORE STRDT STRENDS STRLANG STRLEN STRSTARTS STRUUID "
   "SUBSTR SUM TIMEZONE TZ UCASE URI UUID YEAR");
const Words keywords(
   "ADD ALL AS ASC ASK BASE BIND BINDINGS BY CLEAR CONSTRUCT COPY CREATE DATA DEFAULT DELETE DESC "
   "DESCRIBE DISTINCT DROP EXISTS FILTER FROM GRAPH GROUP BY HAVING IN INSERT LIMIT LOAD MINUS "
   "MOVE NAMED NOT OFFSET OPTIONAL ORDER PREFIX SELECT REDUCED SERVICE SILENT TO UNDEF UNION "
   "USING VALUES WHERE WITH");

// A string's closing quote goes on to an optional @lang or ^^ (Rouge's string_end state).
void close_string(Runner& r, Tok tok) {
   r.token(tok);
   r.go_to("string_end");
}

Lexer make_sparql() {
   Lexer l("sparql");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(#.*)", Tok::CommentSingle)
      .rule(R"(""")", Tok::StrDouble, "string_double_literal")
      .rule(R"(")", Tok::StrDouble, "string_double")
      .rule(R"(''')", Tok::StrSingle, "string_single_literal")
      .rule(R"(')", Tok::StrSingle, "string_single")
      .rule("[$?]" WORD "+", Tok::NameVariable)
      .rule(R"(((?:)" WORD R"(|-)*)(:)((?:)" WORD R"(|-)+)?)",
            {Tok::NameNamespace, Tok::Operator, Tok::StrSymbol})
      .rule(R"(<[^>]*>)", Tok::NameNamespace)
      .rule(R"((?i)true|false)", Tok::KeywordConstant)
      .rule(R"(a\b)", Tok::Keyword)
      .rule("(?i)[A-Z]" WORD R"(+\b)", [](Runner& r) {
         // Rouge compares the upcased word with the lists (some entries are mixed case).
         std::string upper(r.m());
         for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         if (builtins.has(upper)) r.token(Tok::NameBuiltin);
         else if (keywords.has(upper)) r.token(Tok::Keyword);
         else r.token(Tok::Error);
      })
      .rule(R"((?i)[+\-]?(?:\d+\.\d*|\.\d+)(?:[e][+\-]?[0-9]+)?)", Tok::NumFloat)
      .rule(R"([+\-]?\d+)", Tok::NumInteger)
      .rule(R"([\]\[(){}.,;=])", Tok::Punctuation)
      .rule(R"([/?*+=!<>]|&&|\|\||\^\^)", Tok::Operator);
   l.state("string_escapes")
      .rule(R"(\\[tbnrf"'\\])", Tok::StrEscape)
      .rule(R"(\\u[0-9a-fA-F]{4})", Tok::StrEscape)
      .rule(R"(\\U[0-9a-fA-F]{8})", Tok::StrEscape);
   l.state("string_double_common")
      .mixin("string_escapes")
      .rule(R"(\\)", Tok::StrDouble)
      .rule(R"([^"\\]+)", Tok::StrDouble);
   l.state("string_double")
      .rule(R"(")", [](Runner& r) { close_string(r, Tok::StrDouble); })
      .mixin("string_double_common");
   l.state("string_double_literal")
      .rule(R"(""")", [](Runner& r) { close_string(r, Tok::StrDouble); })
      .rule(R"(")", Tok::StrDouble)
      .mixin("string_double_common");
   l.state("string_single_common")
      .mixin("string_escapes")
      .rule(R"(\\)", Tok::StrSingle)
      .rule(R"([^'\\]+)", Tok::StrSingle);
   l.state("string_single")
      .rule(R"(')", [](Runner& r) { close_string(r, Tok::StrSingle); })
      .mixin("string_single_common");
   l.state("string_single_literal")
      .rule(R"(''')", [](Runner& r) { close_string(r, Tok::StrSingle); })
      .rule(R"(')", Tok::StrSingle)
      .mixin("string_single_common");
   l.state("string_end")
      .rule(R"((@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*))", {Tok::Operator, Tok::NameProperty})
      .rule(R"(\^\^)", Tok::Operator)
      .rule("", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

#undef WORD

}  // namespace

const Lexer& sparql_lexer() {
   static const Lexer lexer = make_sparql();
   return lexer;
}

}  // namespace jekyllpp::highlight
