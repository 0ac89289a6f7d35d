#include <string>

#include "lexers/html_family.hpp"

namespace jekyllpp::highlight {

// Ruby's [\p{Word}\p{Cf}:.·-] and friends; \p{Word} is letters, marks, digits, connectors.
#define WORD R"(\p{Alphabetic}\p{M}\p{Nd}\p{Pc})"

void define_html(Lexer& l) {
   l.state("root")
      .rule(R"((?m)[^<&]+)", Tok::Text)
      .rule(R"(&\S*?;)", Tok::NameEntity)
      .rule(R"((?im)<!DOCTYPE .*?>)", Tok::CommentPreproc)
      .rule(R"((?m)<!\[CDATA\[.*?\]\]>)", Tok::CommentPreproc)
      .rule(R"(<!--)", Tok::Comment, "comment")
      .rule(R"((?m)<\?.*?\?>)", Tok::CommentPreproc)
      .rule(R"((?m)<\s*script\s*)", [](Runner& r) {
         r.token(Tok::NameTag);
         r.child(javascript_lexer()).reset();
         r.push("script_content");
         r.push("tag");
      })
      .rule(R"((?m)<\s*style\s*)", [](Runner& r) {
         r.token(Tok::NameTag);
         r.child(css_lexer()).reset();
         r.push("style_content");
         r.push("tag");
      })
      .rule(R"(</)", Tok::NameTag, "tag_end")
      .rule(R"(<)", Tok::NameTag, "tag_start")
      .rule(R"(<\s*[\p{L}:_-][)" WORD R"(\p{Cf}:.·-]*)", Tok::NameTag, "tag")
      .rule(R"(<\s*/\s*[\p{L}:_-][)" WORD R"(\p{Cf}:.·-]*\s*>)", Tok::NameTag);
   l.state("tag_end")
      .mixin("tag_end_end")
      .rule(R"([\p{L}:_-][)" WORD R"(\p{Cf}:.·-]*)", [](Runner& r) {
         r.token(Tok::NameTag);
         r.go_to("tag_end_end");
      });
   l.state("tag_end_end").rule(R"(\s+)", Tok::Text).rule(R"(>)", Tok::NameTag, "#pop");
   l.state("tag_start")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"([\p{L}:_-][)" WORD R"(\p{Cf}:.·-]*)", [](Runner& r) {
         r.token(Tok::NameTag);
         r.go_to("tag");
      })
      .rule("", [](Runner& r) { r.go_to("tag"); });
   l.state("comment")
      .rule(R"([^-]+)", Tok::Comment)
      .rule(R"(-->)", Tok::Comment, "#pop")
      .rule(R"(-)", Tok::Comment);
   l.state("tag")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?m)[\p{L}:_\[\]()*.-][)" WORD R"(\p{Cf}:.·\[\]()*-]*\s*=\s*)", Tok::NameAttribute,
            "attr")
      .rule(R"([\p{L}:_*#-][)" WORD R"(\p{Cf}:.·*#-]*)", Tok::NameAttribute)
      .rule(R"((?m)/?\s*>)", Tok::NameTag, "#pop");
   l.state("attr")
      .rule(R"(")", [](Runner& r) {
         r.token(Tok::Str);
         r.go_to("dq");
      })
      .rule(R"(')", [](Runner& r) {
         r.token(Tok::Str);
         r.go_to("sq");
      })
      .rule(R"([^\s>]+)", Tok::Str, "#pop");
   l.state("dq").rule(R"(")", Tok::Str, "#pop").rule(R"([^"]+)", Tok::Str);
   l.state("sq").rule(R"(')", Tok::Str, "#pop").rule(R"([^']+)", Tok::Str);
   l.state("script_content")
      .rule(R"([^<]+)", [](Runner& r) { r.delegate(r.child(javascript_lexer()), r.m()); })
      .rule(R"((?m)<\s*/\s*script\s*>)", Tok::NameTag, "#pop")
      .rule(R"(<)", [](Runner& r) { r.delegate(r.child(javascript_lexer()), r.m()); });
   l.state("style_content")
      .rule(R"([^<]+)", [](Runner& r) { r.delegate(r.child(css_lexer()), r.m()); })
      .rule(R"((?m)<\s*/\s*style\s*>)", Tok::NameTag, "#pop")
      .rule(R"(<)", [](Runner& r) { r.delegate(r.child(css_lexer()), r.m()); });
}

