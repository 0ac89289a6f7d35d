// Rouge's sed lexer: an address range, then a command; the patterns of addresses and of s///
// and the replacement are lexed by two inner lexers that keep their state across commands.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Sed::Regex: a basic regular expression.
const Lexer& pattern_lexer() {
   static const Lexer lexer = [] {
      Lexer l("sed_regex");
      l.state("root")
         .rule(R"(\\.)", Tok::StrEscape)
         .rule(R"(\[)", Tok::Punctuation, "brackets")
         .rule(R"([$^.*])", Tok::Operator)
         .rule(R"([()])", Tok::Punctuation)
         .rule(R"(.)", Tok::StrRegex);
      l.state("brackets")
         .rule(R"(\^)", [](Runner& r) {
            r.token(Tok::Punctuation);
            r.go_to("brackets_int");
         })
         .rule("", [](Runner& r) { r.go_to("brackets_int"); });
      l.state("brackets_int")
         .rule(R"(.-.)", Tok::NameVariable)
         .rule(R"(\])", Tok::Punctuation, "#pop")
         .rule(R"(.)", Tok::StrRegex);
      l.finish();
      return l;
   }();
   return lexer;
}

// Sed::Replacement: the text of s/// and y///, with escapes and "&".
const Lexer& replacement_lexer() {
   static const Lexer lexer = [] {
      Lexer l("sed_replacement");
      l.state("root")
         .rule(R"((?m)\\.)", Tok::StrEscape)
         .rule(R"(&)", Tok::Operator)
         .rule(R"((?m)[^\\&]+)", Tok::Text);
      l.finish();
      return l;
   }();
   return lexer;
}

// Rouge interpolates edot as a regexp with its own multiline flag.
const std::string edot = R"((?s-ix:\\.|.))";

Lexer make_sed() {
   Lexer l("sed");
   l.on_start([](Runner& r) {
      r.child(pattern_lexer()).reset();
      r.child(replacement_lexer()).reset();
   });
   auto pattern = [](Runner& r, std::string_view text) { r.delegate(r.child(pattern_lexer()), text); };
   auto replacement = [](Runner& r, std::string_view text) {
      r.delegate(r.child(replacement_lexer()), text);
   };
   auto reset_stack = [](Tok tok) {
      return [tok](Runner& r) {
         r.token(tok);
         r.reset_stack();
      };
   };
   l.state("whitespace")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(#.*?\n)", reset_stack(Tok::Comment))
      .rule(R"(\n)", reset_stack(Tok::Text))
      .rule(R"(;)", reset_stack(Tok::Punctuation));
   l.state("root").mixin("addr_range");
   l.state("command")
      .mixin("whitespace")
      .rule("(?m)(s)(.)(" + edot + R"(*?)(\2)()" + edot + R"(*?)(\2))",
            [pattern, replacement](Runner& r) {
               std::string body(r.m(3)), with(r.m(5)), close(r.m(6));
               r.token(Tok::Keyword, r.m(1));
               r.token(Tok::Punctuation, r.m(2));
               pattern(r, body);
               r.token(Tok::Punctuation, r.m(4));
               replacement(r, with);
               r.token(Tok::Punctuation, close);
               r.go_to("flags");
            })
      .rule("(?m)(y)(.)(" + edot + R"(*?)(\2)()" + edot + R"(*?)(\2))", [replacement](Runner& r) {
         std::string from(r.m(3)), to(r.m(5)), close(r.m(6)), mid(r.m(4));
         r.token(Tok::Keyword, r.m(1));
         r.token(Tok::Punctuation, r.m(2));
         replacement(r, from);
         r.token(Tok::Punctuation, mid);
         replacement(r, to);
         r.token(Tok::Punctuation, close);
         r.pop();
      })
      .rule(R"(([aic])(\s*))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.go_to("text");
      })
      .rule(R"([pd])", Tok::Keyword)
      .rule(R"((?i)([qQl])(\s+)(\d+))", {Tok::Keyword, Tok::Text, Tok::Num}, "#pop")
      .rule(R"([={}dDgGhHlnpPqx])", Tok::Keyword, "#pop")
      .rule(R"(([rRwW])(\s+)(\S+))", {Tok::Keyword, Tok::Text, Tok::Name}, "#pop")
      .rule(R"(([:btT])(\s+)(\S+))", {Tok::Keyword, Tok::Text, Tok::NameLabel}, "#pop");
   l.state("addr_range")
      .mixin("whitespace")
      .rule(R"(\d+)", Tok::KeywordNamespace)
      .rule(R"([$,~+!])", Tok::KeywordNamespace)
      .rule(R"((/)((?:\\.|.)*?)(/))", [pattern](Runner& r) {
         std::string body(r.m(2)), close(r.m(3));
         r.token(Tok::KeywordNamespace, r.m(1));
         pattern(r, body);
         r.token(Tok::KeywordNamespace, close);
      })
      .rule(R"((\\)(.)((?:\\.|.)*?)(\2))", [pattern](Runner& r) {
         std::string open = std::string(r.m(1)) + std::string(r.m(2));
         std::string body(r.m(3)), close(r.m(4));
         r.token(Tok::KeywordNamespace, open);
         pattern(r, body);
         r.token(Tok::KeywordNamespace, close);
      })
      .rule("", [](Runner& r) { r.push("command"); });
   l.state("text")
      .rule(R"([^\\\n]+)", Tok::Str)
      .rule(R"(\\\n)", Tok::StrEscape)
      .rule(R"(\\)", Tok::Str)
      .rule(R"(\n)", Tok::Text, "#pop");
   l.state("flags")
      .rule(R"([gp]+)", Tok::Keyword, "#pop")
      // Rouge gives each of the three tokens the whole match, so the text shows three times.
      .rule(R"(([wW])(\s+)(\S+))", [](Runner& r) {
         r.token(Tok::Keyword);
         r.token(Tok::Text);
         r.token(Tok::Name);
      })
      .rule("", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& sed_lexer() {
   static const Lexer lexer = make_sed();
   return lexer;
}

}  // namespace jekyllpp::highlight
