// Rouge's EPP lexer (Embedded Puppet): Puppet code between <% %> tags goes to one Puppet lexer,
// the text around them is plain text.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string open = R"((?:<%%|<%=|<%#|(<%-|<%)(\s*\|)?))";
const std::string close = R"((?:%%>|(\|\s*)?(-%>|%>)))";

Lexer make_epp() {
   Lexer l("epp");
   l.on_start([](Runner& r) {
      r.child(plaintext_lexer()).reset();
      r.child(puppet_lexer()).reset();
   });
   l.state("root")
      .rule(R"(<%#)", Tok::Comment, "comment")
      .rule(open, Tok::CommentPreproc, "puppet")
      .rule("(?m).+?(?=" + open + ")|.+", [](Runner& r) { r.delegate(r.child(plaintext_lexer()), r.m()); });
   l.state("comment")
      .rule(close, Tok::Comment, "#pop")
      .rule("(?m).+?(?=" + close + ")|.+", Tok::Comment);
   l.state("puppet")
      .rule(close, Tok::CommentPreproc, "#pop")
      .rule("(?m).+?(?=" + close + ")|.+", [](Runner& r) { r.delegate(r.child(puppet_lexer()), r.m()); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& epp_lexer() {
   static const Lexer lexer = make_epp();
   return lexer;
}

}  // namespace jekyllpp::highlight
