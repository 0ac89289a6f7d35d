// Rouge's Mathematica (Wolfram Language) lexer: numbers with bases and precision, symbols
// with contexts, slots, messages, In[n]:= prompts and nested (* comments *).
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/mathematica_builtins.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's parts, each a regexp of its own (no flags) interpolated into the rules.
const std::string base = R"((?:\d+))";
const std::string number = R"((?:\.\d+|\d+\.\d*|\d+))";
const std::string number_base = R"((?:\.\w+|\w+\.\w*|\w+))";
const std::string precision = "(?:`(`?" + number + ")?)";
const std::string operators = R"([+\-*\/|,;.:@~=><&`'^?!_%])";
const std::string braces = R"([\[\](){}])";
const std::string string = R"((?:"(\\\\|\\"|[^"])*"))";
const std::string identifier = "(?:[a-zA-Z$][$a-zA-Z0-9]*)";
const std::string named_character = R"((?:\\\[)" + identifier + R"(\]))";
const std::string symbol = "(?:(" + identifier + "|" + named_character + ")+)";
const std::string context_symbol = "(?:`?" + symbol + "(`" + symbol + ")*`?)";
const std::string association_slot = "(?:#(" + identifier + R"(|\")" + identifier + R"(\")))";
const std::string slot = "(?:" + association_slot + "|#[0-9]*)";
const std::string message = "(?:::(" + identifier + "|" + string + "))";
const std::string in_out = R"((?:(In|Out)\[[0-9]+\]:?=))";

Lexer make_mathematica() {
   Lexer l("mathematica");
   l.state("root")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(\(\*)", Tok::Comment, "comment")
      .rule(base + R"(\^\^)" + number_base + precision + R"(?(\*\^[+-]?\d+)?)", Tok::Num)
      .rule("(?:" + number + precision + R"(?(?:\*\^[+-]?\d+)?))", Tok::Num)
      .rule(message, Tok::NameTag)
      .rule(in_out, Tok::GenericPrompt)
      .rule(context_symbol, [](Runner& r) {
         std::string_view word = r.m();
         if (word == "Module" || word == "With" || word == "Block") r.token(Tok::NameBuiltinPseudo);
         else if (mathematica_builtins().has(word)) r.token(Tok::NameBuiltin);
         else r.token(Tok::NameVariable);
      })
      .rule(slot, Tok::NameFunction)
      .rule(operators, Tok::Operator)
      .rule(braces, Tok::Punctuation)
      .rule(string, Tok::Str);
   l.state("comment")
      .rule(R"(\(\*)", Tok::Comment, "comment")
      .rule(R"(\*\))", Tok::Comment, "#pop")
      .rule("::" + identifier + "::", Tok::CommentPreproc)
      .rule("[ ]:(" + identifier + R"(|[^\S])+:[ ])", Tok::CommentPreproc)
      .rule(R"(.)", Tok::Comment);
   l.finish();
   return l;
}

}  // namespace

const Lexer& mathematica_lexer() {
   static const Lexer lexer = make_mathematica();
   return lexer;
}

}  // namespace jekyllpp::highlight
