// Rouge's Clean lexer, with the ABC machine code that `code { ... }` blocks embed.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "if otherwise let in with where case of infix infixl infixr class instance generic derive "
   "special implementation definition system module from import qualified as dynamic code "
   "inline foreign export ccall stdcall");

Lexer make_clean() {
   Lexer l("clean");
   // Literals that Clean and ABC code share.
   l.state("common_literals")
      .rule(R"('(?:[^'\\]|\\(?:x[0-9a-fA-F]+|\d+|.))')", Tok::StrChar)
      .rule(R"([+~-]?\d+\.\d+(?:E[+-]?\d+)?\b)", Tok::NumFloat)
      .rule(R"([+~-]?\d+E[+-]?\d+\b)", Tok::NumFloat)
      .rule(R"([+~-]?\d+)", Tok::NumInteger)
      .rule(R"(")", Tok::StrDouble, "string");
   l.state("basic")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(\/\/\*.*)", Tok::CommentDoc)
      .rule(R"(\/\/.*)", Tok::CommentSingle)
      .rule(R"(\/\*\*)", Tok::CommentDoc, "comment_doc")
      .rule(R"(\/\*)", Tok::CommentMultiline, "comment")
      .rule(R"([+~-]?0[0-7]+)", Tok::NumOct)
      .rule(R"([+~-]?0x[0-9a-fA-F]+)", Tok::NumHex)
      .mixin("common_literals")
      // Rouge names four tokens for three groups; the fourth writes nothing.
      .rule(R"((\[)(\s*)(')(?=.*?'\]))", {Tok::Punctuation, Tok::Whitespace, Tok::StrSingle},
            "charlist");
   // Comments nest; a // inside one does not end it.
   l.state("comment_doc")
      .rule(R"(\*\/)", Tok::CommentDoc, "#pop")
      .rule(R"(\/\/.*)", Tok::CommentDoc)
      .rule(R"(\/\*)", Tok::CommentDoc, "comment")
      .rule(R"([^*\/]+)", Tok::CommentDoc)
      .rule(R"([*\/])", Tok::CommentDoc);
   l.state("comment")
      .rule(R"(\*\/)", Tok::CommentMultiline, "#pop")
      .rule(R"(\/\/.*)", Tok::CommentMultiline)
      .rule(R"(\/\*)", Tok::CommentMultiline, "comment")
      .rule(R"([^*\/]+)", Tok::CommentMultiline)
      .rule(R"([*\/])", Tok::CommentMultiline);
   l.state("root")
      .mixin("basic")
      .rule(R"(code(\s+inline)?\s*{)", Tok::CommentPreproc, "abc")
      .rule(R"(_*[a-z][\w_`]*)", [](Runner& r) {
         r.token(keywords.has(r.m()) ? Tok::Keyword : Tok::Name);
      })
      .rule(R"(_*[A-Z][\w_`]*)", [](Runner& r) {
         r.token(r.m() == "True" || r.m() == "False" ? Tok::KeywordConstant : Tok::KeywordType);
      })
      .rule(R"([^\w_\s`])", Tok::Punctuation)
      .rule(R"(_\b)", Tok::Punctuation);
   l.state("escapes")
      .rule(R"((?i)\\x[0-9a-fA-F]{1,2})", Tok::StrEscape)
      .rule(R"((?i)\\d\d{0,3})", Tok::StrEscape)
      .rule(R"(\\0[0-7]{0,3})", Tok::StrEscape)
      .rule(R"(\\[0-7]{1,3})", Tok::StrEscape)
      .rule(R"(\\[nrfbtv\\"'])", Tok::StrEscape);
   l.state("string")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .mixin("escapes")
      .rule(R"([^\\"]+)", Tok::StrDouble);
   l.state("charlist")
      .rule(R"((')(\]))", {Tok::StrSingle, Tok::Punctuation}, "#pop")
      .mixin("escapes")
      .rule(R"([^\\'])", Tok::StrSingle);
   l.state("abc_basic")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(\|.*)", Tok::CommentSingle)
      .mixin("common_literals");
   l.state("abc")
      .mixin("abc_basic")
      .rule("}", Tok::CommentPreproc, "#pop")
      .rule(R"(\.\w*)", Tok::Keyword, "abc_rest_of_line")
      .rule(R"([\w_]+)", Tok::NameBuiltin, "abc_rest_of_line");
   l.state("abc_rest_of_line")
      .rule(R"(\n)", Tok::Whitespace, "#pop")
      .rule("}", Tok::CommentPreproc, "#pop:2")
      .mixin("abc_basic")
      .rule(R"(\S+)", Tok::Name);
   l.finish();
   return l;
}

}  // namespace

const Lexer& clean_lexer() {
   static const Lexer lexer = make_clean();
   return lexer;
}

}  // namespace jekyllpp::highlight
