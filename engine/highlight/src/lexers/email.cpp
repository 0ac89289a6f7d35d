// Rouge's Email lexer: the header fields (name: value, continued on indented lines), then the
// body, where lines starting with ">" are quotes.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_email() {
   Lexer l("email");
   l.on_start([](Runner& r) { r.push("fields"); });
   l.state("fields")
      .rule(R"([:])", Tok::Operator, "field_body")
      .rule(R"([^\n\r:]+)", Tok::NameTag)
      .rule(R"([\n\r])", Tok::NameTag);
   l.state("field_body")
      .rule(R"((\r?\n){2})", Tok::Text, "#pop:2")  // a blank line ends the header
      .rule(R"(\r?\n(?![ \v\t\f]))", Tok::Text, "#pop")
      .rule(R"([^\n\r]+)", Tok::NameAttribute)
      .rule(R"([\n\r])", Tok::NameAttribute);
   l.state("root")
      .rule(R"(\n)", Tok::Text)
      .rule(R"(^>.*)", Tok::Comment)
      .rule(R"(.+)", Tok::Text);
   l.finish();
   return l;
}

}  // namespace

const Lexer& email_lexer() {
   static const Lexer lexer = make_email();
   return lexer;
}

}  // namespace jekyllpp::highlight
