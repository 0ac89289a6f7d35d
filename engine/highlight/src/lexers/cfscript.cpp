// Rouge's CFScript lexer (the script syntax of CFML). After an operator, an opening bracket or a
// declaration, a "{" opens an object literal, whose `key:` are names; in a ternary, ":" ends it.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "if else var xml default break switch do try catch throw in continue for return while "
   "required");
const Words declarations("component property function remote public package private");
const Words types(
   "any array binary boolean component date guid numeric query string struct uuid void xml");

const std::string dotted_id = "[$a-zA-Z_][a-zA-Z0-9_.]*";

Lexer make_cfscript() {
   Lexer l("cfscript");
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule("//.*?$", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline);
   l.state("root")
      .mixin("comments_and_whitespace")
      .rule(R"((?i)(?:\+\+|--|&&|\|\||<=|>=|<|>|==|!=|mod|eq|lt|gt|lte|gte|not|is|and|or|xor|)"
            R"(eqv|imp|equal|contains|\?|does not contain|greater than(?: or equal to)?|)"
            R"(less than(?: or equal to)?)\b)",
            Tok::Operator, "expr_start")
      .rule(R"([-<>+*%&|\^/!=]=?)", Tok::Operator, "expr_start")
      .rule(R"([(\[,])", Tok::Punctuation, "expr_start")
      .rule(";", Tok::Punctuation, "statement")
      .rule(R"([)\].])", Tok::Punctuation)
      .rule("[?]", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("ternary");
         r.push("expr_start");
      })
      .rule("[{}]", Tok::Punctuation, "statement")
      .rule(R"((?:application|session|client|cookie|super|this|variables|arguments|cgi)\b)",
            Tok::NameConstant)
      .rule(R"((?:true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"(import\b)", Tok::KeywordNamespace, "import")
      .rule("(" + dotted_id + R"()(\s*)(:)(\s*))", [](Runner& r) {
         r.groups({Tok::Name, Tok::Text, Tok::Punctuation, Tok::Text});
         r.push("expr_start");
      })
      .rule(R"(([A-Za-z_$][\w.]*)(\s*)(\())", [](Runner& r) {
         r.groups({keywords.has(r.m(1)) ? Tok::Keyword : Tok::NameFunction, Tok::Text,
                   Tok::Punctuation});
      })
      .rule(dotted_id, [](Runner& r) {
         std::string_view word = r.m();
         Tok tok = Tok::NameOther;
         if (declarations.has(word)) tok = Tok::KeywordDeclaration;
         else if (keywords.has(word)) tok = Tok::Keyword;
         else if (types.has(word)) tok = Tok::KeywordType;
         r.token(tok);
         if (tok != Tok::NameOther) r.push("expr_start");
      })
      .rule(R"([0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?)", Tok::NumFloat)
      .rule("0x[0-9a-fA-F]+", Tok::NumHex)
      .rule("[0-9]+", Tok::NumInteger)
      .rule(R"("(\\\\|\\"|[^"])*")", Tok::StrDouble)
      .rule(R"('(\\\\|\\'|[^'])*')", Tok::StrSingle);
   l.state("expr_start")
      .mixin("comments_and_whitespace")
      .rule("[{]", Tok::Punctuation, "object")
      .rule("", Tok::Text, "#pop");
   l.state("statement").rule("[{}]", Tok::Punctuation).mixin("expr_start");
   l.state("object")  // object literals
      .mixin("comments_and_whitespace")
      .rule("[}]", Tok::Punctuation, "expr_start")
      .rule("(" + dotted_id + R"()(\s*)(:))", {Tok::NameOther, Tok::Text, Tok::Punctuation},
            "expr_start")
      .rule(":", Tok::Punctuation)
      .mixin("root");
   l.state("ternary")  // where `name:` is no label
      .rule(":", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("expr_start");
      })
      .mixin("root");
   l.state("import")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((?i)[a-z0-9_.]+\*?)", Tok::NameNamespace, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& cfscript_lexer() {
   static const Lexer lexer = make_cfscript();
   return lexer;
}

}  // namespace jekyllpp::highlight
