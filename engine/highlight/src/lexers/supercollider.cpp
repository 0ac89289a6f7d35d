// Rouge's SuperCollider lexer: numbers (radix, pi), $chars, symbols ('sym' and \sym), labels,
// classes, primitives, ~environment variables and nested /* */ comments.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords("var arg classvar const super this");
// Not keywords of the language; Rouge shows them as reserved words.
const Words reserved("case do for forBy loop if while new newCopyArgs");
const Words constants(
   "true false nil inf thisThread thisMethod thisFunction thisProcess thisFunctionDef "
   "currentEnvironment topEnvironment");

Lexer make_supercollider() {
   Lexer l("supercollider");
   l.state("whitespace").rule(R"((?m)\s+)", Tok::Text);
   l.state("comments")
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(/[*])", Tok::CommentMultiline, "nested_comment");
   l.state("nested_comment")
      .rule(R"(/[*])", Tok::CommentMultiline, "nested_comment")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"((?m)[^*/]+)", Tok::CommentMultiline)
      .rule(R"(.)", Tok::CommentMultiline);
   l.state("root")
      .mixin("whitespace")
      .mixin("comments")
      .rule(R"([\-+]?0[xX][0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"([\-+]?\d+r[0-9a-zA-Z]*(\.[0-9A-Z]*)?)", Tok::NumFloat)  // radix
      .rule(R"([\-+]?((\d+(\.\d+)?([eE][\-+]?\d+)?(pi)?)|pi))", Tok::NumFloat)
      .rule(R"([\-+]?\d+)", Tok::NumInteger)
      .rule(R"(\$(\\.|.))", Tok::StrChar)
      .rule(R"("([^\\"]|\\.)*")", Tok::Str)
      .rule(R"('([^\\']|\\.)*')", Tok::StrOther)
      .rule(R"(\\\w+)", Tok::StrOther)
      .rule(R"([A-Za-z_]\w*:)", Tok::NameLabel)
      .rule(R"([A-Z]\w*)", Tok::NameClass)
      .rule(R"(_\w+)", Tok::NameFunction)  // primitive
      .rule(R"([a-z]\w*)", [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (constants.has(r.m())) r.token(Tok::KeywordConstant);
         else if (reserved.has(r.m())) r.token(Tok::KeywordReserved);
         else r.token(Tok::Name);
      })
      .rule(R"(~\w+)", Tok::NameVariableGlobal)
      .rule(R"([\{\}()\[\];,\.])", Tok::Punctuation)
      .rule(R"([\+\-\*\/&\|%<>=]+)", Tok::Operator)
      .rule(R"([\^:#])", Tok::Operator)
      .rule(R"(\b_\b)", Tok::NameBuiltin);  // curried argument
   l.finish();
   return l;
}

}  // namespace

const Lexer& supercollider_lexer() {
   static const Lexer lexer = make_supercollider();
   return lexer;
}

}  // namespace jekyllpp::highlight
