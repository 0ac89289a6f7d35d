// Rouge's Velocity lexer: #directives, ## and #* *# comments and $references in HTML (the text
// between them goes to one HTML lexer).
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?i:[a-z_]\w*))";

Lexer make_velocity() {
   Lexer l("velocity");
   l.on_start([](Runner& r) { r.child(html_lexer()).reset(); });
   l.state("root")
      .rule(R"([^{#$]+)", [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); })
      .rule(R"((?m)(#)(\*.*?\*)(#))", Tok::CommentMultiline)
      .rule(R"((##)(.*?$))", Tok::CommentSingle)
      .rule(R"((?m)(#\{?)()" + id + R"()(\}?)(\s?\())",
            [](Runner& r) {
               r.groups({Tok::Punctuation, Tok::NameFunction, Tok::Punctuation, Tok::Punctuation});
               r.push("directive_params");
            })
      .rule(R"((?m)(#\{?)()" + id + R"()(\}|\b))", {Tok::Punctuation, Tok::NameFunction, Tok::Punctuation})
      .rule(R"(\$\{?)", Tok::Punctuation, "variable");
   l.state("variable")
      .rule(id, Tok::NameVariable)
      .rule(R"(\()", Tok::Punctuation, "func_params")
      .rule(R"((\.)()" + id + ")", {Tok::Punctuation, Tok::NameVariable})
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("directive_params")
      .rule(R"((&&|\|\||==?|!=?|[-<>+*%&|^\/])|\b(eq|ne|gt|lt|ge|le|not|in)\b)", Tok::Operator)
      .rule(R"(\[)", Tok::Operator, "range_operator")
      .rule(R"(\b)" + id + R"(\b)", Tok::NameFunction)
      .mixin("func_params");
   l.state("range_operator")
      .rule(R"([.]{2})", Tok::Operator)
      .mixin("func_params")
      .rule(R"(\])", Tok::Operator, "#pop");
   l.state("func_params")
      .rule(R"(\$\{?)", Tok::Punctuation, "variable")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"~("(\\\\|\\"|[^"])*")~", Tok::StrDouble)
      .rule(R"('(\\\\|\\'|[^'])*')", Tok::StrSingle)
      .rule(R"(0[xX][0-9a-fA-F]+[Ll]?)", Tok::NumHex)
      .rule(R"(\b[0-9]+\b)", Tok::NumInteger)
      .rule(R"((true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"([(\[])", Tok::Punctuation, "#push")
      .rule(R"([)\]}])", Tok::Punctuation, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& velocity_lexer() {
   static const Lexer lexer = make_velocity();
   return lexer;
}

}  // namespace jekyllpp::highlight
