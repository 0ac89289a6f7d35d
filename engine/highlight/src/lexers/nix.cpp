// Rouge's Nix expression language lexer.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string word = "[a-zA-Z0-9._-]+";
const std::string section = "(/" + word + ")";
const std::string path = "(" + section + "+|~" + section + "+|" + word + "(/" + word +
                         ")+|[a-z+]+://(/?" + word + "(/" + word + ")+))";

Lexer make_nix() {
   Lexer l("nix");
   l.state("whitespaces").rule(R"((?m)^\s*\n\s*$)", Tok::Text).rule(R"(\s+)", Tok::Text);
   l.state("comment")
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"(/\*)", Tok::Comment, "multiline_comment");
   // Its "." stops at a line end, so a comment's line breaks are errors, as in Rouge.
   l.state("multiline_comment").rule(R"(\*/)", Tok::Comment, "#pop").rule(R"(.)", Tok::Comment);
   l.state("number").rule(R"([0-9])", Tok::NumInteger);
   l.state("null").rule(R"((null))", Tok::KeywordConstant);
   l.state("boolean").rule(R"((true|false))", Tok::KeywordConstant);
   l.state("binding").rule(R"([a-zA-Z_][a-zA-Z0-9-]*)", Tok::NameVariable);
   l.state("path").rule(path, Tok::StrOther);
   l.state("string")
      .rule(R"(")", Tok::StrDouble, "double_quoted_string")
      .rule(R"('')", Tok::StrDouble, "indented_string");
   l.state("string_content")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(\$\$)", Tok::StrEscape)
      .rule(R"(\$\{)", Tok::StrInterpol, "string_interpolated_arg");
   l.state("indented_string_content")
      .rule(R"(''')", Tok::StrEscape)
      .rule(R"(''\$)", Tok::StrEscape)
      .rule(R"(\$\$)", Tok::StrEscape)
      .rule(R"(''\\.)", Tok::StrEscape)
      .rule(R"(\$\{)", Tok::StrInterpol, "string_interpolated_arg");
   l.state("string_interpolated_arg").mixin("expression").rule(R"(})", Tok::StrInterpol, "#pop");
   l.state("indented_string")
      .mixin("indented_string_content")
      .rule(R"('')", Tok::StrDouble, "#pop")
      .rule(R"(.)", Tok::StrDouble);
   l.state("double_quoted_string")
      .mixin("string_content")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"(.)", Tok::StrDouble);
   l.state("operator").rule(R"((\.|\?|\+\+|\+|!=|!|\/\/|\=\=|&&|\|\||->|\/|\*|-|<|>|<=|=>))",
                            Tok::Operator);
   l.state("assignment").rule(R"((=))", Tok::Operator).rule(R"((@))", Tok::Operator);
   l.state("accessor").rule(R"((\$))", Tok::Punctuation);
   l.state("delimiter").rule(R"((;|,|:))", Tok::Punctuation);
   l.state("atom_content").mixin("expression").rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("atom").rule(R"(\()", Tok::Punctuation, "atom_content");
   l.state("list").rule(R"(\[)", Tok::Punctuation, "list_content");
   l.state("list_content").rule(R"(\])", Tok::Punctuation, "#pop").mixin("expression");
   l.state("set").rule(R"({)", Tok::Punctuation, "set_content");
   l.state("set_content").rule(R"(})", Tok::Punctuation, "#pop").mixin("expression");
   l.state("expression")
      .mixin("whitespaces")
      .mixin("comment")
      .mixin("boolean")
      .mixin("null")
      .mixin("number")
      .mixin("path")
      .mixin("string")
      .mixin("keywords")
      .mixin("operator")
      .mixin("accessor")
      .mixin("assignment")
      .mixin("delimiter")
      .mixin("binding")
      .mixin("atom")
      .mixin("set")
      .mixin("list");
   l.state("keywords")
      .rule(R"((?:with|in|inherit)\b)", Tok::KeywordNamespace)
      .rule(R"((?:let)\b)", Tok::KeywordDeclaration)
      .rule(R"((?:if|then|else)\b)", Tok::Keyword)
      .rule(R"((?:rec|assert|map)\b)", Tok::KeywordReserved)
      .rule(R"((?:abort|baseNameOf|builtins|derivation|fetchTarball|import|isNull|removeAttrs|)"
            R"(throw|toString)\b)",
            Tok::KeywordReserved);
   l.state("root").mixin("whitespaces").mixin("expression");
   l.finish();
   return l;
}

}  // namespace

const Lexer& nix_lexer() {
   static const Lexer lexer = make_nix();
   return lexer;
}

}  // namespace jekyllpp::highlight
