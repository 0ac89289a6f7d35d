#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Ruby's [[:alpha:]], [[:word:]], [[:upper:]] are Unicode-aware.
const std::string id = R"((?:[\p{Alphabetic}_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*))";
const std::string digit = R"((?:[0-9]_+[0-9]|[0-9]))";

Lexer make_java() {
   Lexer l("java");
   l.state("root")
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule(R"((?:assert|break|case|catch|continue|default|do|else|finally|for|if|goto|)"
            R"(instanceof|new|return|switch|this|throw|try|while)\b)",
            Tok::Keyword)
      .rule(R"((?mx)(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\())",
            [](Runner& r) {
               r.delegate(java_lexer(), r.m(1));
               r.token(Tok::NameFunction, r.m(2));
               r.token(Tok::Text, r.m(3));
               r.token(Tok::Operator, r.m(4));
            })
      .rule("@" + id, Tok::NameDecorator)
      .rule(R"((?:abstract|const|enum|extends|final|implements|native|private|protected|)"
            R"(public|static|strictfp|super|synchronized|throws|transient|volatile)\b)",
            Tok::KeywordDeclaration)
      .rule(R"((?:boolean|byte|char|double|float|int|long|short|var|void)\b)", Tok::KeywordType)
      .rule(R"((?:true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"((?:class|interface)\b)", Tok::KeywordDeclaration, "class")
      .rule(R"((?:import|package)\b)", Tok::KeywordNamespace, "import")
      .rule(R"("(\\\\|\\"|[^"])*")", Tok::Str)
      .rule(R"('(?:\\.|[^\\]|\\u[0-9a-f]{4})')", Tok::StrChar)
      .rule(R"((\.)()" + id + ")", {Tok::Operator, Tok::NameAttribute})
      .rule(id + ":", Tok::NameLabel)
      .rule(R"(\p{Lu}[\p{Lu}\p{Nd}_]*\b)", Tok::NameConstant)
      .rule(R"(\p{Lu}[\p{Alphabetic}\p{Nd}]*\b)", Tok::NameClass)
      .rule(R"(\$?)" + id, Tok::Name)
      .rule(R"([~^*!%&\[\](){}<>\|+=:;,.\/?-])", Tok::Operator)
      .rule(digit + R"(+\.)" + digit + "+([eE]" + digit + "+)?[fd]?", Tok::NumFloat)
      .rule(R"((?i)0b(?:[01]_+[01]|[01])+)", Tok::NumBin)
      .rule(R"((?i)0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+)", Tok::NumHex)
      .rule(R"(0(?:[0-7]_+[0-7]|[0-7])+)", Tok::NumOct)
      .rule(digit + "+L?", Tok::NumInteger)
      .rule(R"(\n)", Tok::Text);
   l.state("class").rule(R"((?m)\s+)", Tok::Text).rule(id, Tok::NameClass, "#pop");
   l.state("import")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?i)[a-z0-9_.]+\*?)", Tok::NameNamespace, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& java_lexer() {
   static const Lexer lexer = make_java();
   return lexer;
}

}  // namespace jekyllpp::highlight
