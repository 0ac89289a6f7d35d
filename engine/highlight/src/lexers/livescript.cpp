// Rouge's LiveScript lexer. Names may hold dashes (`to-upper-case`); after a name, an attribute
// or a closing bracket the `id` state reads what may follow it (`!`, `?`, `.attr`), and after an
// operator or an opening bracket a "/" may start a regex, tried in slash_starts_regex.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words declarations("const let var function class extends implements");
const Words keywords(
   "loop until for in of while break return continue switch case fallthrough default otherwise "
   "when then if unless else throw try catch finally new delete typeof instanceof super by from "
   "to til with require do debugger import export yield");
// JavaScript's constants and builtins, and LiveScript's own.
const Words constants("true false null NaN Infinity undefined yes no on off void");
const Words builtins(
   "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun "
   "decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN "
   "parseFloat parseInt document window navigator self global Promise Set Map WeakSet WeakMap "
   "Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array "
   "Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array "
   "DataView ArrayBuffer this it that arguments");
const Words loop_control("break continue");

const std::string id = R"((?:[$a-zA-Z_](?:(?:-(?=[a-zA-Z]))?[a-zA-Z0-9_])*))";
const std::string int_number = R"(\d[\d_]*)";
const std::string int_ = "(?:" + int_number + "(?:e[+-]?" + int_number + R"()?[$\w]*))";  // units

// Rouge's test for a class name: a capital first, and a lower-case letter after a non-dash.
bool is_class_name(std::string_view word) {
   if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
   for (std::size_t i = 1; i < word.size(); ++i)
      if (word[i] >= 'a' && word[i] <= 'z' && word[i - 1] != '-') return true;
   return false;
}

void add_strings(Lexer& l) {
   l.state("code_escape")
      .rule(R"(\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\}))", Tok::StrEscape);
   l.state("interpolated_expression").rule("}", Tok::StrInterpol, "#pop").mixin("root");
   l.state("interpolation")
      .rule("[#][{]", Tok::StrInterpol, "interpolated_expression")
      .rule("(#)(" + id + ")", [](Runner& r) {
         r.groups({Tok::StrInterpol, builtins.has(r.m(2)) ? Tok::NameBuiltin : Tok::NameVariable});
      });
   l.state("strings")  // all strings are multi-line
      .rule(R"((?m)[^#\\'"]+)", Tok::Str)
      .mixin("code_escape")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule("#", Tok::Str);
   l.state("double_strings").rule("'", Tok::Str).mixin("interpolation").mixin("strings");
   l.state("single_strings").rule("\"", Tok::Str).mixin("strings");
   l.state("triple_double").rule(R"(""")", Tok::Str, "#pop").rule("\"", Tok::Str)
      .mixin("double_strings");
   l.state("triple_single").rule("'''", Tok::Str, "#pop").rule("'", Tok::Str)
      .mixin("single_strings");
   l.state("double").rule("\"", Tok::Str, "#pop").mixin("double_strings");
   l.state("single").rule("'", Tok::Str, "#pop").mixin("single_strings");
}

void add_regexes(Lexer& l) {
   l.state("slash_starts_regex")
      .mixin("comments")
      .mixin("whitespace")
      .mixin("multiline_regex_begin")
      .rule(R"((?x)
            /(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/ # a regex
            ([gimy]+\b|\B))", Tok::StrRegex, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("multiline_regex_begin").rule("//", [](Runner& r) {
      r.token(Tok::StrRegex);
      r.go_to("multiline_regex");
   });
   l.state("multiline_regex_end").rule(R"(//([gimy]+\b|\B))", Tok::StrRegex, "#pop");
   l.state("multiline_regex")
      .mixin("multiline_regex_end")
      .mixin("regex_comment")
      .mixin("interpolation")
      .mixin("code_escape")
      .rule(R"(\\\D)", Tok::StrEscape)
      .rule(R"(\\\d+)", Tok::NameVariable)
      .rule("(?m).", Tok::StrRegex);
   l.state("regex_comment")
      .rule(R"(^#(\s+.*)?$)", Tok::CommentSingle)
      .rule(R"((\s+)(#)(\s+.*)?$)", {Tok::Text, Tok::CommentSingle, Tok::CommentSingle});
}

