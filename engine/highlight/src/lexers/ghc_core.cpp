// Rouge's GHC Core lexer (the Haskell compiler's -ddump-simpl output): top-level bindings and
// rules, whose indented continuation lines are read as expressions.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_ghc_core() {
   Lexer l("ghc-core");
   l.state("root")
      .rule("^=====.*=====$", Tok::GenericHeading)  // sections
      .rule(R"(^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$)", Tok::CommentSingle)
      .rule(R"(^Result size of .+\n.+\{[^}]*\})", Tok::CommentMultiline)
      .rule("--.*$", Tok::CommentSingle)
      .rule(R"(\[)", Tok::CommentSpecial, "annotation")
      .mixin("recursive_binding")
      .mixin("ghc_rule")
      .mixin("function")
      .rule(R"((?m)\s)", Tok::Text)
      .rule(".", Tok::Text);
   l.state("expression")
      .rule(R"([\n]+)", Tok::Text)
      .rule(R"((?=^\S))", [](Runner& r) { r.pop(); })
      .rule(R"(\s+)", Tok::Text, "expression_line");
   l.state("expression_line")
      .rule(" ", Tok::Text)
      .mixin("common")
      .rule(R"(\n)", Tok::Text, "#pop");
   l.state("annotation")
      .rule(R"(\])", Tok::CommentSpecial, "#pop")
      .rule(R"(\[)", Tok::CommentSpecial, "annotation")
      .rule(R"([^\[\]]+)", Tok::CommentSpecial);
   l.state("common")
      .rule(R"(\[[^=]*\])", Tok::KeywordType)  // a list type: [] or [Char]
      .rule(R"(\[)", Tok::CommentSpecial, "annotation")
      .mixin("literal")
      .rule("__DEFAULT", Tok::NameConstant)
      .rule("[.,(){};]", Tok::Punctuation)
      .mixin("operator")
      .mixin("name");
   l.state("literal")
      .rule(R"(\d+\.\d+#{0,2})", Tok::NumFloat)
      .rule(R"(\d+#{0,2})", Tok::NumInteger)
      .rule(R"(".*"#)", Tok::Str)
      .rule("'.'#", Tok::StrChar);
   l.state("name")
      // Rouge writes the whole match, then the name again as punctuation: the text doubles.
      .rule(R"(^([A-Z]\w*)(\.))", [](Runner& r) {
         r.token(Tok::NameNamespace, r.m(0));
         r.token(Tok::Punctuation, r.m(1));
      })
      .rule(R"([A-Z][^\s.,(){}]*)", Tok::KeywordType)
      .rule(R"((^[a-z].*?\d+\.\d+\.\d+)(:)(?=\S))", {Tok::NameNamespace, Tok::Punctuation})
      .rule(R"(\S*\(,\)\S*)", Tok::NameVariable)  // '(,)' is a name
      .rule(R"(\S[^\s.,(){}]*)", Tok::NameVariable);
   l.state("operator")
      .rule("=>|->|::|=", Tok::Operator)
      .rule("forall|case|of|letrec|let|join", Tok::Keyword)
      .rule(R"(@|\\)", Tok::Operator);
   l.state("recursive_binding")
      .rule(R"((Rec)(\s*)(\{))", {Tok::Keyword, Tok::Text, Tok::Punctuation})
      .rule(R"(^(end)(\s*)(Rec)(\s*)(\}))",
            {Tok::Keyword, Tok::Text, Tok::Keyword, Tok::Text, Tok::Punctuation});
   l.state("ghc_rule").rule(R"((?m)^(".*?"))", Tok::NameLabel, "expression");
   l.state("function").rule(R"((?m)^(\S+)(?=.*?(=|::)))", Tok::NameFunction, "expression");
   l.finish();
   return l;
}

}  // namespace

const Lexer& ghc_core_lexer() {
   static const Lexer lexer = make_ghc_core();
   return lexer;
}

}  // namespace jekyllpp::highlight
