// Rouge's Sass (indented) and SCSS lexers, which share most of their states.
#include <string>

#include "lexers/css_words.hpp"
#include "lexers/indentation.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?:[\w-]+))";

void define_common(Lexer& l) {
   l.state("content_common")
      .rule(R"(@for\b)", Tok::Keyword, "for")
      .rule(R"(@(debug|warn|if|each|while|else|return|media))", Tok::Keyword, "value")
      .rule("(@mixin)(\\s+)(" + id + ")", {Tok::Keyword, Tok::Text, Tok::NameFunction}, "value")
      .rule("(@function)(\\s+)(" + id + ")", {Tok::Keyword, Tok::Text, Tok::NameFunction},
            "value")
      .rule(R"(@extend\b)", Tok::Keyword, "selector")
      .rule("(@include)(\\s+)(" + id + ")", {Tok::Keyword, Tok::Text, Tok::NameDecorator},
            "value")
      .rule("@" + id, Tok::Keyword, "selector")
      .rule(R"(&)", Tok::Keyword, "selector")
      .rule("([$]" + id + R"()([ \t]*)(:))", {Tok::NameVariable, Tok::Text, Tok::Punctuation},
            "value");
   l.state("value")
      .mixin("end_section")
      .rule(R"([ \t]+)", Tok::Text)
      .rule("[$]" + id, Tok::NameVariable)
      .rule(R"(url[(])", Tok::StrOther, "string_url")
      .rule(id + R"((?=\s*[(]))", Tok::NameFunction)
      .rule("%" + id, Tok::NameDecorator)
      .rule(R"((true|false)\b)", Tok::NameBuiltinPseudo)
      .rule(R"((and|or|not)\b)", Tok::OperatorWord)
      .rule(R"((?i)#[a-z0-9]{1,6})", Tok::NumHex)
      .rule(R"(-?\d+(%|[a-z]+)?)", Tok::Num)
      .rule(R"(-?\d*\.\d+(%|[a-z]+)?)", Tok::NumInteger)
      .mixin("has_strings")
      .mixin("has_interp")
      .rule(R"([~^*!&%<>\|+=@:,.\/?-]+)", Tok::Operator)
      .rule(R"([\[\]()]+)", Tok::Punctuation)
      .rule(R"(/[*])", Tok::CommentMultiline, "inline_comment")
      .rule(R"(//[^\n]*)", Tok::CommentSingle)
      .rule(id, [](Runner& r) {
         if (css_builtins().has(r.m())) r.token(Tok::NameBuiltin);
         else if (css_constants().has(r.m())) r.token(Tok::NameConstant);
         else r.token(Tok::Name);
      });
   l.state("has_interp").rule(R"([#][{])", Tok::StrInterpol, "interpolation");
   l.state("has_strings")
      .rule(R"(")", Tok::StrDouble, "dq")
      .rule(R"(')", Tok::StrSingle, "sq");
   l.state("interpolation").rule(R"(\})", Tok::StrInterpol, "#pop").mixin("value");
   l.state("selector")
      .mixin("end_section")
      .mixin("has_strings")
      .mixin("has_interp")
      .rule(R"([ \t]+)", Tok::Text)
      .rule(R"(:)", Tok::NameDecorator, "pseudo_class")
      .rule(R"([.])", Tok::NameClass, "class")
      .rule(R"(#)", Tok::NameNamespace, "id")
      .rule(R"(%)", Tok::NameVariable, "placeholder")
      .rule(id, Tok::NameTag)
      .rule(R"(&)", Tok::Keyword)
      .rule(R"([~^*!&\[\]()<>\|+=@:;,.\/?-])", Tok::Operator);
   l.state("dq")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .mixin("has_interp")
      .rule(R"((\\.|#(?![{])|[^\n"#])+)", Tok::StrDouble);
   l.state("sq")
      .rule(R"(')", Tok::StrSingle, "#pop")
      .mixin("has_interp")
      .rule(R"((\\.|#(?![{])|[^\n'#])+)", Tok::StrSingle);
   l.state("string_url")
      .rule(R"([)])", Tok::StrOther, "#pop")
      .rule(R"((\\.|#(?![{])|[^\n)#])+)", Tok::StrOther)
      .mixin("has_interp");
   l.state("selector_piece").mixin("has_interp").rule("", [](Runner& r) { r.pop(); });
   l.state("pseudo_class").rule(id, Tok::NameDecorator).mixin("selector_piece");
   l.state("class").rule(id, Tok::NameClass).mixin("selector_piece");
   l.state("id").rule(id, Tok::NameNamespace).mixin("selector_piece");
   l.state("placeholder").rule(id, Tok::NameVariable).mixin("selector_piece");
   l.state("for").rule(R"((from|to|through))", Tok::OperatorWord).mixin("value");
   l.state("attr_common").mixin("has_interp").rule(id, [](Runner& r) {
      r.token(css_attributes().has(r.m()) ? Tok::NameLabel : Tok::NameAttribute);
   });
   l.state("attribute").mixin("attr_common").rule(R"(([ \t]*)(:))", {Tok::Text, Tok::Punctuation},
                                                  "value");
   l.state("inline_comment")
      .rule(R"((\\#|#(?=[^\n{])|\*(?=[^\n\/])|[^\n#*])+)", Tok::CommentMultiline)
      .mixin("has_interp")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop");
}

Lexer make_sass() {
   Lexer l("sass");
   l.on_start(start_indentation);
   l.state("root")
      .rule(R"([ \t]*\n)", Tok::Text)
      .rule(R"([ \t]*)", [](Runner& r) {
         r.token(Tok::Text);
         indentation(r, r.m());
      });
   l.state("content")
      .rule(R"(//.*?$)", [](Runner& r) {
         r.token(Tok::CommentSingle);
         r.pop();
         starts_block(r, "single_comment");
      })
      .rule(R"(/[*].*?\n)", [](Runner& r) {
         r.token(Tok::CommentMultiline);
         r.pop();
         starts_block(r, "multi_comment");
      })
      .rule(R"(@import\b)", Tok::Keyword, "import")
      .mixin("content_common")
      .rule("=" + id, Tok::NameFunction, "value")
      .rule("[+]" + id, Tok::NameDecorator, "value")
      .rule(R"(:)", Tok::NameAttribute, "old_style_attr")
      .rule(R"((?=[^\[\n]+?:([^a-z]|$)))", [](Runner& r) { r.push("attribute"); })
      .rule("", [](Runner& r) { r.push("selector"); });
   l.state("single_comment").rule(R"(.*?$)", Tok::CommentSingle, "#pop");
   l.state("multi_comment").rule(R"(.*?\n)", Tok::CommentMultiline, "#pop");
   l.state("import")
      .rule(R"([ \t]+)", Tok::Text)
      .rule(R"(\S+)", Tok::Str)
      .rule(R"(\n)", Tok::Text, "#pop");
   l.state("old_style_attr").mixin("attr_common").rule("", [](Runner& r) {
      r.pop();
      r.push("value");
   });
   l.state("end_section").rule(R"(\n)", [](Runner& r) {
      r.token(Tok::Text);
      r.reset_stack();
   });
   define_common(l);
   l.finish();
   return l;
}

Lexer make_scss() {
   Lexer l("scss");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline)
      .rule(R"(@import\b)", Tok::Keyword, "value")
      .mixin("content_common")
      .rule(R"((?=[^;{}][;}]))", [](Runner& r) { r.push("attribute"); })
      .rule(R"((?=[^;{}:\[]+:[^a-z]))", [](Runner& r) { r.push("attribute"); })
      .rule("", [](Runner& r) { r.push("selector"); });
   l.state("end_section")
      .rule(R"(\n)", Tok::Text)
      .rule(R"([;{}])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.reset_stack();
      });
   define_common(l);
   l.finish();
   return l;
}

}  // namespace

const Lexer& sass_lexer() {
   static const Lexer lexer = make_sass();
   return lexer;
}

const Lexer& scss_lexer() {
   static const Lexer lexer = make_scss();
   return lexer;
}

}  // namespace jekyllpp::highlight
