// Rouge's YANG 1.1 lexer (RFC 7950): statement keywords, built-in types, `prefix:name`
// identifiers, dates and numbers followed by a separator.
#include <cctype>
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's lists of top, module header, meta, linkage, body, data definition, type and list
// statements: all Keyword.Declaration.
const Words statements(
   "module submodule "
   "belongs-to namespace prefix yang-version "
   "contact description organization reference revision "
   "import include revision-date "
   "action argument augment deviation extension feature grouping identity if-feature input "
   "notification output rpc typedef "
   "anydata anyxml case choice config container deviate leaf leaf-list list must presence "
   "refine uses when "
   "base bit default enum error-app-tag error-message fraction-digits length max-elements "
   "min-elements modifier ordered-by path pattern position range require-instance status type "
   "units value yin-element "
   "key mandatory unique");
const Words constants(
   "add current delete deprecated false invert-match max min not-supported obsolete replace true "
   "unbounded user");
const Words types(
   "binary bits boolean decimal64 empty enumeration identityref instance-identifier int16 int32 "
   "int64 int8 leafref string uint16 uint32 uint64 uint8 union");

Lexer make_yang() {
   Lexer l("yang");
   l.state("comment")
      .rule(R"([^*\/])", Tok::Comment)
      .rule(R"(\/\*)", Tok::Comment, "comment")
      .rule(R"(\*\/)", Tok::Comment, "#pop")
      .rule(R"([*\/])", Tok::Comment);
   l.state("root")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"([\{\}\;]+)", Tok::Punctuation)
      .rule(R"((?<![\-\w])(and|or|not|\+|\.)(?![\-\w]))", Tok::Operator)
      .rule(R"("(?:\\"|[^"])*?")", Tok::StrDouble)
      .rule(R"('(?:\\'|[^'])*?')", Tok::StrSingle)
      .rule(R"(\/\*)", Tok::Comment, "comment")
      .rule(R"(\/\/.*?$)", Tok::Comment)
      // A node identifier with its prefix.
      .rule(R"((?:^|(?<=[\s{};]))([\w.-]+)(:)([\w.-]+)(?=[\s{};]))",
            {Tok::NameNamespace, Tok::Punctuation, Tok::Name})
      .rule(R"(([0-9]{4}\-[0-9]{2}\-[0-9]{2})(?=[\s\{\}\;]))", Tok::NameLabel)
      .rule(R"(([0-9]+\.[0-9]+)(?=[\s\{\}\;]))", Tok::NumFloat)
      .rule(R"(([0-9]+)(?=[\s\{\}\;]))", Tok::NumInteger)
      .rule(R"([\w_-]+(?=[^\w\-\:])\b)", [](Runner& r) {
         std::string name(r.m());
         for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
         if (statements.has(name)) r.token(Tok::KeywordDeclaration);
         else if (types.has(name)) r.token(Tok::KeywordType);
         else if (constants.has(name)) r.token(Tok::NameConstant);
         else r.token(Tok::Name);
      })
      .rule(R"([^;{}\s'"]+)", Tok::Name);
   l.finish();
   return l;
}

}  // namespace

const Lexer& yang_lexer() {
   static const Lexer lexer = make_yang();
   return lexer;
}

}  // namespace jekyllpp::highlight
