// Rouge's Mason lexer (HTML::Mason templates): HTML with <%perl> blocks, % Perl lines,
// <% %> substitutions, <& &> component calls and <%def>/<%method> components.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// One Perl lexer for the whole text, as Rouge keeps its state between the pieces.
void perl(Runner& r, std::string_view text) { r.delegate(r.child(perl_lexer()), text); }
void perl_match(Runner& r) { perl(r, r.m()); }
void html(Runner& r) { r.delegate(r.child(html_lexer()), r.m()); }

Lexer make_mason() {
   Lexer l("mason");
   l.state("root").mixin("mason_tags");
   l.state("mason_tags")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"((?i)<%(text|doc)>)", Tok::CommentPreproc, "text_block")
      .rule(R"((?i)<%(args|flags|attr|init|once|shared|perl|cleanup|filter)>)",
            Tok::CommentPreproc, "perl_block")
      .rule(R"((?i)(<%(def|method))([^>]*)(>))", [](Runner& r) {
         r.token(Tok::CommentPreproc, r.m(1));
         r.token(Tok::Name, r.m(3));
         r.token(Tok::CommentPreproc, r.m(4));
         r.push("component_block");
      })
      .rule(R"(^(%)(.*)$)", [](Runner& r) {  // a Perl line
         r.token(Tok::CommentPreproc, r.m(1));
         perl(r, r.m(2));
      })
      .rule(R"(<%)", Tok::CommentPreproc, "component_call")
      .rule(R"(<&\|)", [](Runner& r) {  // a component with content
         r.token(Tok::CommentPreproc);
         r.push("component_with_content");
         r.push("component_sub");
      })
      .rule(R"(<&)", Tok::CommentPreproc, "component_sub")
      // HTML up to the next Mason tag, or to the end
      .rule(R"((?m)(.+?)(?=(<\/?&|<\/?%|^%|^#)))", html)
      .rule(R"((?m).+)", html);
   l.state("perl_block")
      .rule(R"((?i)<\/%(args|flags|attr|init|once|shared|perl|cleanup|filter)>)",
            Tok::CommentPreproc, "#pop")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(^(#.*)$)", Tok::Comment)
      .rule(R"((?m)(.*?[^"])(?=<\/%))", perl_match);
   l.state("text_block")
      .rule(R"((?i)<\/%(text|doc)>)", Tok::CommentPreproc, "#pop")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(^(#.*)$)", Tok::Comment)
      .rule(R"((?m)(.*?[^"])(?=<\/%))", Tok::Comment);
   l.state("component_block")
      .rule(R"((?i)<\/%(def|method)>)", Tok::CommentPreproc, "#pop")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(^(#.*)$)", Tok::Comment)
      .mixin("mason_tags");
   l.state("component_with_content")
      .rule(R"(<\/&>)", Tok::CommentPreproc, "#pop")
      .mixin("mason_tags");
   l.state("component_sub")
      .rule(R"(&>)", Tok::CommentPreproc, "#pop")
      .rule(R"((?m)(.*?)(?=&>))", perl_match);
   l.state("component_call")
      .rule(R"(%>)", Tok::CommentPreproc, "#pop")
      .rule(R"((?m)(.*?)(?=%>))", perl_match);
   l.finish();
   return l;
}

}  // namespace

const Lexer& mason_lexer() {
   static const Lexer lexer = make_mason();
   return lexer;
}

}  // namespace jekyllpp::highlight
