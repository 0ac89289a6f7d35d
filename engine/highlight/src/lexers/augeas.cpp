// Rouge's Augeas lexer (lenses for configuration files): ML-like modules, /regexps/ and strings.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words reserved(
   "_ let del store value counter seq key label autoload incl excl transform test get put in "
   "after set clear insa insb print_string print_regexp print_endline print_tree lens_ctype "
   "lens_atype lens_ktype lens_vtype lens_format_atype regexp_match");

Lexer make_augeas() {
   Lexer l("augeas");
   l.state("basic")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(\(\*)", Tok::CommentMultiline, "comment");
   l.state("comment")
      .rule(R"(\*\))", Tok::CommentMultiline, "#pop")
      .rule(R"(\(\*)", Tok::CommentMultiline, "comment")
      .rule(R"([^*)]+)", Tok::CommentMultiline)
      .rule("[*)]", Tok::CommentMultiline);
   l.state("root")
      .mixin("basic")
      .rule(R"((:)(\w\w*))", {Tok::Punctuation, Tok::KeywordType})
      .rule(R"(\w[\w']*)", [](Runner& r) {
         std::string_view name = r.m();
         if (name == "module") {
            r.token(Tok::KeywordReserved);
            r.push("module");
         } else if (reserved.has(name)) {
            r.token(Tok::KeywordReserved);
         } else if (name[0] >= 'A' && name[0] <= 'Z') {
            r.token(Tok::KeywordNamespace);
         } else {
            r.token(Tok::Name);
         }
      })
      .rule("\"", Tok::Str, "string")
      .rule("/", Tok::Str, "regexp")
      .rule(R"([-*+.=?\|]+)", Tok::Operator)
      .rule(R"([\[\](){}:;])", Tok::Punctuation);
   l.state("module")
      .rule(R"(\s+)", Tok::Text)
      .rule("[A-Z][a-zA-Z0-9_.]*", Tok::NameNamespace, "#pop");
   l.state("regexp")
      .rule("/", Tok::StrRegex, "#pop")
      .rule(R"([^\\\/]+)", Tok::StrRegex)
      .rule(R"(\\[\\\/])", Tok::StrRegex)
      .rule(R"(\\)", Tok::StrRegex);
   l.state("string")
      .rule("\"", Tok::Str, "#pop")
      .rule(R"(\\)", Tok::StrEscape, "escape")
      .rule(R"([^\\"]+)", Tok::Str);
   l.state("escape")
      .rule(R"([abfnrtv"'&\\])", Tok::StrEscape, "#pop")
      .rule(R"(\^[\]\[A-Z@\^_])", Tok::StrEscape, "#pop")
      .rule("(?i)o[0-7]+", Tok::StrEscape, "#pop")
      .rule(R"((?i)x[\da-f]+)", Tok::StrEscape, "#pop")
      .rule(R"(\d+)", Tok::StrEscape, "#pop")
      .rule(R"(\s+)", Tok::StrEscape, "#pop")
      .rule(".", Tok::Str, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& augeas_lexer() {
   static const Lexer lexer = make_augeas();
   return lexer;
}

}  // namespace jekyllpp::highlight
