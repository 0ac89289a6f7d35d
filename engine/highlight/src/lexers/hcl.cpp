// Rouge's HCL lexer (HashiCorp Configuration Language) and its Terraform subclass, which adds
// Terraform's block keywords, ${...} interpolation in strings and "/regex/" literals.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

struct Vocabulary {
   Words keywords, declarations, constants;
};

const Vocabulary hcl_words{Words(""), Words(""), Words("true false null")};
const Vocabulary terraform_words{
   Words("terraform module provider variable resource data provisioner output"),
   Words("var local"), Words("true false null")};

// What a bare identifier is; `composite` pushes the state a block header continues in.
void word_token(Runner& r, const Vocabulary& words, bool composite) {
   std::string_view word = r.m();
   if (words.keywords.has(word)) {
      r.token(Tok::Keyword);
      if (composite) r.push("composite");
   } else if (words.declarations.has(word)) {
      r.token(Tok::KeywordDeclaration);
      if (composite) r.push("composite");
   } else if (words.constants.has(word)) {
      r.token(Tok::KeywordConstant);
   } else {
      r.token(Tok::NameOther);
      if (composite) r.push("composite");
   }
}

Lexer make_hcl(std::string tag, const Vocabulary& words, bool terraform) {
   Lexer l(std::move(tag));
   l.state("multiline_comment")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"([^*/]+)", Tok::CommentMultiline)
      .rule(R"([*/])", Tok::CommentMultiline);
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(#.*?$)", Tok::CommentSingle)
      .rule(R"(/[*])", Tok::CommentMultiline, "multiline_comment");
   l.state("primitives")
      .rule(R"([0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?)", Tok::NumFloat)
      .rule(R"([0-9]+([kKmMgG]b?)?)", Tok::NumInteger)
      .rule(R"(")", Tok::StrDouble, "dq")
      .rule(R"(')", Tok::StrSingle, "sq")
      .rule(R"((<<-?)(\s*)(\'?)(\\?)(\w+)(\3))", [](Runner& r) {
         r.groups({Tok::Operator, Tok::Text, Tok::StrHeredoc, Tok::StrHeredoc, Tok::NameConstant,
                   Tok::StrHeredoc});
         r.str = r.m(5);
         r.push("heredoc");
      });
   l.state("root")
      .mixin("comments_and_whitespace")
      .mixin("primitives")
      .rule(R"(\{)", Tok::Punctuation, "hash")
      .rule(R"(\[)", Tok::Punctuation, "array")
      .rule(R"((?i)[$a-z_][a-z0-9_]*)", [&words](Runner& r) { word_token(r, words, true); });
   l.state("composite")
      .mixin("comments_and_whitespace")
      .rule(R"([{])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop();
         r.push("hash");
      })
      .rule(R"([\[])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop();
         r.push("array");
      })
      .mixin("root")
      .rule("", Tok::Text, "#pop");
   auto hash = l.state("hash");
   auto array = l.state("array");
   if (terraform) {
      hash.rule(R"([.,()*])", Tok::Punctuation);
      array.rule(R"([.,()*])", Tok::Punctuation);
   }
   hash.mixin("comments_and_whitespace")
      .rule(R"(\=)", Tok::Punctuation)
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .mixin("root");
   array.mixin("comments_and_whitespace")
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"(\])", Tok::Punctuation, "#pop")
      .mixin("root");
   if (terraform) {
      l.state("strings")
         .rule(R"(\\.)", Tok::StrEscape)
         .rule(R"(\$\{)", Tok::Keyword, "interpolation");
      l.state("dq")
         .rule(R"([^\\"\$]+)", Tok::StrDouble)
         .mixin("strings")
         .rule(R"(")", Tok::StrDouble, "#pop");
      l.state("sq")
         .rule(R"([^\\'\$]+)", Tok::StrSingle)
         .mixin("strings")
         .rule(R"(')", Tok::StrSingle, "#pop");
   } else {
      l.state("dq")
         .rule(R"([^\\"]+)", Tok::StrDouble)
         .rule(R"(\\")", Tok::StrEscape)
         .rule(R"(")", Tok::StrDouble, "#pop");
      l.state("sq")
         .rule(R"([^\\']+)", Tok::StrSingle)
         .rule(R"(\\')", Tok::StrEscape)
         .rule(R"(')", Tok::StrSingle, "#pop");
   }
   auto heredoc = l.state("heredoc")
                     .rule(R"(\n)", Tok::StrHeredoc, "heredoc_nl")
                     .rule(R"([^$\n]+)", Tok::StrHeredoc)
                     .rule(R"([$])", Tok::StrHeredoc);
   if (terraform) heredoc.mixin("strings");
   l.state("heredoc_nl")
      .rule(R"(\s*(\w+)\s*\n)", [](Runner& r) {
         if (r.m(1) == r.str) {
            r.token(Tok::NameConstant);
            r.pop(2);
         } else {
            r.token(Tok::StrHeredoc);
         }
      })
      .rule("", [](Runner& r) { r.pop(); });
   if (terraform) {
      l.state("interpolation").rule(R"(\})", Tok::Keyword, "#pop").mixin("expression");
      l.state("regexps").rule(R"("\/)", [](Runner& r) {
         r.token(Tok::StrDelimiter);
         r.go_to("regexp_inner");
      });
      l.state("regexp_inner")
         .rule(R"([^"\/\\]+)", Tok::StrRegex)
         .rule(R"(\\.)", Tok::StrRegex)
         .rule(R"(\/")", Tok::StrDelimiter, "#pop")
         .rule(R"(["\/])", Tok::StrRegex);
      l.state("expression")
         .mixin("regexps")
         .mixin("primitives")
         .rule(R"(\s+)", Tok::Text)
         .rule(R"(\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!=)", Tok::Operator)
         .rule(R"([-<>+*%&|\^/!=?:]=?)", Tok::Operator)
         .rule(R"([(\[,])", Tok::Punctuation)
         .rule(R"([)\].])", Tok::Punctuation)
         .rule(R"((?i)[$a-z_\-][a-z0-9_\-]*)",
               [&words](Runner& r) { word_token(r, words, false); });
   }
   l.finish();
   return l;
}

}  // namespace

const Lexer& hcl_lexer() {
   static const Lexer lexer = make_hcl("hcl", hcl_words, false);
   return lexer;
}

const Lexer& terraform_lexer() {
   static const Lexer lexer = make_hcl("terraform", terraform_words, true);
   return lexer;
}

}  // namespace jekyllpp::highlight
