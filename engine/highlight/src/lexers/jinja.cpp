// Rouge's Jinja (Django) template lexer and its Twig subclass, which differs only in its word
// lists; text outside {{ }}, {% %} and {# #} goes to the HTML lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

struct Vocabulary {
   Words keywords, tests, pseudo_keywords, word_operators;
};

// Rouge keeps these lists in class variables that Jinja and Twig share, so in one Ruby process
// the first of the two lexers used sets them for both; each here has its own.
const Vocabulary jinja_words{
   Words("as context do else extends from ignore missing import include reversed recursive "
         "scoped autoescape endautoescape block endblock call endcall filter endfilter for "
         "endfor if endif macro endmacro set endset trans endtrans with endwith without"),
   Words("callable defined divisibleby equalto escaped even iterable lower mapping none number "
         "odd sameas sequence string undefined upper"),
   Words("true false none True False None"), Words("is in and or not")};
const Vocabulary twig_words{
   Words("as do extends flush from import include use else starts ends with without "
         "autoescape endautoescape block endblock embed endembed filter endfilter for endfor if "
         "endif macro endmacro sandbox endsandbox set endset spaceless endspaceless"),
   Words("constant defined divisibleby empty even iterable null odd sameas"),
   Words("true false none"), Words("b-and b-or b-xor is in and or not")};

// {% raw %} ... {% endraw %} and {% verbatim %}: text up to the closing tag.
void raw_state(Lexer& l, const std::string& name) {
   l.state(name)
      .rule(R"(({%-?)(\s*)(end)" + name + R"()(\s*)(-?%}))",
            {Tok::CommentPreproc, Tok::Text, Tok::Keyword, Tok::Text, Tok::CommentPreproc}, "#pop")
      .rule(R"([^{]+)", Tok::Text)
      .rule(R"({)", Tok::Text);
}

Lexer make_jinja(std::string tag, const Vocabulary& words) {
   Lexer l(std::move(tag));
   auto html = [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); };
   l.on_start([](Runner& r) { r.child(html_lexer()).reset(); });
   l.state("root")
      .rule(R"({#)", Tok::Comment, "comment")
      .rule(R"(##.*)", Tok::Comment)
      .rule(R"(({%-?)(\s*)(raw|verbatim)(\s*)(-?%}))", [](Runner& r) {
         r.groups({Tok::CommentPreproc, Tok::Text, Tok::Keyword, Tok::Text, Tok::CommentPreproc});
         r.push(r.m(3));
      })
      .rule(R"(\{\%)", Tok::CommentPreproc, "statement")
      .rule(R"(\{\{)", Tok::CommentPreproc, "expression")
      .rule(R"((?m)(.+?)(?=\\|{{|{%|{#|##))", html)
      .rule(R"((?m).+)", html);
   l.state("filter").rule(R"((\|\s*)(\w+))", {Tok::Operator, Tok::NameFunction});
   l.state("function").rule(R"((\w+)(\())", {Tok::NameFunction, Tok::Punctuation});
   l.state("text").rule(R"((?m)\s+)", Tok::Text);
   l.state("literal")
      .rule(R"~("(\\.|.)*?")~", Tok::StrDouble)
      .rule(R"('(\\.|.)*?')", Tok::StrSingle)
      .rule(R"(\d+(?=}\s))", Tok::Num)
      .rule(R"((\+|\-|\*|\/\/?|\*\*?|=))", Tok::Operator)
      .rule(R"((<=?|>=?|===?|!=))", Tok::Operator)
      .rule(R"([,\[\]\(\)])", Tok::Punctuation);
   l.state("comment")
      .rule(R"((?m)[^#]+)", Tok::Comment)
      .rule(R"(#})", Tok::Comment, "#pop")
      .rule(R"(#)", Tok::Comment);
   l.state("expression")
      .rule(R"((?m)\w+\.?)", Tok::NameVariable)
      .mixin("filter")
      .mixin("function")
      .mixin("literal")
      .mixin("text")
      .rule(R"(%}|}})", Tok::CommentPreproc, "#pop");
   l.state("statement")
      .rule(R"((\w+\.?))", [&words](Runner& r) {
         std::string_view word = r.m();
         if (words.keywords.has(word)) r.token(Tok::Keyword);
         else if (words.pseudo_keywords.has(word)) r.token(Tok::KeywordPseudo);
         else if (words.word_operators.has(word)) r.token(Tok::OperatorWord);
         else if (words.tests.has(word)) r.token(Tok::NameBuiltin);
         else r.token(Tok::NameVariable);
      })
      .mixin("filter")
      .mixin("function")
      .mixin("literal")
      .mixin("text")
      .rule(R"(\%\})", Tok::CommentPreproc, "#pop");
   raw_state(l, "raw");
   raw_state(l, "verbatim");
   l.finish();
   return l;
}

}  // namespace

const Lexer& jinja_lexer() {
   static const Lexer lexer = make_jinja("jinja", jinja_words);
   return lexer;
}

const Lexer& twig_lexer() {
   static const Lexer lexer = make_jinja("twig", twig_words);
   return lexer;
}

}  // namespace jekyllpp::highlight
