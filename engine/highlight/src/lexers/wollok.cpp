// Rouge's Wollok lexer: classes, objects and mixins (their names are remembered and shown as
// classes where used), methods, keywords and list/set literals.
//
// Rouge keeps the remembered names in one list for the whole Ruby process, so a name declared
// in one code block colours it in later blocks too; here they are remembered per block.
#include <algorithm>
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string entity_name = R"([a-zA-Z][a-zA-Z0-9]*)";
const std::string variable_naming = "_?" + entity_name;

void remember_entity(Runner& r) {
   r.token(Tok::NameClass);
   r.strs.emplace_back(r.m());
}

Lexer make_wollok() {
   Lexer l("wollok");
   l.state("whitespaces_and_comments")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(//.*$)", Tok::CommentSingle)
      .rule(R"((?m)/\*(.|\s)*?\*/)", Tok::CommentMultiline);
   l.state("root")
      .mixin("whitespaces_and_comments")
      .rule(R"((import)(.+$))", {Tok::KeywordReserved, Tok::Text})
      .rule(R"((class|object|mixin))", Tok::KeywordReserved, "foo")
      .rule(R"(test|program)", Tok::KeywordReserved)
      .rule(R"((package)(\s+)()" + entity_name + ")",
            {Tok::KeywordReserved, Tok::Whitespace, Tok::NameClass})
      .rule(R"(\{|\})", Tok::Text)
      .mixin("keywords")
      .mixin("symbols")
      .mixin("objects");
   // After class/object/mixin: the names up to the body.
   l.state("foo")
      .mixin("whitespaces_and_comments")
      .rule(R"(inherits|mixed|with|and)", Tok::KeywordReserved)
      .rule(entity_name + R"((?=\s*\{))", [](Runner& r) {
         remember_entity(r);
         r.pop();
      })
      .rule(entity_name, remember_entity);
   l.state("keywords")
      .rule(R"(self\b)", Tok::NameBuiltinPseudo)
      .rule(R"(new\b|super\b|return\b|if\b|else\b|var\b|const\b|override\b|constructor\b)",
            Tok::KeywordReserved)
      .rule(R"((method)(\s+)()" + variable_naming + ")",
            {Tok::KeywordReserved, Tok::Whitespace, Tok::Text});
   l.state("objects")
      .rule(variable_naming, [](Runner& r) {
         std::string_view name = r.m();
         bool entity = std::find(r.strs.begin(), r.strs.end(), name) != r.strs.end();
         r.token(entity || (name[0] >= 'A' && name[0] <= 'Z') ? Tok::NameClass
                                                               : Tok::KeywordVariable);
      })
      .rule(R"(\.)" + entity_name, Tok::Text)
      .mixin("literals");
   l.state("literals")
      .mixin("whitespaces_and_comments")
      .rule(R"([0-9]+\.?[0-9]*)", Tok::Num)
      .rule(R"~((?m)"[^"]*")~", Tok::Str)
      .rule(R"(\[|\#\{)", Tok::Punctuation, "lists");
   l.state("lists")
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"(]|})", Tok::Punctuation, "#pop")
      .mixin("objects");
   l.state("symbols")
      .rule(R"(\+\+|--|\+=|-=|\*\*|!)", Tok::Operator)
      .rule(R"(\+|-|\*|\/|%)", Tok::Operator)
      .rule(R"(<=|=>|===|==|<|>)", Tok::Operator)
      .rule(R"(and\b|or\b|not\b)", Tok::Operator)
      .rule(R"(\(|\)|=)", Tok::Text)
      .rule(R"(,)", Tok::Punctuation);
   l.finish();
   return l;
}

}  // namespace

const Lexer& wollok_lexer() {
   static const Lexer lexer = make_wollok();
   return lexer;
}

}  // namespace jekyllpp::highlight
