// Rouge's Fluent lexer (Project Fluent's .ftl localization files): messages and terms, whose
// values are text with {placeables}: variables, term references, function calls, selectors.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_fluent() {
   Lexer l("fluent");
   l.state("root")
      .rule("( *)(=)( *)", [](Runner& r) {
         r.groups({Tok::Whitespace, Tok::Punctuation, Tok::Whitespace});
         r.push("template");
      })
      .rule(R"((?m)(?:\s*\n)+)", Tok::Whitespace)
      .rule("#{1,3}(?: .*)?$", Tok::CommentSingle)
      .rule("[a-zA-Z][a-zA-Z0-9_-]*", Tok::NameConstant)
      .rule(R"(\-[a-zA-Z][a-zA-Z0-9_-]*)", Tok::NameEntity)
      .rule(R"(\s*\.[a-zA-Z][a-zA-Z0-9_-]*)", Tok::NameAttribute)
      .rule(R"(\s+(?=[^\s\.]))", Tok::Whitespace, "template");
   l.state("template")
      .rule(R"(\n)", Tok::Whitespace, "#pop")
      .rule(R"([^\{\n\}\*]+)", Tok::Text)
      .rule(R"(\{)", Tok::Punctuation, "placeable")
      .rule(R"((?=\}))", Tok::Punctuation, "#pop");
   l.state("placeable")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(\{)", Tok::Punctuation, "placeable")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .rule(R"(\$[a-zA-Z][a-zA-Z0-9_-]*)", Tok::NameVariable)
      .rule(R"(\-[a-zA-Z][a-zA-Z0-9_-]*)", Tok::NameEntity)
      .rule(R"(\.[a-zA-Z][a-zA-Z0-9_-]*)", Tok::NameAttribute)
      .rule("[A-Z]+", Tok::NameBuiltin)
      .rule("[a-zA-Z][a-zA-Z0-9_-]*", Tok::NameConstant)
      .rule(R"([\(\),\:])", Tok::Punctuation)
      .rule("->", Tok::Punctuation)
      .rule(R"(\*)", Tok::PunctuationIndicator)
      .rule(R"(\-?\d+\.\d+?)", Tok::NumFloat)
      .rule(R"(\-?\d+)", Tok::NumInteger)
      .rule("\"", Tok::StrDouble, "string")
      .rule(R"((\[)(\-?\d+\.\d+)(\]))", {Tok::Punctuation, Tok::NumFloat, Tok::Punctuation},
            "template")
      .rule(R"((\[)(\-?\d+)(\]))", {Tok::Punctuation, Tok::NumInteger, Tok::Punctuation},
            "template")
      .rule(R"((\[)([a-zA-Z][a-zA-Z0-9_-]+)(\]))",
            {Tok::Punctuation, Tok::StrSymbol, Tok::Punctuation}, "template");
   l.state("string")
      .rule(R"(\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{6})", Tok::StrEscape)
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"([^\"\\])", Tok::StrDouble)
      .rule("\"", Tok::StrDouble, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& fluent_lexer() {
   static const Lexer lexer = make_fluent();
   return lexer;
}

}  // namespace jekyllpp::highlight
