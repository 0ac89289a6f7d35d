// Rouge's ActionScript lexer: JavaScript-like, with a regex literal allowed where an expression
// starts, labels and object literal keys.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "for in while do break return continue switch case default if else throw try catch finally new "
   "delete typeof is this with");
const Words declarations("var with function");
const Words reserved(
   "dynamic final internal native public protected private class const override static package "
   "interface extends implements namespace set get import include super flash_proxy object_proxy "
   "trace");
const Words constants("true false null NaN Infinity undefined");
const Words builtins(
   "void Function Math Class Object RegExp decodeURI decodeURIComponent encodeURI "
   "encodeURIComponent eval isFinite isNaN parseFloat parseInt this");

const std::string id = R"([$a-zA-Z_][a-zA-Z0-9_]*)";

Lexer make_actionscript() {
   Lexer l("actionscript");
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline);
   l.state("expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex");
      })
      .rule(R"([{])", Tok::Punctuation, "object")
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
   l.state("regex_end")
      .rule(R"([gim]+)", Tok::StrRegex, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("regex_group")
      .rule(R"(/)", Tok::StrEscape)  // a / in a group does not end the regex
      .rule(R"([^/]\n)", Tok::Error, "#pop:2")
      .rule(R"(\])", Tok::StrEscape, "#pop")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(.)", Tok::StrRegex);
   l.state("root")
      .rule(R"((?m)\A\s*#!.*?\n)", Tok::CommentPreproc, "statement")
      .rule(R"(\n)", Tok::Text, "statement")
      .rule(R"((?<=\n)(?=\s|/|<!--))", Tok::Text, "expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"((?x)\+\+ | -- | ~ | && | \|\| | \\(?=\n) | << | >>>? | === | !== )", Tok::Operator,
            "expr_start")
      .rule(R"([:-<>+*%&|\^/!=]=?)", Tok::Operator, "expr_start")
      .rule(R"([(\[,])", Tok::Punctuation, "expr_start")
      .rule(R"(;)", Tok::Punctuation, "statement")
      .rule(R"([)\].])", Tok::Punctuation)
      .rule(R"([?])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("ternary");
         r.push("expr_start");
      })
      .rule(R"([{}])", Tok::Punctuation, "statement")
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) {
            r.token(Tok::Keyword);
            r.push("expr_start");
         } else if (declarations.has(word)) {
            r.token(Tok::KeywordDeclaration);
            r.push("expr_start");
         } else if (reserved.has(word)) {
            r.token(Tok::KeywordReserved);
         } else if (constants.has(word)) {
            r.token(Tok::KeywordConstant);
         } else if (builtins.has(word)) {
            r.token(Tok::NameBuiltin);
         } else {
            r.token(Tok::NameOther);
         }
      })
      .rule(R"(\-?[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?)", Tok::NumFloat)
      .rule(R"(0x[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"(\-?[0-9]+)", Tok::NumInteger)
      .rule(R"~("(\\\\|\\"|[^"])*")~", Tok::StrDouble)
      .rule(R"('(\\\\|\\'|[^'])*')", Tok::StrSingle);
   l.state("statement")
      .rule("(" + id + R"()(\s*)(:))", {Tok::NameLabel, Tok::Text, Tok::Punctuation})
      .rule(R"([{}])", Tok::Punctuation)
      .mixin("expr_start");
   l.state("object")
      .mixin("comments_and_whitespace")
      .rule(R"([}])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("statement");
      })
      .rule("(" + id + R"()(\s*)(:))", {Tok::NameAttribute, Tok::Text, Tok::Punctuation}, "expr_start")
      .rule(R"(:)", Tok::Punctuation)
      .mixin("root");
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

const Lexer& actionscript_lexer() {
   static const Lexer lexer = make_actionscript();
   return lexer;
}

}  // namespace jekyllpp::highlight
