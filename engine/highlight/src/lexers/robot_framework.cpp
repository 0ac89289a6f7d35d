// Rouge's Robot Framework lexer: sections of settings, test cases, tasks, keywords and variables,
// whose rows are cells split by two spaces, tabs or pipes. Which state a cell is read in hangs on
// the column (vars[0]), the state the row asked for next (str, "" for none: a setting's value,
// a keyword's arguments) and whether a test template is on (vars[1]).
#include <cctype>
#include <string>
#include <unordered_set>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::unordered_set<std::string_view> settings_with_keywords = {
   "library", "resource", "setup", "teardown", "template", "suite setup", "suite teardown",
   "task setup", "task teardown", "task template", "test setup", "test teardown",
   "test template", "variables"};
const std::unordered_set<std::string_view> settings_with_args = {
   "arguments", "default tags", "documentation", "force tags", "metadata", "return", "tags",
   "timeout", "task timeout", "test timeout"};

std::string lower(std::string_view text) {
   std::string out(text);
   for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
   return out;
}

// The state a setting named `name` asks the next cells to be read in ("" when none).
std::string next_for(std::string_view name) {
   const std::string key = lower(name);
   if (settings_with_keywords.count(key)) return "keyword";
   if (settings_with_args.count(key)) return "args";
   return "";
}

const std::string id = R"((?:\\|[^|$@&% \t\n])+(?: (?:\\.|[^|$@&% \t\n])+)*)";

Lexer make_robot_framework() {
   Lexer l("robot_framework");
   l.on_start([](Runner& r) { r.push("prior_text"); });
   l.state("prior_text")
      .rule(R"(^[^*].*)", Tok::Text)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("whitespace").rule(R"(\s+)", Tok::Whitespace);
   l.state("section_include").mixin("end_section").mixin("sep").mixin("newline");
   l.state("end_section").rule(R"((?=^(?:\| )?\*))", [](Runner& r) { r.pop(); });
   l.state("return").rule("", [](Runner& r) { r.pop(); });
   l.state("sep")
      .rule(R"(\| )", Tok::Whitespace)
      .rule(R"( +\| +|[ ]{2,}|\t+)", [](Runner& r) {
         r.token(Tok::Whitespace);
         ++r.vars[0];
         if (!r.str.empty()) {
            r.push(r.str);
         } else if (r.vars[1]) {
            r.push("args");
         } else if (r.vars[0] == 1) {
            r.str = "keyword";
            r.push("keyword");
         } else {
            r.push("args");
         }
         r.push("cell_start");
      })
      .rule(R"(\.\.\. *)", [](Runner& r) {
         r.token(Tok::Whitespace);
         ++r.vars[0];
         r.push("args");
      })
      .rule(R"( ?\|)", Tok::Whitespace);
   l.state("newline").rule(R"(\n)", [](Runner& r) {
      r.token(Tok::Whitespace);
      r.vars[0] = 0;
      r.str.clear();
      r.push("cell_start");
   });
   l.state("root")
      .mixin("whitespace")
      .rule(R"((?i)^(?:\| )?\*[* ]*([A-Z]+(?: [A-Z]+)?).*)", [](Runner& r) {
         r.token(Tok::GenericHeading);
         std::string_view title = r.m(1);
         if (!title.empty() && title.back() == 's') title.remove_suffix(1);  // Ruby's chomp("s")
         const std::string name = lower(title);
         if (name == "setting") r.push("section_settings");
         else if (name == "test case") r.push("section_tests");
         else if (name == "task") r.push("section_tasks");
         else if (name == "keyword") r.push("section_keywords");
         else if (name == "variable") r.push("section_variables");
      });
   l.state("section_settings")
      .mixin("section_include")
      .rule(R"((?i)([A-Z]+(?: [A-Z]+)?)(:?))", [](Runner& r) {
         r.str = next_for(r.m(1));
         r.groups({Tok::NameBuiltinPseudo, Tok::Punctuation});
      });
   l.state("section_tests")
      .mixin("section_include")
      .rule(R"([$@&%{}]+)", Tok::NameLabel)
      .rule(R"(( )(?![ |]))", Tok::NameLabel)
      .rule(id, [](Runner& r) {
         r.vars[1] = 0;
         r.token(Tok::NameLabel);
      });
   l.state("section_tasks").mixin("section_tests");
   l.state("section_keywords")
      .mixin("section_include")
      .rule(R"([$@&%]\{)", Tok::NameVariable, "var")
      .rule(R"([$@&%{}]+)", Tok::NameLabel)
      .rule(R"(( )(?![ |]))", Tok::NameLabel)
      .rule(id, Tok::NameLabel);
   l.state("section_variables")
      .mixin("section_include")
      .rule(R"([$@&%]\{)", [](Runner& r) {
         r.token(Tok::NameVariable);
         r.str = "args";
         r.push("var");
      });
   l.state("cell_start").rule(R"(#.*)", Tok::Comment).mixin("return");
   // A variable in a cell: once a setting asked for more cells, they are read as keywords.
   auto variable = [](Runner& r) {
      r.token(Tok::NameVariable);
      if (!r.str.empty()) r.str = "keyword";
      r.push("var");
   };
   l.state("keyword")
      .rule(R"((?i)(\[)([A-Z]+(?: [A-Z]+)?)(\]))", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::NameBuiltinPseudo, Tok::Punctuation});
         if (lower(r.m(2)) == "template") r.vars[1] = 1;
         const std::string next = next_for(r.m(2));
         if (!next.empty()) r.str = next;
         r.pop();
      })
      .rule(R"([$@&%]\{)", variable)
      .rule(R"((?i)FOR)", [](Runner& r) {
         r.token(Tok::NameFunction);
         if (!r.str.empty()) r.str = "keyword";
      })
      .rule(R"(( )(?![ |]))", Tok::NameFunction)
      .rule(R"((?i)(?:Given|When|Then|And|But) )", Tok::NameBuiltin)
      .rule(id, [](Runner& r) {
         r.token(Tok::NameFunction);
         r.str.clear();
      })
      .mixin("return");
   l.state("args")
      .rule(R"([$@&%]\{)", variable)
      .rule(R"([$@&%]+)", Tok::Str)
      .rule(R"(( )(?![ |]))", Tok::Str)
      .rule(id, Tok::Str)
      .mixin("return");
   l.state("var")
      .rule(R"((\})( )(=))", [](Runner& r) {
         r.groups({Tok::NameVariable, Tok::Whitespace, Tok::Punctuation});
         r.pop();
      })
      .rule(R"([$@&%]\{)", Tok::NameVariable, "var")
      .rule(R"([{\[])", Tok::NameVariable, "var")
      .rule(R"([}\]])", Tok::NameVariable, "#pop")
      .rule(R"([^$@&%{}\[\]]+)", Tok::NameVariable)
      .rule(R"(\}\[)", Tok::NameVariable);
   l.finish();
   return l;
}

}  // namespace

const Lexer& robot_framework_lexer() {
   static const Lexer lexer = make_robot_framework();
   return lexer;
}

}  // namespace jekyllpp::highlight
