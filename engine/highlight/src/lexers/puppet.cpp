// Rouge's Puppet lexer: resources, $variables, attribute => values, and /regexes/ where a
// regex may start (after "{", ",", "=~", "node").
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?:[a-z]\w*))";
const std::string cap_id = R"((?:[A-Z]\w*))";
const std::string qualname = R"((?:(::)?()" + id + R"(::)*\w+))";

Lexer make_puppet() {
   static const Words keywords(
      "and case class default define else elsif if in import inherits node unless");
   static const Words constants("false true undef");
   static const Words metaparameters("before require notify subscribe");
   Lexer l("puppet");
   l.state("whitespace").rule(R"((?m)\s+)", Tok::Text).rule(R"(#.*?\n)", Tok::Comment);
   l.state("root")
      .mixin("whitespace")
      .rule("[$]" + qualname, Tok::NameVariable)
      .rule("(?m)(" + id + R"()(?=\s*[=+]>))", [](Runner& r) {
         r.token(metaparameters.has(r.m()) ? Tok::KeywordPseudo : Tok::NameProperty);
      })
      .rule("(?m)(" + qualname + R"()(?=\s*[(]))", Tok::NameFunction)
      .rule(cap_id, Tok::NameClass)
      .rule(R"([+=|~-]>|<[|~-])", Tok::Punctuation)
      .rule(R"([|:}();\[\]])", Tok::Punctuation)
      .rule(R"(\{)", Tok::Punctuation, "regex_allowed")
      .rule(R"(,)", Tok::Punctuation, "regex_allowed")
      .rule(R"((in|and|or)\b)", Tok::OperatorWord)
      .rule(R"([=!<>]=)", Tok::Operator)
      .rule(R"([=!]~)", Tok::Operator, "regex_allowed")
      .rule(R"([.=<>!+*/-])", Tok::Operator)
      .rule(R"((class|include)(\s*)()" + qualname + ")", {Tok::Keyword, Tok::Text, Tok::NameClass})
      .rule(R"(node\b)", Tok::Keyword, "regex_allowed")
      .rule(R"((?m)'(\\[\\']|[^'])*')", Tok::StrSingle)
      .rule(R"(")", Tok::StrDouble, "dquotes")
      .rule(R"(\d+([.]\d+)?(e[+-]\d+)?)", Tok::Num)
      .rule(qualname, [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (constants.has(r.m())) r.token(Tok::KeywordConstant);
         else r.token(Tok::Name);
      });
   l.state("regex_allowed")
      .mixin("whitespace")
      .rule(R"(/)", Tok::StrRegex, "regex")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("regex")
      .rule(R"(/)", Tok::StrRegex, "#pop")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"([(){}])", Tok::StrInterpol)
      .rule(R"(\[)", Tok::StrInterpol, "regex_class")
      .rule(R"(.)", Tok::StrRegex);
   l.state("regex_class")
      .rule(R"(\])", Tok::StrInterpol, "#pop")
      .rule(R"((?<!\[)-(?=\]))", Tok::StrRegex)
      .rule(R"(-)", Tok::StrInterpol)
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"([^\\\]-]+)", Tok::StrRegex);
   l.state("dquotes")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"((?m)[^$\\"]+)", Tok::StrDouble)
      .rule(R"((?m)\\.)", Tok::StrEscape)
      .rule("[$]" + qualname, Tok::NameVariable)
      .rule("[$][{]" + qualname + "[}]", Tok::NameVariable);
   l.finish();
   return l;
}

}  // namespace

const Lexer& puppet_lexer() {
   static const Lexer lexer = make_puppet();
   return lexer;
}

}  // namespace jekyllpp::highlight
