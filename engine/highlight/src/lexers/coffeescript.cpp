// Rouge's CoffeeScript lexer. A "/" after an operator, a name or an opening bracket may start a
// regex, which the lexer tries in its slash_starts_regex state.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "for by while until loop break continue return switch when then if else do yield throw try "
   "catch finally await new delete typeof instanceof super extends this class import export "
   "debugger");
const Words constants("true false yes no on off null NaN Infinity undefined");
const Words builtins(
   "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun "
   "decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat "
   "parseInt document window");

const std::string id = "[$a-zA-Z_][a-zA-Z0-9_]*";

Lexer make_coffeescript() {
   Lexer l("coffeescript");
   l.state("comments")
      .rule(R"((?m)###[^#].*?###)", Tok::CommentMultiline)
      .rule(R"(#.*$)", Tok::CommentSingle);
   l.state("whitespace").rule(R"((?m)\s+)", Tok::Text);
   l.state("regex_comment")
      .rule(R"(^#(?!\{).*$)", Tok::CommentSingle)
      .rule(R"((\s+)(#(?!\{).*)$)", {Tok::Text, Tok::CommentSingle});
   l.state("multiline_regex_begin").rule(R"(///)", [](Runner& r) {
      r.token(Tok::StrRegex);
      r.go_to("multiline_regex");
   });
   l.state("multiline_regex_end").rule(R"(///([gimy]+\b|\B))", Tok::StrRegex, "#pop");
   l.state("multiline_regex")
      .mixin("multiline_regex_end")
      .mixin("regex_comment")
      .mixin("has_interpolation")
      .mixin("comments")
      .mixin("whitespace")
      .mixin("code_escape")
      .rule(R"(\\\D)", Tok::StrEscape)
      .rule(R"(\\\d+)", Tok::NameVariable)
      .rule(R"((?m).)", Tok::StrRegex);
   l.state("slash_starts_regex")
      .mixin("comments")
      .mixin("whitespace")
      .mixin("multiline_regex_begin")
      .rule(R"(/(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/([gimy]+\b|\B))", Tok::StrRegex, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("root")
      .rule(R"(^(?=\s|/|<!--))", [](Runner& r) { r.push("slash_starts_regex"); })
      .mixin("comments")
      .mixin("whitespace")
      .rule(R"([+][+]|--|~|&&|\band\b|\bor\b|\bis\b|\bisnt\b|\bnot\b|\bin\b|\bof\b|)"
            R"([?]|:|=|[|][|]|\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*`%&|^/])=?)",
            Tok::Operator, "slash_starts_regex")
      .rule(R"([-=]>)", Tok::NameFunction)
      .rule(R"((@)([ \t]*)()" + id + ")",
            {Tok::NameVariableInstance, Tok::Text, Tok::NameAttribute}, "slash_starts_regex")
      .rule(R"(([.])([ \t]*)()" + id + ")", {Tok::Punctuation, Tok::Text, Tok::NameAttribute},
            "slash_starts_regex")
      .rule(id + R"((?=\s*:))", Tok::NameAttribute, "slash_starts_regex")
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (constants.has(word)) r.token(Tok::NameConstant);
         else if (builtins.has(word)) r.token(Tok::NameBuiltin);
         else r.token(Tok::NameOther);
         r.push("slash_starts_regex");
      })
      .rule(R"([{(\[;,])", Tok::Punctuation, "slash_starts_regex")
      .rule(R"([})\].])", Tok::Punctuation)
      .rule(R"(\d+[.]\d+([eE]\d+)?[fd]?)", Tok::NumFloat)
      .rule(R"(0x[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"~(""")~", Tok::Str, "tdqs")
      .rule(R"(''')", Tok::Str, "tsqs")
      .rule(R"(")", Tok::Str, "dqs")
      .rule(R"(')", Tok::Str, "sqs");
   l.state("code_escape")
      .rule(R"(\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\}))", Tok::StrEscape);
   l.state("strings")
      .rule(R"~((?m)[^#\\'"]+)~", Tok::Str)
      .mixin("code_escape")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(#)", Tok::Str);
   l.state("double_strings").rule(R"(')", Tok::Str).mixin("has_interpolation").mixin("strings");
   l.state("single_strings").rule(R"(")", Tok::Str).mixin("strings");
   l.state("interpolation").rule(R"(})", Tok::StrInterpol, "#pop").mixin("root");
   l.state("has_interpolation").rule(R"([#][{])", Tok::StrInterpol, "interpolation");
   l.state("dqs").rule(R"(")", Tok::Str, "#pop").mixin("double_strings");
   l.state("tdqs").rule(R"~(""")~", Tok::Str, "#pop").rule(R"(")", Tok::Str).mixin("double_strings");
   l.state("sqs").rule(R"(')", Tok::Str, "#pop").mixin("single_strings");
   l.state("tsqs").rule(R"(''')", Tok::Str, "#pop").rule(R"(')", Tok::Str).mixin("single_strings");
   l.finish();
   return l;
}

}  // namespace

const Lexer& coffeescript_lexer() {
   static const Lexer lexer = make_coffeescript();
   return lexer;
}

}  // namespace jekyllpp::highlight
