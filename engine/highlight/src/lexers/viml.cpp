// Rouge's VimL lexer (Vim script). A `"` is a string when it closes on its line, else a comment.
#include "lexers/lexers.hpp"
#include "lexers/viml_words.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_viml() {
   Lexer l("viml");
   l.state("root")
      .rule(R"~(^(\s*)(".*?)$)~", {Tok::Text, Tok::Comment})
      .rule(R"~(^\s*\\)~", Tok::StrEscape)
      .rule(R"~([ \t]+)~", Tok::Text)
      .rule(R"~(/(\\\\|\\/|[^\n/])*/)~", Tok::StrRegex)
      .rule(R"~("(\\\\|\\"|[^\n"])*")~", Tok::StrDouble)
      .rule(R"~('(\\\\|\\'|[^\n'])*')~", Tok::StrSingle)
      // Never matches: Rouge's scanner shows the lookbehind nothing before the rule's start.
      .rule(R"~((?<=\s)"[^-:.%#=*].*?$)~", Tok::Comment)
      .rule(R"~(-?\d+)~", Tok::Num)
      .rule(R"~((?i)#[0-9a-f]{6})~", Tok::NumHex)
      .rule(R"~(^:)~", Tok::Punctuation)
      .rule(R"~([():<>+=!\[\]{}\|,~.-])~", Tok::Punctuation)
      .rule(R"~(\b(let|if|else|endif|elseif|fun|function|endfunction)\b)~", Tok::Keyword)
      .rule(R"~(\b(NONE|bold|italic|underline|dark|light)\b)~", Tok::NameBuiltin)
      .rule(R"~([absg]:\w+\b)~", Tok::NameVariable)
      .rule(R"~(\b\w+\b)~", [](Runner& r) {
         if (viml_commands().has(r.m())) r.token(Tok::Keyword);
         else if (viml_builtins().has(r.m())) r.token(Tok::NameBuiltin);
         else r.token(Tok::Text);
      })
      .rule(R"~((?m).)~", Tok::Text);
   l.finish();
   return l;
}

}  // namespace

const Lexer& viml_lexer() {
   static const Lexer lexer = make_viml();
   return lexer;
}

}  // namespace jekyllpp::highlight
