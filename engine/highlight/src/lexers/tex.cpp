// Rouge's TeX / LaTeX lexer: commands, environments, \verb, and inline or display math.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string command = R"((?i)\\([a-z]+|\s+|.))";

Lexer make_tex() {
   Lexer l("tex");
   l.state("general").rule(R"(%.*$)", Tok::Comment).rule(R"([{}&_^])", Tok::Punctuation);
   l.state("root")
      .rule(R"(\\\[)", Tok::Punctuation, "displaymath")
      .rule(R"(\\\()", Tok::Punctuation, "inlinemath")
      .rule(R"(\$\$)", Tok::Punctuation, "displaymath")
      .rule(R"(\$)", Tok::Punctuation, "inlinemath")
      .rule(R"(\\(begin|end)\{.*?\})", Tok::NameTag)
      .rule(R"((\\verb)\b(\S)(.*?)(\2))",
            {Tok::NameBuiltin, Tok::KeywordPseudo, Tok::StrOther, Tok::KeywordPseudo})
      .rule(command, Tok::Keyword, "command")
      .mixin("general")
      .rule(R"([^\\$%&_^{}]+)", Tok::Text);
   l.state("math")
      .rule(command, Tok::NameVariable)
      .mixin("general")
      .rule(R"([0-9]+)", Tok::Num)
      .rule(R"([-=!+*\/()\[\]])", Tok::Operator)
      .rule(R"([^=!+*\/()\[\]\\$%&_^{}0-9-]+)", Tok::NameBuiltin);
   l.state("inlinemath")
      .rule(R"(\\\))", Tok::Punctuation, "#pop")
      .rule(R"(\$)", Tok::Punctuation, "#pop")
      .mixin("math");
   l.state("displaymath")
      .rule(R"(\\\])", Tok::Punctuation, "#pop")
      .rule(R"(\$\$)", Tok::Punctuation, "#pop")
      .rule(R"(\$)", Tok::NameBuiltin)
      .mixin("math");
   l.state("command")
      .rule(R"(\[.*?\])", Tok::NameAttribute)
      .rule(R"(\*)", Tok::Keyword)
      .rule("", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& tex_lexer() {
   static const Lexer lexer = make_tex();
   return lexer;
}

}  // namespace jekyllpp::highlight
