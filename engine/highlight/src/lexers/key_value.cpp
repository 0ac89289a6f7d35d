// Lexers for key = value configuration files: INI, Java properties, generic .conf.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// INI and properties differ only in their comment, separator and escape characters.
Lexer make_key_value(const char* tag, const char* comment, const char* key, const char* escapes,
                     bool sections) {
   Lexer l(tag);
   l.state("basic")
      .rule(comment, Tok::Comment)
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(\\\n)", Tok::StrEscape);
   auto root = l.state("root");
   root.mixin("basic").rule(key, {Tok::NameProperty, Tok::Text, Tok::Punctuation}, "value");
   if (sections) root.rule(R"(\[.*?\])", Tok::NameNamespace);
   l.state("value")
      .rule(R"(\n)", Tok::Text, "#pop")
      .mixin("basic")
      .rule(R"(")", Tok::Str, "dq")
      .rule(R"('.*?')", Tok::Str)
      .mixin("esc_str")
      .rule(R"([^\\\n]+)", Tok::Str);
   l.state("dq").rule(R"(")", Tok::Str, "#pop").mixin("esc_str").rule(R"((?m)[^\\"]+)", Tok::Str);
   auto esc = l.state("esc_str");
   if (escapes) esc.rule(escapes, Tok::StrEscape);
   esc.rule(R"((?m)\\.)", Tok::StrEscape);
   l.finish();
   return l;
}

Lexer make_conf() {
   Lexer l("conf");
   l.state("root")
      .rule(R"(#.*?\n)", Tok::Comment)
      .rule(R"(".*?")", Tok::StrDouble)
      .rule(R"('.*?')", Tok::StrSingle)
      .rule(R"((?i)[a-z]\w*)", Tok::Name)
      .rule(R"(\d+)", Tok::Num)
      .rule(R"([^\w#"']+)", Tok::Text);
   l.finish();
   return l;
}

}  // namespace

const Lexer& ini_lexer() {
   static const Lexer lexer =
      make_key_value("ini", R"([;#].*?\n)", R"(([\w\-.]+)(\s*)(=))", nullptr, true);
   return lexer;
}

const Lexer& properties_lexer() {
   static const Lexer lexer = make_key_value("properties", R"([!#].*?\n)",
                                             R"(([\w.-]+)(\s*)([=:]))", R"(\\u[0-9]{4})", false);
   return lexer;
}

const Lexer& conf_lexer() {
   static const Lexer lexer = make_conf();
   return lexer;
}

}  // namespace jekyllpp::highlight