Lexer make_livescript() {
   Lexer l("livescript");
   add_strings(l);
   add_regexes(l);
   l.state("comments")
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule("#.*$", Tok::CommentSingle);
   // White space, and a loop label at the start of a line.
   l.state("whitespace")
      .rule(R"((?m)(\s+?)(?:^([^\S\n]*)(:)" + id + "))?",
            {Tok::Text, Tok::Text, Tok::NameLabel});
   l.state("whitespace_single_line").rule(R"([^\S\n]+)", Tok::Text);
   l.state("switch_underscore")
      .mixin("whitespace_single_line")
      .rule(R"(_(?=\s*=>|\s+then\b))", Tok::Keyword)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("loop_control")
      .mixin("whitespace_single_line")
      .rule(id + R"((?=[);\n]))", Tok::NameLabel)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("id")
      .rule(R"([!?]|[.](?!=))", Tok::Punctuation)
      .rule("[{]", Tok::Punctuation, "destructuring")
      .rule(id, Tok::NameAttribute)
      .rule(int_, Tok::NumInteger)
      .rule("", [](Runner& r) { r.go_to("slash_starts_regex"); });
   l.state("destructuring")
      .rule("[,;]", Tok::Punctuation)
      .rule(id, Tok::NameAttribute)
      .rule(int_, Tok::NumInteger)
      .mixin("whitespace")
      .rule("[}]", Tok::Punctuation, "#pop");

   l.state("root")
      .rule(R"(^(?=\s|/))", [](Runner& r) { r.push("slash_starts_regex"); })
      .mixin("comments")
      .mixin("whitespace")
      .rule(R"((?m)(<\[)(.*?)(\]>))", {Tok::Punctuation, Tok::Str, Tok::Punctuation})  // words
      .rule(R"(!\s*function\b)", Tok::KeywordDeclaration)
      .rule(R"(!?[-~]>|<[-~]!?)", Tok::KeywordDeclaration)
      .rule("(=>)", Tok::Keyword)  // switch arrow
      .rule("(::)(" + id + ")", {Tok::Punctuation, Tok::NameAttribute}, "id")
      .rule("(::)(" + int_ + ")", {Tok::Punctuation, Tok::NumInteger}, "id")
      .rule("(@)(" + id + ")", {Tok::NameVariableInstance, Tok::NameAttribute}, "id")
      .rule("([.])(" + id + ")", {Tok::Punctuation, Tok::NameAttribute}, "id")
      .rule(R"(([.])(\d+))", {Tok::Punctuation, Tok::NumInteger}, "id")
      .rule(id + R"((?=\s*:[^:=]))", Tok::NameAttribute)
      .rule(R"((?x)
            [+][+]|--|&&|\b(and|x?or|is(nt)?|not)\b(?!-[a-zA-Z]|_)|[|][|]|
            [.]([|&^]|<<|>>>?)[.]|\\(?=\n)|[.:]=|<<<<?|<[|]|[|]>|
            (<<|>>|==?|!=?|[-<>+*%^/~?])=?
            )", Tok::Operator, "slash_starts_regex")
      .rule("(&)(" + id + ")?", {Tok::NameBuiltin, Tok::NameAttribute})  // arguments shorthand
      .rule(R"([|]|\bcase(?=\s))", Tok::Keyword, "switch_underscore")
      .rule("@", Tok::NameVariableInstance)
      .rule("[.]{3}", Tok::Punctuation)
      .rule(":", Tok::Punctuation)
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (loop_control.has(word)) {
            r.token(Tok::Keyword);
            r.push("loop_control");
            return;
         }
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (constants.has(word)) r.token(Tok::NameConstant);
         else if (builtins.has(word)) r.token(Tok::NameBuiltin);
         else if (declarations.has(word)) r.token(Tok::KeywordDeclaration);
         else if (is_class_name(word)) r.token(Tok::NameClass);
         else r.token(Tok::NameVariable);
         r.push("id");
      })
      .rule(R"(\](?=[!?.]|)" + id + ")", Tok::Punctuation, "id")
      .rule(R"([{(\[;,])", Tok::Punctuation, "slash_starts_regex")
      .rule(R"([})\].])", Tok::Punctuation)
      .rule(int_number + "[.]" + int_, Tok::NumFloat)
      .rule("0x[0-9A-Fa-f]+", Tok::NumHex)
      .rule(int_, Tok::NumInteger)
      .rule(R"(""")", Tok::Str, "triple_double")
      .rule("'''", Tok::Str, "triple_single")
      .rule("\"", Tok::Str, "double")
      .rule("'", Tok::Str, "single")
      .rule(R"(\\\S[^\s,;\])}]*)", Tok::Str);  // words
   l.finish();
   return l;
}

}  // namespace

const Lexer& livescript_lexer() {
   static const Lexer lexer = make_livescript();
   return lexer;
}

}  // namespace jekyllpp::highlight
