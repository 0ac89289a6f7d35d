#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's ERB and EEX: code between `open` and `close` tags handed to one instance of the
// code's lexer, the rest to one HTML lexer; <%# ... %> is a comment.
Lexer make_template(const char* tag, const std::string& open, const std::string& close,
                    const Lexer& (*code)()) {
   Lexer l(tag);
   l.on_start([code](Runner& r) {
      r.child(html_lexer()).reset();
      r.child(code()).reset();
   });
   l.state("root")
      .rule(R"(<%#)", Tok::Comment, "comment")
      .rule(open, Tok::CommentPreproc, "code")
      .rule("(?m).+?(?=" + open + ")|.+",
            [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); });
   l.state("comment")
      .rule(close, Tok::Comment, "#pop")
      .rule("(?m).+?(?=" + close + ")|.+", Tok::Comment);
   l.state("code")
      .rule(close, Tok::CommentPreproc, "#pop")
      .rule("(?m).+?(?=" + close + ")|.+",
            [code](Runner& r) { r.delegate(r.child(code()), r.m()); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& erb_lexer() {
   static const Lexer lexer =
      make_template("erb", "(?:<%%|<%=|<%#|<%-|<%)", "(?:%%>|-%>|%>)", ruby_lexer);
   return lexer;
}

const Lexer& eex_lexer() {
   static const Lexer lexer = make_template("eex", "(?:<%%|<%=|<%#|<%)", "(?:%%>|%>)", elixir_lexer);
   return lexer;
}

}  // namespace jekyllpp::highlight
