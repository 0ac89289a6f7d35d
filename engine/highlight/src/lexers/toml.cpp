#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string identifier = R"~((?:\S+|"[^"]+"|'[^']+'))~";

Lexer make_toml() {
   Lexer l("toml");
   l.state("basic")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*?$)", Tok::Comment)
      .rule(R"((true|false))", Tok::KeywordConstant)
      .rule("(" + identifier + R"()(\s*)(=)(\s*)(\{))",
            {Tok::NameNamespace, Tok::Text, Tok::Operator, Tok::Text, Tok::Punctuation}, "inline")
      .rule(R"((?<!=)\s*\[[\S]+\])", Tok::NameNamespace)
      .rule(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)", Tok::LiteralDate)
      .rule(R"([+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?)", Tok::NumFloat)
      .rule(R"([+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*)", Tok::NumFloat)
      .rule(R"([+-]?(?:nan|inf))", Tok::NumFloat)
      .rule(R"(0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)", Tok::NumHex)
      .rule(R"(0o[0-7]+(?:_[0-7]+)*)", Tok::NumOct)
      .rule(R"(0b[01]+(?:_[01]+)*)", Tok::NumBin)
      .rule(R"([+-]?\d+(?:_\d+)*)", Tok::NumInteger);
   l.state("root")
      .mixin("basic")
      .rule("(" + identifier + R"()(\s*)(=))", {Tok::NameProperty, Tok::Text, Tok::Punctuation},
            "value");
   l.state("value").rule(R"(\n)", Tok::Text, "#pop").mixin("content");
   l.state("content")
      .mixin("basic")
      .rule("(" + identifier + R"()(\s*)(=))", {Tok::NameProperty, Tok::Text, Tok::Punctuation})
      .rule(R"(""")", Tok::Str, "mdq")
      .rule(R"(")", Tok::Str, "dq")
      .rule(R"(''')", Tok::Str, "msq")
      .rule(R"(')", Tok::Str, "sq")
      .mixin("esc_str")
      .rule(R"(\,)", Tok::Punctuation)
      .rule(R"(\[)", Tok::Punctuation, "array");
   l.state("dq")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\n)", Tok::Error, "#pop")
      .mixin("esc_str")
      .rule(R"([^\\"\n]+)", Tok::Str);
   l.state("mdq")
      .rule(R"(""")", Tok::Str, "#pop")
      .mixin("esc_str")
      .rule(R"([^\\"]+)", Tok::Str)
      .rule(R"("+)", Tok::Str);
   l.state("sq")
      .rule(R"(')", Tok::Str, "#pop")
      .rule(R"(\n)", Tok::Error, "#pop")
      .rule(R"([^'\n]+)", Tok::Str);
   l.state("msq")
      .rule(R"(''')", Tok::Str, "#pop")
      .rule(R"([^']+)", Tok::Str)
      .rule(R"('+)", Tok::Str);
   l.state("esc_str").rule(R"(\\[0t\tn\n "\\r])", Tok::StrEscape);
   l.state("array").mixin("content").rule(R"(\])", Tok::Punctuation, "#pop");
   l.state("inline").mixin("content").rule(R"(\})", Tok::Punctuation, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& toml_lexer() {
   static const Lexer lexer = make_toml();
   return lexer;
}

}  // namespace jekyllpp::highlight
