// Rouge's MXML lexer (Flex markup): XML with ActionScript in CDATA sections and in {bindings}
// of attribute values.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

void actionscript(Runner& r) { r.delegate(actionscript_lexer()); }

Lexer make_mxml() {
   Lexer l("mxml");
   l.state("root")
      .rule(R"([^<&]+)", Tok::Text)
      .rule(R"(&\S*?;)", Tok::NameEntity)
      .rule(R"(<!\[CDATA\[)", Tok::CommentPreproc, "actionscript_content")
      .rule(R"(<!--)", Tok::Comment, "comment")
      .rule(R"(<\?.*?\?>)", Tok::CommentPreproc)
      .rule(R"(<![^>]*>)", Tok::CommentPreproc)
      .rule(R"((?m)<\s*[\w:.-]+)", Tok::NameTag, "tag")  // an opening tag
      .rule(R"((?m)<\s*/\s*[\w:.-]+\s*>)", Tok::NameTag);  // a closing tag
   l.state("comment")
      .rule(R"((?m)[^-]+)", Tok::Comment)
      .rule(R"(-->)", Tok::Comment, "#pop")
      .rule(R"(-)", Tok::Comment);
   // Rouge pushes root (it does not pop) at the end of a tag, and tag after an attribute.
   l.state("tag")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?m)[\w.:-]+\s*=)", Tok::NameAttribute, "attribute")
      .rule(R"(/?\s*>)", Tok::NameTag, "root");
   l.state("attribute")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?m)(")(\{|@\{))", [](Runner& r) {
         r.groups({Tok::Str, Tok::Punctuation});
         r.push("actionscript_attribute");
      })
      .rule(R"(".*?"|'.*?'|[^\s>]+)", Tok::Str, "tag");
   l.state("actionscript_content")
      .rule(R"((?m)\]\]\>)", Tok::CommentPreproc, "#pop")
      .rule(R"((?m).*?(?=\]\]\>))", actionscript);
   l.state("actionscript_attribute")
      .rule(R"((?m)(\})("))", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::Str});
         r.push("tag");
      })
      .rule(R"((?m).*?(?=\}"))", actionscript);
   l.finish();
   return l;
}

}  // namespace

const Lexer& mxml_lexer() {
   static const Lexer lexer = make_mxml();
   return lexer;
}

}  // namespace jekyllpp::highlight