namespace {

Lexer make_html() {
   Lexer l("html");
   define_html(l);
   l.finish();
   return l;
}

// BIML (Rouge's subclass of XML): <#@ directives #> and <# C# code #> before XML's rules.
void add_biml_rules(Lexer& l) {
   l.state("root")
      .rule(R"((?m)<#\@\s*)", Tok::NameTag, "directive_tag")
      .rule(R"((?m)<#[=]?\s*)", Tok::NameTag, "directive_as_csharp");
   l.state("directive_as_csharp")
      .rule(R"((?m)\s*#>\s*)", Tok::NameTag, "#pop")
      .rule(R"((?m).*?(?=\s*#>\s*))", [](Runner& r) { r.delegate(csharp_lexer()); });
   l.state("directive_tag")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?m)[\w.:-]+\s*=)", Tok::NameAttribute, "attr")
      .rule(R"((?m)\w+\s*)", Tok::NameAttribute)
      .rule(R"(/?\s*#>)", Tok::NameTag, "#pop");
}

Lexer make_xml(const char* tag, bool biml) {
   Lexer l(tag);
   if (biml) add_biml_rules(l);
   l.state("root")
      .rule(R"([^<&]+)", Tok::Text)
      .rule(R"(&\S*?;)", Tok::NameEntity)
      .rule(R"(<!\[CDATA\[.*?\]\]\>)", Tok::CommentPreproc)
      .rule(R"(<!--)", Tok::Comment, "comment")
      .rule(R"(<\?.*?\?>)", Tok::CommentPreproc)
      .rule(R"(<![^>]*>)", Tok::CommentPreproc)
      .rule(R"((?m)<\s*[\p{L}:_][)" WORD R"(\p{Cf}:.·-]*)", Tok::NameTag, "tag")
      .rule(R"((?m)<\s*/\s*[\p{L}:_][)" WORD R"(\p{Cf}:.·-]*\s*>)", Tok::NameTag);
   l.state("comment")
      .rule(R"((?m)[^-]+)", Tok::Comment)
      .rule(R"(-->)", Tok::Comment, "#pop")
      .rule(R"(-)", Tok::Comment);
   l.state("tag")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?m)[\p{L}:_][)" WORD R"(\p{Cf}:.·-]*\s*=)", Tok::NameAttribute, "attr")
      .rule(R"(/?\s*>)", Tok::NameTag, "#pop");
   l.state("attr")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"~((?m)".*?"|'.*?'|[^\s>]+)~", Tok::Str, "#pop");
   l.finish();
   return l;
}

#undef WORD

// Rouge's JSON lexer, and its JSON-doc subclass (`documented`), which also takes bare names and
// comments (JSON with Comments).
Lexer make_json(std::string tag, bool documented) {
   Lexer l(std::move(tag));
   if (documented) {
      // JSON-doc's rules that come before JSON's.
      l.state("name").rule(R"(([$\w]+)(\s*)(:))", {Tok::NameAttribute, Tok::Text, Tok::Punctuation});
      l.state("value")
         .rule(R"(/[*].*?[*]/)", Tok::Comment)
         .rule(R"(//.*?$)", Tok::CommentSingle)
         .rule(R"((\.\.\.))", Tok::CommentSingle);
   }
   l.state("whitespace").rule(R"(\s+)", Tok::Whitespace);
   l.state("root")
      .mixin("whitespace")
      .rule(R"(\{)", Tok::Punctuation, "object")
      .rule(R"(\[)", Tok::Punctuation, "array")
      .mixin("name")
      .mixin("value")
      .rule(R"([\]}])", Tok::Punctuation);
   l.state("object")
      .mixin("whitespace")
      .mixin("name")
      .mixin("value")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation);
   l.state("name").rule(R"(("(?:\\.|[^"\\\n])*?")(\s*)(:))",
                        {Tok::NameLabel, Tok::Whitespace, Tok::Punctuation});
   l.state("value")
      .mixin("whitespace")
      .mixin("constants")
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(R"(\[)", Tok::Punctuation, "array")
      .rule(R"(\{)", Tok::Punctuation, "object");
   l.state("string")
      .rule(R"([^\\"]+)", Tok::StrDouble)
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop");
   l.state("array")
      .mixin("value")
      .rule(R"(\])", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation);
   l.state("constants")
      .rule(R"((?:true|false|null))", Tok::KeywordConstant)
      .rule(R"((?i)-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?)", Tok::NumInteger);
   l.finish();
   return l;
}

}  // namespace

const Lexer& html_lexer() {
   static const Lexer lexer = make_html();
   return lexer;
}

const Lexer& xml_lexer() {
   static const Lexer lexer = make_xml("xml", false);
   return lexer;
}

const Lexer& biml_lexer() {
   static const Lexer lexer = make_xml("biml", true);
   return lexer;
}

const Lexer& json_lexer() {
   static const Lexer lexer = make_json("json", false);
   return lexer;
}

const Lexer& json_doc_lexer() {
   static const Lexer lexer = make_json("json-doc", true);
   return lexer;
}

}  // namespace jekyllpp::highlight
