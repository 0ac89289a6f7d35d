// Rouge's Haxe lexer: ActionScript-like states (expression starts, ~/regex/ literals, labels and
// object keys), @metadata and '$interpolated ${strings}'.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "break case cast catch class continue default do else enum false for function if import "
   "interface macro new null override package private public return switch this throw true try "
   "untyped while");
const Words declarations("abstract dynamic extern extends from implements inline static to typedef var");
const Words reserved("super trace inline build autoBuild enum");
const Words constants("true false null");
const Words builtins(
   "Void Dynamic Math Class Any Float Int UInt String StringTools Sys EReg isNaN parseFloat "
   "parseInt this Array Map Date DateTools Bool Lambda Reflect Std File FileSystem");

const std::string id = R"([$a-zA-Z_][a-zA-Z0-9_]*)";

Lexer make_haxe() {
   Lexer l("haxe");
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline);
   l.state("expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"(#(?:if|elseif|else|end).*)", Tok::CommentPreproc)
      .rule(R"(~)", [](Runner& r) {
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
      .rule(R"(\/)", Tok::StrEscape)  // a / in a group does not end the regex
      .rule(R"([^/]\n)", Tok::Error, "#pop:2")
      .rule(R"(\])", Tok::StrEscape, "#pop")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(.)", Tok::StrRegex);
   l.state("root")
      .rule(R"(\n)", Tok::Text, "statement")
      .rule(R"(\{)", Tok::Punctuation, "expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"(@)", Tok::NameDecorator, "metadata")
      .rule(R"((?x)\+\+ | -- | ~ | && | \|\| | \\(?=\n) | << | >> | == | != )", Tok::Operator, "expr_start")
      .rule(R"([-:<>+*%&|\^/!=]=?)", Tok::Operator, "expr_start")
      .rule(R"([(\[,])", Tok::Punctuation, "expr_start")
      .rule(R"(;)", Tok::Punctuation, "statement")
      .rule(R"([)\]}.])", Tok::Punctuation)
      .rule(R"([?])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("ternary");
         r.push("expr_start");
      })
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) {
            r.token(Tok::Keyword);
            r.push("expr_start");
         } else if (word == "using") {
            // Rouge pushes a "namespace" state it never defines and stops with an error.
            r.token(Tok::Keyword);
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
      .rule(R"(\-?\d+\.\d+(?:[eE]\d+)?[fd]?)", Tok::NumFloat)
      .rule(R"(0x[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"(\-?[0-9]+)", Tok::NumInteger)
      .rule(R"(")", Tok::StrDouble, "str_double")
      .rule(R"(')", Tok::StrSingle, "str_single");
   l.state("statement")
      .rule("(" + id + R"()(\s*)(:))", {Tok::NameLabel, Tok::Text, Tok::Punctuation})
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
   l.state("metadata")
      .rule("(" + id + R"()(\()?)", [](Runner& r) {
         r.groups({Tok::NameDecorator, Tok::Punctuation});
         if (!r.matched(2)) r.pop();
      })
      .rule(":" + id + R"((?:\.)" + id + ")*", Tok::NameDecorator, "#pop")
      .rule(R"(\))", Tok::NameDecorator, "#pop")
      .mixin("root");
   l.state("ternary")
      .rule(R"(:)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("expr_start");
      })
      .mixin("root");
   l.state("str_double")
      .mixin("str_escape")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"([^\\"]+)", Tok::StrDouble);
   l.state("str_single")
      .mixin("str_escape")
      .rule(R"(')", Tok::StrSingle, "#pop")
      .rule(R"(\$\$)", Tok::StrSingle)
      .rule(R"(\$)" + id, Tok::StrInterpol)
      .rule(R"(\$\{)", Tok::StrInterpol, "str_interpol")
      .rule(R"([^\\$']+)", Tok::StrSingle);
   l.state("str_escape")
      .rule(R"(\\[\\tnr'"])", Tok::StrEscape)
      .rule(R"(\\[0-7]{3})", Tok::StrEscape)
      .rule(R"(\\x[0-9a-fA-F]{2})", Tok::StrEscape)
      .rule(R"(\\u[0-9a-fA-F]{4})", Tok::StrEscape)
      .rule(R"(\\u\{[0-9a-fA-F]{1,6}\})", Tok::StrEscape);
   l.state("str_interpol").rule(R"(\})", Tok::StrInterpol, "#pop").mixin("root");
   l.finish();
   return l;
}

}  // namespace

const Lexer& haxe_lexer() {
   static const Lexer lexer = make_haxe();
   return lexer;
}

}  // namespace jekyllpp::highlight
