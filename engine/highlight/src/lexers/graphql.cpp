// Rouge's GraphQL lexer: operations, fragments, type system definitions, and """descriptions"""
// lexed as Markdown.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string name = "[_A-Za-z][_0-9A-Za-z]*";
const std::string word = R"(\b)" + name + R"(\b)";
const std::string builtin_types = R"(\b(?:Int|Float|String|Boolean|ID)\b)";

// A scalar in a value: it ends the value unless the value is a list's element.
Callback scalar(Tok tok) {
   return [tok](Runner& r) {
      r.token(tok);
      if (!r.state_is("list")) r.pop();
   };
}

// A closing bracket that also ends the state it was opened from, when that is `outer`.
Callback close(std::string_view outer1, std::string_view outer2 = "") {
   return [outer1, outer2](Runner& r) {
      r.token(Tok::Punctuation);
      r.pop();
      if (r.state_is(outer1) || (!outer2.empty() && r.state_is(outer2))) r.pop();
   };
}

Lexer make_graphql() {
   Lexer l("graphql");
   l.state("root")
      .rule(R"(\b(?:query|mutation|subscription)\b)", Tok::Keyword, "query_definition")
      .rule(R"(\{)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("query_definition");
         r.push("selection_set");
      })
      .rule(R"(\bfragment\b)", Tok::Keyword, "fragment_definition")
      .rule(R"(\bscalar\b)", Tok::Keyword, "value")
      .rule(R"(\b(?:type|interface|enum)\b)", Tok::Keyword, "type_definition")
      .rule(R"(\b(?:input|schema)\b)", Tok::Keyword, "type_definition")
      .rule(R"(\bunion\b)", Tok::Keyword, "union_definition")
      .rule(R"(\bextend\b)", Tok::Keyword)
      .mixin("basic")
      .rule(R"~((?m)(""")(\n)(.*?)(\n)("""))~", [](Runner& r) {
         r.token(Tok::StrDouble, r.m(1));
         r.token(Tok::Whitespace, r.m(2));
         r.delegate(markdown_lexer(), r.m(3));
         r.token(Tok::Whitespace, r.m(4));
         r.token(Tok::StrDouble, r.m(5));
      });
   l.state("basic")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"([!,])", Tok::Punctuation);
   l.state("has_directives")
      .rule("(@" + name + R"()(\s*)(\())", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Whitespace, Tok::Punctuation});
         r.push("arguments");
      })
      .rule("@" + name + R"(\b)", Tok::Keyword);
   l.state("fragment_definition").rule(R"(\bon\b)", Tok::Keyword).mixin("query_definition");
   l.state("query_definition")
      .mixin("has_directives")
      .rule(word, Tok::Name)
      .rule(R"(\()", Tok::Punctuation, "variable_definitions")
      .rule(R"(\{)", Tok::Punctuation, "selection_set")
      .mixin("basic");
   l.state("type_definition")
      .rule(R"(\bimplements\b)", Tok::Keyword)
      .rule(word, Tok::Name)
      .rule(R"(\()", Tok::Punctuation, "variable_definitions")
      .rule(R"(\{)", Tok::Punctuation, "type_definition_set")
      .mixin("basic");
   l.state("union_definition")
      .rule(word, Tok::Name)
      .rule(R"(\=)", Tok::Punctuation, "union_definition_variant")
      .mixin("basic");
   l.state("union_definition_variant")
      .rule(word, [](Runner& r) {
         r.token(Tok::Name);
         r.go_to("union_definition_pipe");
      })
      .mixin("basic");
   l.state("union_definition_pipe")
      .rule(R"(\|)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("union_definition_variant");
      })
      .rule(R"((?!\||\s+|#[^\n]*))", [](Runner& r) { r.pop(2); })
      .mixin("basic");
   l.state("type_definition_set")
      .rule(R"(\})", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop(2);
      })
      .rule(R"(\b()" + name + R"()(\s*)(\())", [](Runner& r) {
         r.groups({Tok::Name, Tok::Whitespace, Tok::Punctuation});
         r.push("variable_definitions");
      })
      .rule(word, Tok::Name)
      .rule(R"(:)", Tok::Punctuation, "type_names")
      .mixin("basic");
   l.state("arguments")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(word, Tok::Name)
      .rule(R"(:)", Tok::Punctuation, "value")
      .mixin("basic");
   l.state("variable_definitions")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"(\$)" + name + R"(\b)", Tok::NameVariable)
      .rule(word, Tok::Name)
      .rule(R"(:)", Tok::Punctuation, "type_names")
      .rule(R"(\=)", Tok::Punctuation, "value")
      .mixin("basic");
   l.state("type_names")
      .rule(builtin_types, Tok::NameBuiltin, "#pop")
      .rule(word, Tok::Name, "#pop")
      .rule(R"(\[)", Tok::Punctuation, "type_name_list")
      .mixin("basic");
   l.state("type_name_list")
      .rule(builtin_types, Tok::NameBuiltin)
      .rule(word, Tok::Name)
      .rule(R"(\])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop(2);
      })
      .mixin("basic");
   l.state("selection_set")
      .mixin("has_directives")
      .rule(R"(\})", close("query_definition", "fragment_definition"))
      .rule(R"(\b()" + name + R"()(\s*)(\())", [](Runner& r) {
         r.groups({Tok::Name, Tok::Whitespace, Tok::Punctuation});
         r.push("arguments");
      })
      .rule(R"(\b()" + name + R"()(\s*)(:))", {Tok::Name, Tok::Whitespace, Tok::Punctuation})
      .rule(word, Tok::Name)
      .rule(R"((\.\.\.)(\s+)(on)\b)", {Tok::Punctuation, Tok::Whitespace, Tok::Keyword})
      .rule(R"(\.\.\.)", Tok::Punctuation)
      .rule(R"(\{)", Tok::Punctuation, "selection_set")
      .mixin("basic");
   l.state("list").rule(R"(\])", close("value")).mixin("value");
   l.state("object")
      .rule(R"(\})", close("value"))
      .rule(R"(\b()" + name + R"()(\s*)(:))", [](Runner& r) {
         r.groups({Tok::Name, Tok::Whitespace, Tok::Punctuation});
         r.push("value");
      })
      .mixin("basic");
   l.state("value")
      .rule(R"~((?m)""".*?""")~", Tok::StrDouble)
      .rule(R"(\$)" + name + R"(\b)", scalar(Tok::NameVariable))
      .rule(R"(\b(?:true|false|null)\b)", scalar(Tok::KeywordConstant))
      .rule(R"([+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?)", scalar(Tok::NumFloat))
      .rule(R"([+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?)", scalar(Tok::NumInteger))
      .rule(R"~("(\\[\\"]|[^"])*")~", scalar(Tok::StrDouble))
      .rule(word, scalar(Tok::Name))
      .rule(R"(\{)", Tok::Punctuation, "object")
      .rule(R"(\[)", Tok::Punctuation, "list")
      .mixin("basic");
   l.finish();
   return l;
}

}  // namespace

const Lexer& graphql_lexer() {
   static const Lexer lexer = make_graphql();
   return lexer;
}

}  // namespace jekyllpp::highlight
