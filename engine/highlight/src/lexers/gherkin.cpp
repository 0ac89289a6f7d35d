// Rouge's Gherkin (Cucumber) lexer, with the keywords of every language Gherkin has.
#include <string>

#include "lexers/gherkin_words.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string rest_of_line = R"(.*?(?=[#\n]))";

Lexer make_gherkin() {
   Lexer l("gherkin");
   l.state("basic").rule(R"(#.*$)", Tok::Comment).rule(R"([ \r\t]+)", Tok::Text);
   l.state("root")
      .mixin("basic")
      .rule(R"(\n)", Tok::Text)
      .rule(R"~((?m)""".*?""")~", Tok::Str)
      .rule(R"(@[^\s@]+)", Tok::NameTag)
      .mixin("has_table")
      .mixin("has_examples");
   // "Keyword:" starts a block; what follows depends on which keyword it is.
   l.state("has_scenarios").rule(R"((.*?)(:))", [](Runner& r) {
      r.reset_stack();
      std::string_view keyword = r.m(1);
      Tok tok = Tok::Error;
      if (gherkin_keyword(GherkinKeyword::Element, keyword)) {
         r.push("description");
         tok = Tok::KeywordNamespace;
      } else if (gherkin_keyword(GherkinKeyword::Feature, keyword)) {
         r.push("feature_description");
         tok = Tok::KeywordDeclaration;
      } else if (gherkin_keyword(GherkinKeyword::Examples, keyword)) {
         r.push("example_description");
         tok = Tok::NameNamespace;
      }
      r.groups({tok, Tok::Punctuation});
   });
   l.state("has_examples").mixin("has_scenarios").rule(gherkin_step_pattern(), [](Runner& r) {
      r.token(Tok::NameFunction);
      r.reset_stack();
      r.push("step");
   });
   l.state("has_table").rule(R"((?=[|]))", [](Runner& r) { r.push("table_header"); });
   l.state("table_header")
      .rule(R"([^|\s]+)", Tok::NameVariable)
      .rule(R"(\n)", [](Runner& r) {
         r.token(Tok::Text);
         r.go_to("table");
      })
      .mixin("table");
   l.state("table")
      .mixin("basic")
      .rule(R"(\n)", Tok::Text, "table_bol")
      .rule(R"([|])", Tok::Punctuation)
      .rule(R"([^|\s]+)", Tok::Name);
   l.state("table_bol")
      .rule(R"((?=\s*[^\s|]))", [](Runner& r) { r.reset_stack(); })
      .rule("", [](Runner& r) { r.pop(); });
   l.state("description")
      .mixin("basic")
      .mixin("has_examples")
      .rule(R"(\n)", Tok::Text)
      .rule(rest_of_line, Tok::Text);
   l.state("feature_description")
      .mixin("basic")
      .mixin("has_scenarios")
      .rule(R"(\n)", Tok::Text)
      .rule(rest_of_line, Tok::Text);
   l.state("example_description")
      .mixin("basic")
      .mixin("has_table")
      .rule(R"(\n)", Tok::Text)
      .rule(rest_of_line, Tok::Text);
   l.state("step")
      .mixin("basic")
      .rule(R"(<.*?>)", Tok::NameVariable)
      .rule(R"(".*?")", Tok::Str)
      .rule(R"(\S[^\s<]*)", Tok::Text)
      .rule(rest_of_line, Tok::Text, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& gherkin_lexer() {
   static const Lexer lexer = make_gherkin();
   return lexer;
}

}  // namespace jekyllpp::highlight
