#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?:[\p{L}\p{Nl}$_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*))";

const Words keywords(
   "as async await break case catch continue debugger default delete do else export finally "
   "from for if import in instanceof new of return super switch this throw try typeof void "
   "while yield");
const Words declarations(
   "var let const with function class extends constructor get set static");
const Words reserved("enum implements interface package private protected public");
const Words constants("true false null NaN Infinity undefined");
const Words builtins(
   "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun "
   "decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN "
   "parseFloat parseInt document window navigator self global Promise Set Map WeakSet WeakMap "
   "Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array "
   "Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array "
   "DataView ArrayBuffer");

Lexer make_javascript() {
   Lexer l("javascript");
   l.state("multiline_comment")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"([^*/]+)", Tok::CommentMultiline)
      .rule(R"([*/])", Tok::CommentMultiline);
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(<!--)", Tok::Comment)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(/[*])", Tok::CommentMultiline, "multiline_comment");
   l.state("expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex");
      })
      .rule(R"([{])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("object");
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
   l.state("regex_end")
      .rule(R"([gimuy]+)", Tok::StrRegex, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
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
      .rule(R"((?m)\A\s*#!.*?\n)", Tok::CommentPreproc, "statement")
      .rule(R"((?<=\n)(?=\s|/|<!--))", Tok::Text, "expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"((?x)\+\+ | -- | ~ | \?\?=? | && | \|\| | \\(?=\n) | << | >>>? | === | !== )",
            Tok::Operator, "expr_start")
      .rule(R"([-<>+*%&|\^/!=]=?)", Tok::Operator, "expr_start")
      .rule(R"([(\[,])", Tok::Punctuation, "expr_start")
      .rule(R"(;)", Tok::Punctuation, "statement")
      .rule(R"([)\].])", Tok::Punctuation)
      .rule(R"(`)", Tok::StrDouble, "template_string")
      .rule(R"([?][.])", Tok::Punctuation)
      .rule(R"([?])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("ternary");
         r.push("expr_start");
      })
      .rule(R"((\@)(\w+)?)", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::NameDecorator});
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
      .rule(R"([0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?)", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"((?i)0o[0-7][0-7_]*)", Tok::NumOct)
      .rule(R"((?i)0b[01][01_]*)", Tok::NumBin)
      .rule(R"([0-9]+)", Tok::NumInteger)
      .rule(R"(")", Tok::StrDelimiter, "dq")
      .rule(R"(')", Tok::StrDelimiter, "sq")
      .rule(R"(:)", Tok::Punctuation);
   l.state("dq")
      .rule(R"(\\[\\nrt"]?)", Tok::StrEscape)
      .rule(R"([^\\"]+)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDelimiter, "#pop");
   l.state("sq")
      .rule(R"(\\[\\nrt']?)", Tok::StrEscape)
      .rule(R"([^\\']+)", Tok::StrSingle)
      .rule(R"(')", Tok::StrDelimiter, "#pop");
   l.state("statement")
      .rule(R"(case\b)", [](Runner& r) {
         r.token(Tok::Keyword);
         r.go_to("expr_start");
      })
      .rule("(" + id + R"()(\s*)(:))", {Tok::NameLabel, Tok::Text, Tok::Punctuation})
      .mixin("expr_start");
   l.state("object")
      .mixin("comments_and_whitespace")
      .rule(R"([{])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push_self();
      })
      .rule(R"([}])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("statement");
      })
      .rule("(" + id + R"()(\s*)(:))", [](Runner& r) {
         r.groups({Tok::NameAttribute, Tok::Text, Tok::Punctuation});
         r.push("expr_start");
      })
      .rule(R"(:)", Tok::Punctuation)
      .mixin("root");
   l.state("ternary")
      .rule(R"(:)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("expr_start");
      })
      .mixin("root");
   l.state("template_string")
      .rule(R"([$]\{)", Tok::Punctuation, "template_string_expr")
      .rule(R"(`)", Tok::StrDouble, "#pop")
      .rule(R"(\\[$`])", Tok::StrEscape)
      .rule(R"([^$`\\]+)", Tok::StrDouble)
      .rule(R"([\\$])", Tok::StrDouble);
   l.state("template_string_expr").rule(R"(\})", Tok::Punctuation, "#pop").mixin("root");
   l.finish();
   return l;
}

}  // namespace

const Lexer& javascript_lexer() {
   static const Lexer lexer = make_javascript();
   return lexer;
}

}  // namespace jekyllpp::highlight
