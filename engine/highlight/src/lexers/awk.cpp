// Rouge's Awk lexer.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "if else while for do break continue return next nextfile delete exit print printf getline");
const Words reserved("BEGIN END");
const Words constants(
   "CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON");
const Words builtins(
   "exp log sqrt sin cos atan2 length rand srand int substr index match split sub gsub sprintf "
   "system tolower toupper");

Lexer make_awk() {
   Lexer l("awk");
   l.state("comments_and_whitespace").rule(R"(\s+)", Tok::Text).rule(R"(#.*?$)", Tok::CommentSingle);
   // Where an expression starts, a "/" opens a regex.
   l.state("expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex");
      })
      .rule("", Tok::Text, "#pop");
   l.state("regex")
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex_end");
      })
      .rule(R"([^/]\n)", Tok::Error, "#pop")
      .rule(R"(\n)", Tok::Error, "#pop")
      .rule(R"(\[\^)", Tok::StrEscape, "regex_group")
      .rule(R"(\[)", Tok::StrEscape, "regex_group")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"([(][?][:=<!])", Tok::StrEscape)
      .rule(R"([{][\d,]+[}])", Tok::StrEscape)
      .rule(R"([()?])", Tok::StrEscape)
      .rule(R"(.)", Tok::StrRegex);
   l.state("regex_end").rule("", [](Runner& r) { r.pop(); });
   l.state("regex_group")
      .rule(R"(/)", Tok::StrEscape)
      .rule(R"([^/]\n)", [](Runner& r) {
         r.token(Tok::Error);
         r.pop(2);
      })
      .rule(R"(\])", Tok::StrEscape, "#pop")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(.)", Tok::StrRegex);
   l.state("root")
      .mixin("comments_and_whitespace")
      .rule(R"((?<=\n)(?=\s|/))", Tok::Text, "expr_start")
      .rule(R"([-<>+*/%\^!=]=?|in\b|\+\+|--|\|)", Tok::Operator, "expr_start")
      .rule(R"(&&|\|\||~!?)", Tok::Operator, "expr_start")
      .rule(R"([(\[,])", Tok::Punctuation, "expr_start")
      .rule(R"(;)", Tok::Punctuation, "statement")
      .rule(R"([)\].])", Tok::Punctuation)
      .rule(R"([?])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("ternary");
         r.push("expr_start");
      })
      .rule(R"([{}])", Tok::Punctuation, "statement")
      .rule(R"([$a-zA-Z_][a-zA-Z0-9_]*)", [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) {
            r.token(Tok::Keyword);
            r.push("expr_start");
         } else if (word == "function") {
            r.token(Tok::KeywordDeclaration);
            r.push("expr_start");
         } else if (reserved.has(word)) {
            r.token(Tok::KeywordReserved);
         } else if (constants.has(word)) {
            r.token(Tok::KeywordConstant);
         } else if (builtins.has(word)) {
            r.token(Tok::NameBuiltin);
         } else if (word[0] == '$') {
            r.token(Tok::NameVariable);
         } else {
            r.token(Tok::NameOther);
         }
      })
      .rule(R"([0-9]+\.[0-9]+)", Tok::NumFloat)
      .rule(R"([0-9]+)", Tok::NumInteger)
      .rule(R"~("(\\[\\"]|[^"])*")~", Tok::StrDouble)
      .rule(R"(:)", Tok::Punctuation);
   l.state("statement").rule(R"([{}])", Tok::Punctuation).mixin("expr_start");
   l.state("ternary")
      .rule(R"(:)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("expr_start");
      })
      .mixin("root");
   l.finish();
   return l;
}

}  // namespace

const Lexer& awk_lexer() {
   static const Lexer lexer = make_awk();
   return lexer;
}

}  // namespace jekyllpp::highlight
