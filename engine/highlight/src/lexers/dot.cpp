// Rouge's DOT (Graphviz) lexer: statements of IDs, edges and [attribute lists]; an HTML-like
// label <...> is handed to one HTML lexer, reset at each label.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_dot() {
   Lexer l("dot");
   auto html = [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); };
   l.on_start([](Runner& r) { r.child(html_lexer()).reset(); });
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*)", Tok::CommentSingle)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/(\\\n)?[*].*?[*](\\\n)?/)", Tok::CommentMultiline);
   l.state("html")
      .rule(R"([^<>]+)", html)
      .rule(R"((?m)<.+?>)", html)
      .rule(R"(>)", Tok::Punctuation, "#pop");
   l.state("ID")
      .rule(R"(([a-zA-Z][a-zA-Z_0-9]*)(\s*)(=))", {Tok::Name, Tok::Text, Tok::Punctuation})
      .rule(R"([a-zA-Z][a-zA-Z_0-9]*)", Tok::NameVariable)
      .rule(R"(([0-9]+)?\.[0-9]+)", Tok::NumFloat)
      .rule(R"([0-9]+)", Tok::NumInteger)
      .rule(R"("(\\"|[^"])*")", Tok::StrDouble)
      .rule(R"(<)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.child(html_lexer()).reset();
         r.push("html");
      });
   l.state("a_list")
      .mixin("comments_and_whitespace")
      .mixin("ID")
      .rule(R"([=;,])", Tok::Punctuation)
      .rule(R"(\])", Tok::Operator, "#pop");
   l.state("root")
      .mixin("comments_and_whitespace")
      .rule(R"((?i)\b(strict|graph|digraph|subgraph|node|edge)\b)", Tok::Keyword)
      .rule(R"([{};:=])", Tok::Punctuation)
      .rule(R"(-[->])", Tok::Operator)
      .rule(R"(\[)", Tok::Operator, "a_list")
      .mixin("ID");
   l.finish();
   return l;
}

}  // namespace

const Lexer& dot_lexer() {
   static const Lexer lexer = make_dot();
   return lexer;
}

}  // namespace jekyllpp::highlight
