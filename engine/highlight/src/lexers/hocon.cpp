// Rouge's HOCON lexer, built on its JSON lexer: # and // comments, unquoted keys and values,
// ${substitutions}, """multi-line strings""" and include directives.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_hocon() {
   Lexer l("hocon");
   l.state("comments").rule(R"(//.*?$)", Tok::CommentSingle).rule(R"(#.*?$)", Tok::CommentSingle);
   l.state("whitespace").rule(R"(\s+)", Tok::Whitespace);
   l.state("root")
      .mixin("comments")
      .mixin("whitespace")
      .rule(R"(\{)", Tok::Punctuation, "object")
      .rule(R"(\[)", Tok::Punctuation, "array")
      .mixin("name")
      .mixin("value")
      .rule(R"([\]}])", Tok::Punctuation);
   l.state("object")
      .rule(R"(\b(?:include|url|file|classpath)\b)", Tok::Keyword)
      .mixin("whitespace")
      .mixin("name")
      .mixin("value")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation);
   l.state("name")
      .rule(R"~(("(?:\"|[^"\n])*?")(\s*)([:=]|(?=\{)))~", {Tok::NameLabel, Tok::Whitespace, Tok::Punctuation})
      .rule(R"(([-\w.]+)(\s*)([:=]|(?=\{)))", {Tok::NameLabel, Tok::Whitespace, Tok::Punctuation});
   l.state("value")
      .mixin("comments")
      .rule(R"(\n)", Tok::Whitespace)
      .rule(R"(\s+)", Tok::Whitespace)
      .mixin("constants")
      .rule(R"([$][{][?]?)", Tok::StrInterpol, "interpolation")
      .rule(R"(""")", Tok::StrDouble, "multiline_string")
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(R"(\[)", Tok::Punctuation, "array")
      .rule(R"(\{)", Tok::Punctuation, "object")
      .rule(R"([()=])", Tok::Punctuation)
      .rule(R"([^$"{}\[\]:=,\+#`^?!@*&]+?)", Tok::Literal);
   l.state("interpolation")
      .rule(R"([\w\-\.]+?)", Tok::NameVariable)
      .rule(R"(\})", Tok::StrInterpol, "#pop");
   l.state("string")
      .rule(R"([$][{][?]?)", Tok::StrInterpol, "interpolation")
      .rule(R"([^\\"\${]+)", Tok::StrDouble)
      .rule(R"([^\\"]+)", Tok::StrDouble)
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop");
   // A quote that ends the string state ends it: Rouge's """ rule comes after it.
   l.state("multiline_string").rule(R"("[^"]{1,2})", Tok::StrDouble).mixin("string");
   l.state("array")
      .mixin("value")
      .rule(R"(\])", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation);
   l.state("constants")
      .rule(R"(\d+\.(\d+\.?){3,})", Tok::Literal)  // several dots: an IP address
      .rule(R"((?:true|false|null))", Tok::KeywordConstant)
      .rule(R"((?i)-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?)", Tok::NumInteger);
   l.finish();
   return l;
}

}  // namespace

const Lexer& hocon_lexer() {
   static const Lexer lexer = make_hocon();
   return lexer;
}

}  // namespace jekyllpp::highlight
