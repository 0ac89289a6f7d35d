#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words reserved(
   "_ case class data default deriving do else if in infix infixl infixr instance let newtype "
   "of then type where");

const std::string symbol = R"([:!#\$\%&*+.\\/<=>?@^\|~-])";

Lexer make_haskell() {
   Lexer l("haskell");
   l.state("basic")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(\{-#)", Tok::CommentPreproc, "comment_preproc")
      .rule(R"(\{-)", Tok::CommentMultiline, "comment")
      .rule(R"(^--\s+\|.*?$)", Tok::CommentDoc)
      .rule(R"(--(?![!#\$\%&*+.\/<=>?@\^\|_~]).*?$)", Tok::CommentSingle);
   for (auto [name, tok] : {std::pair{"comment", Tok::CommentMultiline},
                            std::pair{"comment_preproc", Tok::CommentPreproc}}) {
      l.state(name)
         .rule(R"(-\})", tok, "#pop")
         .rule(R"(\{-)", tok, "comment")
         .rule(R"([^-{}]+)", tok)
         .rule(R"([-{}])", tok);
   }
   l.state("root")
      .mixin("basic")
      .rule(R"('(?=(?:.|\\\S+)'))", Tok::StrChar, "character")
      .rule(R"(")", Tok::Str, "string")
      .rule(R"((?i)\d+e[+-]?\d+)", Tok::NumFloat)
      .rule(R"((?i)\d+\.\d+(e[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)0o[0-7]+)", Tok::NumOct)
      .rule(R"((?i)0x[\da-f]+)", Tok::NumHex)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"([\w']+)", [](Runner& r) {
         std::string_view word = r.m();
         if (word == "import") {
            r.token(Tok::KeywordReserved);
            r.push("import");
         } else if (word == "module") {
            r.token(Tok::KeywordReserved);
            r.push("module");
         } else if (reserved.has(word)) {
            r.token(Tok::KeywordReserved);
         } else {
            std::size_t first = word[0] == '\'' ? 1 : 0;
            bool type = first < word.size() && word[first] >= 'A' && word[first] <= 'Z';
            r.token(type ? Tok::KeywordType : Tok::Name);
         }
      })
      .rule(R"(\\(?!)" + symbol + "+)", Tok::NameFunction)
      .rule(R"((<-|::|->|=>|=)(?!)" + symbol + "+)", Tok::Operator)
      .rule(":" + symbol + "*", Tok::Operator)
      .rule(symbol + "+", Tok::Operator)
      .rule(R"(\[\s*\])", Tok::KeywordType)
      .rule(R"(\(\s*\))", Tok::NameBuiltin)
      .rule(R"((\[)([_a-z][\w']*)(\|))", {Tok::Operator, Tok::Name, Tok::Operator},
            "quasiquotation")
      .rule(R"([\[\](),;`{}])", Tok::Punctuation);
   l.state("import")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(\bqualified\b)", Tok::Keyword)
      .rule(R"(([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*))",
            {Tok::NameNamespace, Tok::Text, Tok::Keyword, Tok::Text, Tok::Name}, "#pop")
      .rule(R"(([A-Z][\w.]*)(\s+)(hiding)(\s+)(\())", [](Runner& r) {
         r.groups({Tok::NameNamespace, Tok::Text, Tok::Keyword, Tok::Text, Tok::Punctuation});
         r.go_to("funclist");
      })
      .rule(R"(([A-Z][\w.]*)(\s+)(\())", [](Runner& r) {
         r.groups({Tok::NameNamespace, Tok::Text, Tok::Punctuation});
         r.go_to("funclist");
      })
      .rule(R"([\w.]+)", Tok::NameNamespace, "#pop");
   l.state("module")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(([A-Z][\w.]*)(\s+)(\())", {Tok::NameNamespace, Tok::Text, Tok::Punctuation},
            "funclist")
      .rule(R"(\bwhere\b)", Tok::KeywordReserved, "#pop")
      .rule(R"([A-Z][a-zA-Z0-9_.]*)", Tok::NameNamespace, "#pop");
   l.state("funclist")
      .mixin("basic")
      .rule(R"([A-Z]\w*)", Tok::KeywordType)
      .rule(R"((_[\w\']+|[a-z][\w\']*))", Tok::NameFunction)
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([:!#\$\%&*+.\\\/<=>?@^\|~-]+)", Tok::Operator)
      .rule(R"(\()", Tok::Punctuation, "funclist")
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("character")
      .rule(R"(\\)", [](Runner& r) {
         r.token(Tok::StrEscape);
         r.go_to("character_end");
         r.push("escape");
      })
      .rule(R"(.)", [](Runner& r) {
         r.token(Tok::StrChar);
         r.go_to("character_end");
      });
   l.state("character_end").rule(R"(')", Tok::StrChar, "#pop").rule(R"(.)", Tok::Error, "#pop");
   l.state("quasiquotation")
      .rule(R"(\|\])", Tok::Operator, "#pop")
      .rule(R"((?m)[^\|]+)", Tok::Text)
      .rule(R"(\|)", Tok::Text);
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\)", Tok::StrEscape, "escape")
      .rule(R"([^\\"]+)", Tok::Str);
   l.state("escape")
      .rule(R"([abfnrtv"'&\\])", Tok::StrEscape, "#pop")
      .rule(R"(\^[\]\[A-Z@\^_])", Tok::StrEscape, "#pop")
      .rule(R"(NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|)"
            R"(ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL)",
            Tok::StrEscape, "#pop")
      .rule(R"((?i)o[0-7]+)", Tok::StrEscape, "#pop")
      .rule(R"((?i)x[\da-f]+)", Tok::StrEscape, "#pop")
      .rule(R"(\d+)", Tok::StrEscape, "#pop")
      .rule(R"(\s+\\)", Tok::StrEscape, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& haskell_lexer() {
   static const Lexer lexer = make_haskell();
   return lexer;
}

}  // namespace jekyllpp::highlight
