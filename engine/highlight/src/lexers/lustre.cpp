// Rouge's Lustre lexer (Verimag's synchronous dataflow language), and its Lutin lexer: the same
// rules with other word lists.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

struct WordLists {
   Words keywords;
   Words word_operators;
   Words primitives;
};

const std::string id = R"((?i:[a-z_][\w']*))";

Lexer make_lustre(const char* tag, const WordLists& words) {
   Lexer l(tag);
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(false|true)", Tok::KeywordConstant)
      .rule(R"(\-\-.*)", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule(R"((?m)\(\*.*?\*\))", Tok::CommentMultiline)
      .rule(id, [&words](Runner& r) {
         if (words.keywords.has(r.m())) r.token(Tok::Keyword);
         else if (words.word_operators.has(r.m())) r.token(Tok::OperatorWord);
         else if (words.primitives.has(r.m())) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule(R"([(){}\[\];]+)", Tok::Punctuation)
      .rule(R"([,!$%&*+./:<=>?@^|~#-]+)", Tok::Operator)
      .rule(R"((?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*))", Tok::NumFloat)
      .rule(R"(\d[\d_]*)", Tok::NumInteger)
      .rule(R"('(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))')", Tok::StrChar)
      .rule(R"('[.]')", Tok::StrChar)
      .rule(R"(")", Tok::StrDouble, "string")
      .rule("[~?]" + id, Tok::NameVariable);
   l.state("string")
      .rule(R"([^\\"]+)", Tok::StrDouble)
      .mixin("escape_sequence")
      .rule(R"(\\\n)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDouble, "#pop");
   l.state("escape_sequence")
      .rule(R"(\\[\\"'ntbr])", Tok::StrEscape)
      .rule(R"(\\\d{3})", Tok::StrEscape)
      .rule(R"(\\x[0-9a-fA-F]{2})", Tok::StrEscape);
   l.finish();
   return l;
}

}  // namespace

const Lexer& lustre_lexer() {
   static const WordLists words{
      Words("extern unsafe assert const current enum function let node operator returns step "
            "struct tel type var model package needs provides uses is body end include merge"),
      Words("div and xor mod or not nor if then else fby pre when with"),
      Words("int real bool")};
   static const Lexer lexer = make_lustre("lustre", words);
   return lexer;
}

const Lexer& lutin_lexer() {
   static const WordLists words{
      Words("let in node extern system returns weak strong assert raise try catch trap do exist "
            "erun run type ref exception include false true"),
      Words("div and xor mod or not nor if then else pre"),
      Words("int real bool trace loop fby")};
   static const Lexer lexer = make_lustre("lutin", words);
   return lexer;
}

}  // namespace jekyllpp::highlight
