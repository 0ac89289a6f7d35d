// Rouge's JSP lexer: <%-- comments --%>, directives, <% scriptlets %> and <jsp:...> actions (Java,
// to one Java lexer), tag-library tags with ${...} in attribute values; the rest is HTML (one
// HTML lexer).
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

void html(Runner& r) { r.delegate(r.child(html_lexer()), r.m()); }
void java(Runner& r) { r.delegate(r.child(java_lexer()), r.m()); }

Lexer make_jsp() {
   Lexer l("jsp");
   l.on_start([](Runner& r) {
      r.child(html_lexer()).reset();
      r.child(java_lexer()).reset();
   });
   l.state("root")
      .rule(R"(<%--)", Tok::Comment, "jsp_comment")
      .rule(R"(<%@\s*(page|include|taglib)\s*)", Tok::NameTag, "jsp_directive")
      .rule(R"(<jsp:directive\.(page|include|taglib))", Tok::NameTag, "jsp_directive2")
      .rule(R"(<jsp:(scriptlet|declaration|expression)>)", Tok::NameTag, "jsp_expression")
      .rule(R"(<[a-zA-Z]*:[a-zA-Z]*\s*)", Tok::NameTag, "jsp_tag")  // <c:if ...
      .rule(R"(</[a-zA-Z]*:[a-zA-Z]*>)", Tok::NameTag)
      .rule(R"(<%[!=]?)", Tok::NameTag, "jsp_expression2")
      .rule(R"((?m)(.+?)(?=(<%|<\/?[a-zA-Z]*:)))", html)
      .rule(R"((?m).+)", html);
   l.state("jsp_comment")
      .rule(R"((--%>))", Tok::Comment, "#pop")
      .rule(R"((?m).)", Tok::Comment);
   l.state("jsp_directive")
      .rule(R"((%>))", Tok::NameTag, "#pop")
      .mixin("attributes")
      .rule(R"((?m)(.+?)(?=%>))", html);
   l.state("jsp_directive2")
      .rule(R"((/>))", Tok::NameTag, "#pop")
      .mixin("attributes")
      .rule(R"((?m)(.+?)(?=\/>))", html);
   l.state("jsp_expression")
      .rule(R"(<\/jsp:(scriptlet|declaration|expression)>)", Tok::NameTag, "#pop")
      .mixin("attributes")
      .rule(R"([^<\/]+)", java);
   l.state("jsp_expression2")
      .rule(R"(%>)", Tok::NameTag, "#pop")
      .rule(R"([^%>]+)", java);
   l.state("jsp_tag")
      .rule(R"(\/?>)", Tok::NameTag, "#pop")
      .mixin("attributes")
      .rule(R"((?m)(.+?)(?=\/?>))", html);
   l.state("attributes").rule(R"((?m)\s*[a-zA-Z0-9_:-]+\s*=\s*)", Tok::NameAttribute, "attr");
   l.state("attr")
      .rule(R"(")", [](Runner& r) {
         r.token(Tok::Str);
         r.go_to("double_quotes");
      })
      .rule(R"(')", [](Runner& r) {
         r.token(Tok::Str);
         r.go_to("single_quotes");
      })
      .rule(R"([^\s>]+)", Tok::Str, "#pop");
   l.state("double_quotes")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\$\{)", Tok::StrInterpol, "jsp_interp")
      .rule(R"([^"]+)", Tok::Str);
   l.state("single_quotes")
      .rule(R"(')", Tok::Str, "#pop")
      .rule(R"(\$\{)", Tok::StrInterpol, "jsp_interp")
      .rule(R"([^']+)", Tok::Str);
   l.state("jsp_interp")
      .rule(R"(\})", Tok::StrInterpol, "#pop")
      .rule(R"(')", Tok::Literal, "jsp_interp_literal_start")
      .rule(R"([^'\}]+)", java);
   l.state("jsp_interp_literal_start")
      .rule(R"(')", Tok::Literal, "#pop")
      .rule(R"([^']+)", Tok::Literal);
   l.finish();
   return l;
}

}  // namespace

const Lexer& jsp_lexer() {
   static const Lexer lexer = make_jsp();
   return lexer;
}

}  // namespace jekyllpp::highlight
