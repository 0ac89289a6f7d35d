#include <optional>
#include <string>

#include "lexer_options.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's ERB and EEX: code between `open` and `close` tags handed to one instance of the
// code's lexer, the rest to one instance of `parent` (HTML unless ?parent= names another);
// <%# ... %> is a comment.
Lexer make_template(const char* tag, const std::string& open, const std::string& close,
                    const Lexer& (*code)(), const Lexer& parent) {
   Lexer l(tag);
   l.on_start([code, &parent](Runner& r) {
      r.child(parent).reset();
      r.child(code()).reset();
   });
   l.state("root")
      .rule(R"(<%#)", Tok::Comment, "comment")
      .rule(open, Tok::CommentPreproc, "code")
      .rule("(?m).+?(?=" + open + ")|.+",
            [&parent](Runner& r) { r.delegate(r.child(parent), r.m()); });
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
      make_template("erb", "(?:<%%|<%=|<%#|<%-|<%)", "(?:%%>|-%>|%>)", ruby_lexer, html_lexer());
   return lexer;
}

const Lexer& eex_lexer() {
   static const Lexer lexer =
      make_template("eex", "(?:<%%|<%=|<%#|<%)", "(?:%%>|%>)", elixir_lexer, html_lexer());
   return lexer;
}

// TemplateLexer#parent: ?parent= names the lexer (found by name, built for the other options);
// a name Rouge finds no lexer for leaves HTML.
Lexer erb_lexer_with(bool eex, LexerOptions options, LexerPool& pool) {
   const std::optional<std::string> name = options.as_string("parent");
   options.erase("parent");
   const Lexer* parent = name ? configured_lexer(*name, options, pool) : nullptr;
   if (!parent) parent = configured_lexer("html", options, pool);
   return eex ? make_template("eex", "(?:<%%|<%=|<%#|<%)", "(?:%%>|%>)", elixir_lexer, *parent)
              : make_template("erb", "(?:<%%|<%=|<%#|<%-|<%)", "(?:%%>|-%>|%>)", ruby_lexer, *parent);
}

}  // namespace jekyllpp::highlight
