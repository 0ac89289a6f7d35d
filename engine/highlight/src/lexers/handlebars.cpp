// Rouge's Handlebars / Mustache lexer: {{ }} tags, the rest handed to the HTML lexer.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"([\w$-]+)";

Lexer make_handlebars() {
   Lexer l("handlebars");
   auto html = [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); };
   l.on_start([](Runner& r) { r.child(html_lexer()).reset(); });
   l.state("root")
      .rule(R"(\\{+)", html)
      .rule(R"({{!--)", Tok::Comment, "comment")
      .rule(R"({{!.*?}})", Tok::Comment)
      .rule(R"({{{?)", [](Runner& r) {
         r.token(Tok::Keyword);
         r.push("stache");
         r.push("open_sym");
      })
      .rule(R"((?m)(.+?)(?=\\|{{))", [html](Runner& r) {
         html(r);
         // An unquoted attribute value ends where the tag starts.
         Runner& parent = r.child(html_lexer());
         if (parent.state_is("attr")) parent.pop();
      })
      .rule(R"((?m).+)", html);
   l.state("comment")
      .rule(R"({{)", Tok::Comment, "#push")
      .rule(R"(}})", Tok::Comment, "#pop")
      .rule(R"((?m)[^{}]+)", Tok::Comment)
      .rule(R"([{}])", Tok::Comment);
   l.state("stache")
      .rule(R"(}}}?)", Tok::Keyword, "#pop")
      .rule(R"(\|)", Tok::Punctuation)
      .rule(R"(~)", Tok::Keyword)
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"([=])", Tok::Operator)
      .rule(R"([\[\]])", Tok::Punctuation)
      .rule(R"([\(\)])", Tok::Punctuation)
      .rule(R"([.](?=[}\s]))", Tok::NameVariable)
      .rule(R"([.][.])", Tok::NameVariable)
      .rule(R"([/.])", Tok::Punctuation)
      .rule(R"~("(\\.|.)*?")~", Tok::StrDouble)
      .rule(R"('(\\.|.)*?')", Tok::StrSingle)
      .rule(R"(\d+(?=}\s))", Tok::Num)
      .rule(R"((true|false)(?=[}\s]))", Tok::KeywordConstant)
      .rule(R"(else(?=[}\s]))", Tok::Keyword)
      .rule(R"(this(?=[}\s]))", Tok::NameBuiltinPseudo)
      .rule("@" + id, Tok::NameAttribute)
      .rule(id, Tok::NameVariable);
   l.state("open_sym")
      .rule(R"([#/])", [](Runner& r) {
         r.token(Tok::Keyword);
         r.go_to("block_name");
      })
      .rule(R"([>^&~])", Tok::Keyword)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("block_name")
      .rule(R"(if(?=[}\s]))", Tok::Keyword)
      .rule(id, Tok::NameNamespace, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& handlebars_lexer() {
   static const Lexer lexer = make_handlebars();
   return lexer;
}

}  // namespace jekyllpp::highlight
