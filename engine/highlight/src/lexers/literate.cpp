// Rouge's literate lexers: Literate Haskell (code lines start with "> ", the rest is text) and
// Literate CoffeeScript (indented blocks are CoffeeScript, the rest Markdown). Each keeps one
// instance of the inner lexers for the whole text.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

const Lexer& literate_haskell_lexer() {
   static const Lexer lexer = [] {
      Lexer l("literate_haskell");
      l.on_start([](Runner& r) { r.child(haskell_lexer()).reset(); });
      l.state("root")
         .rule(R"(\s*?\n(?=>))", Tok::Text, "code")
         .rule(R"(.*?\n)", Tok::Text)
         .rule(R"(.+\z)", Tok::Text);
      l.state("code")
         .rule(R"((>)( .*?(\n|\z)))", [](Runner& r) {
            r.token(Tok::NameLabel, r.m(1));
            r.delegate(r.child(haskell_lexer()), r.m(2));
         })
         .rule(R"(\s*\n(?=\s*[^>]))", Tok::Text, "#pop");
      l.finish();
      return l;
   }();
   return lexer;
}

const Lexer& literate_coffeescript_lexer() {
   static const Lexer lexer = [] {
      Lexer l("literate_coffeescript");
      l.on_start([](Runner& r) {
         r.child(markdown_lexer()).reset();
         r.child(coffeescript_lexer()).reset();
      });
      l.state("root")
         .rule(R"((?m)^(    .*?\n)+)", [](Runner& r) { r.delegate(r.child(coffeescript_lexer()), r.m()); })
         .rule(R"((?m)^([ ]{0,3}(\S.*?|)\n)*)", [](Runner& r) {
            r.delegate(r.child(markdown_lexer()), r.m());
         });
      l.finish();
      return l;
   }();
   return lexer;
}

}  // namespace jekyllpp::highlight
