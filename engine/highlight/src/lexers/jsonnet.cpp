// Rouge's Jsonnet lexer: JSON with comments, identifiers classified by word lists (std library
// names are builtins) and "..." / '...' / ||| block ||| strings.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords("self super local for in if then else import importstr error tailstrict assert");
const Words constants("null true false");
const Words builtins(
   "acos asin atan ceil char codepoint cos exp exponent filter floor force length log makeArray "
   "mantissa objectFields objectHas pow sin sqrt tan thisFile type abs assertEqual "
   "escapeStringBash escapeStringDollars escapeStringJson escapeStringPython filterMap "
   "flattenArrays foldl foldr format join lines manifestIni manifestPython manifestPythonVars map "
   "max min mod range set setDiff setInter setMember setUnion sort split stringChars substr "
   "toString uniq");

Lexer make_jsonnet() {
   Lexer l("jsonnet");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(#.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule(R"((?i)-?(?:0|[1-9]\d*)\.\d+(?:e[+-]\d+)?)", Tok::NumFloat)
      .rule(R"((?i)-?(?:0|[1-9]\d*)(?:e[+-]\d+)?)", Tok::NumInteger)
      .rule(R"([{}:\.,;+\[\]=%\(\)])", Tok::Punctuation)
      .rule(R"(")", Tok::Str, "string_double")
      .rule(R"(')", Tok::Str, "string_single")
      .rule(R"(\|\|\|)", Tok::Str, "string_block")
      .rule(R"(\$)", Tok::Keyword)
      .rule(R"([a-zA-Z_][a-zA-Z0-9_]*)", [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (word == "function") r.token(Tok::KeywordDeclaration);
         else if (constants.has(word)) r.token(Tok::KeywordConstant);
         else if (builtins.has(word)) r.token(Tok::NameBuiltin);
         else r.token(Tok::NameOther);
      });
   l.state("string")
      .rule(R"(\\([\\\/bfnrt]|(u[0-9a-fA-F]{4})))", Tok::StrEscape)
      .rule(R"(\\.)", Tok::StrEscape);
   l.state("string_double")
      .mixin("string")
      .rule(R"(\\")", Tok::StrEscape)
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"([^\\"]+)", Tok::Str);
   l.state("string_single")
      .mixin("string")
      .rule(R"(')", Tok::Str, "#pop")
      .rule(R"([^\\']+)", Tok::Str);
   l.state("string_block")
      .mixin("string")
      .rule(R"([|][|][|])", Tok::Str, "#pop")
      .rule(R"([^|\\]+)", Tok::Str)
      .rule(R"([|])", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& jsonnet_lexer() {
   static const Lexer lexer = make_jsonnet();
   return lexer;
}

}  // namespace jekyllpp::highlight
