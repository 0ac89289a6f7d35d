#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string open = "(?:<%%|<%=|<%#|<%-|<%)";
const std::string close = "(?:%%>|-%>|%>)";

// Rouge's ERB: Ruby between <% %>, the rest handed to the HTML lexer.
Lexer make_erb() {
   Lexer l("erb");
   l.on_start([](Runner& r) {
      r.child(html_lexer()).reset();
      r.child(ruby_lexer()).reset();
   });
   l.state("root")
      .rule(R"(<%#)", Tok::Comment, "comment")
      .rule(open, Tok::CommentPreproc, "ruby")
      .rule("(?m).+?(?=" + open + ")|.+",
            [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); });
   l.state("comment")
      .rule(close, Tok::Comment, "#pop")
      .rule("(?m).+?(?=" + close + ")|.+", Tok::Comment);
   l.state("ruby")
      .rule(close, Tok::CommentPreproc, "#pop")
      .rule("(?m).+?(?=" + close + ")|.+",
            [](Runner& r) { r.delegate(r.child(ruby_lexer()), r.m()); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& erb_lexer() {
   static const Lexer lexer = make_erb();
   return lexer;
}

}  // namespace jekyllpp::highlight
