// Rouge's JSL lexer (JMP Scripting Language): function calls, << messages, dates, "names"n,
// "\[raw]\" strings and nested /* */ comments.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_jsl() {
   Lexer l("jsl");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(/[*].*?)", Tok::CommentMultiline, "comment")
      .rule(R"(<<)", Tok::Operator, "message")
      // builtin and own functions
      .rule(R"((?i)(::|:)?([a-z_][\w\s'%.\\]*)(\())",
            {Tok::Punctuation, Tok::Keyword, Tok::Punctuation})
      .rule(R"((?i)\d{2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{2}(\d{2})?)"
            R"((:\d{2}:\d{2}(:\d{2}(\.\d*)?)?)?)",
            Tok::LiteralDate)
      .rule(R"((?i)-?(?:[0-9]+(?:[.][0-9]+)?|[.][0-9]*)(?:e[+-]?[0-9]+)?i?)", Tok::Num)
      .rule(R"~((?i)(::|:)?([a-z_][\w\s'%.\\]*|"(?:\\!"|[^"])*?"n))~",
            {Tok::Punctuation, Tok::NameVariable})
      .rule(R"((?m)(")(\\\[)(.*?)(\]\\)("))",
            {Tok::StrDouble, Tok::StrEscape, Tok::StrDouble, Tok::StrEscape, Tok::StrDouble})
      .rule(R"(")", Tok::StrDouble, "dq")
      .rule(R"([-+*\/!%&<>\|=:`^])", Tok::Operator)
      .rule(R"([\[\](){},;])", Tok::Punctuation);
   l.state("message")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"((?i)[a-z_][\w\s'%.\\]*)", Tok::NameFunction)
      .rule(R"([(),;])", Tok::Punctuation, "#pop")
      .rule(R"([&|!=<>])", Tok::Operator, "#pop");
   l.state("dq")
      .rule(R"(\\![btrnNf0\\"])", Tok::StrEscape)
      .rule(R"(\\)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"((?m)[^\\"]+)", Tok::StrDouble);
   l.state("comment")
      .rule(R"(/[*])", Tok::CommentMultiline, "comment")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"([^/*]+)", Tok::CommentMultiline)
      .rule(R"([/*])", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& jsl_lexer() {
   static const Lexer lexer = make_jsl();
   return lexer;
}

}  // namespace jekyllpp::highlight
