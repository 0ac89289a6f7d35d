// Rouge's BibTeX lexer: @type{key, field = value # "string" # {braced}, ...}; @comment and
// text outside entries are comments.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's valid_name: a regexp of its own, ignoring case, interpolated with its flags.
const std::string punctuation = R"(@!$&.\\:;<>?\[\]\^`|~*/+\-)";
const std::string valid_name = "(?i-sx:[a-z_" + punctuation + R"(][\w)" + punctuation + "]*)";

std::string lowercase(std::string_view s) {
   std::string out(s);
   for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
   return out;
}

Lexer make_bibtex() {
   Lexer l("bibtex");
   l.state("root")
      .mixin("whitespace")
      .rule("@(" + valid_name + ")", [](Runner& r) {
         std::string kind = lowercase(r.m(1));
         if (kind == "comment") {
            r.token(Tok::Comment);
            return;
         }
         r.token(Tok::NameClass);
         r.push("closing_brace");
         r.push(kind == "preamble" ? "value" : kind == "string" ? "field" : "command_body");
         r.push("opening_brace");
      })
      .rule(R"(.+)", Tok::Comment);
   l.state("opening_brace").mixin("whitespace").rule(R"([{(])", Tok::Punctuation, "#pop");
   l.state("closing_brace").mixin("whitespace").rule(R"([})])", Tok::Punctuation, "#pop");
   l.state("command_body").mixin("whitespace").rule(R"([^\s\,\}]+)", [](Runner& r) {
      r.token(Tok::NameLabel);
      r.pop();
      r.push("fields");
   });
   l.state("fields")
      .mixin("whitespace")
      .rule(R"(,)", Tok::Punctuation, "field")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("field")
      .mixin("whitespace")
      .rule(valid_name, [](Runner& r) {
         r.token(Tok::NameAttribute);
         r.push("value");
         r.push("equal_sign");
      })
      .rule("", [](Runner& r) { r.pop(); });
   l.state("equal_sign").mixin("whitespace").rule(R"(=)", Tok::Punctuation, "#pop");
   l.state("value")
      .mixin("whitespace")
      .rule(valid_name, Tok::NameVariable)
      .rule(R"(")", Tok::Str, "quoted_string")
      .rule(R"(\{)", Tok::Str, "braced_string")
      .rule(R"(\d+)", Tok::Num)
      .rule(R"(#)", Tok::Punctuation)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("quoted_string")
      .rule(R"(\{)", Tok::Str, "braced_string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"([^\{\"]+)", Tok::Str);
   l.state("braced_string")
      .rule(R"(\{)", Tok::Str, "braced_string")
      .rule(R"(\})", Tok::Str, "#pop")
      .rule(R"([^\{\}]+)", Tok::Str);
   l.state("whitespace").rule(R"(\s+)", Tok::Text);
   l.finish();
   return l;
}

}  // namespace

const Lexer& bibtex_lexer() {
   static const Lexer lexer = make_bibtex();
   return lexer;
}

}  // namespace jekyllpp::highlight
