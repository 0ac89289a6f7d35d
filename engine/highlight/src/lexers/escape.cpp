// Rouge's Escape lexer: text in a language (?lang=, plain text by default) with escaped sections
// between ?start= and ?end= ("<!" and "!>" by default). Rouge yields the escaped sections as
// Escape tokens, which its formatters write as Error unless escapes are enabled (Jekyll never
// enables them).
#include <string>

#include "lexer_options.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_escape(std::string start, std::string end, const Lexer& lang) {
   Lexer l("escape");
   l.stream_with([start, end, &lang](Runner& r, std::string_view text) {
      // One instance, which keeps its state between sections; Rouge never resets it, so its
      // start block never runs (PHP's ?start_inline=1 is read but has no effect).
      Runner& code = r.unstarted_child(lang);
      std::size_t pos = 0;
      while (true) {
         std::size_t open = text.find(start, pos);
         if (open == std::string_view::npos) {
            code.continue_lex(text.substr(pos));
            return;
         }
         code.continue_lex(text.substr(pos, open - pos));
         pos = open + start.size();
         std::size_t close = text.find(end, pos);
         if (close == std::string_view::npos) {
            r.token(Tok::Error, text.substr(pos));
            return;
         }
         r.token(Tok::Error, text.substr(pos, close - pos));
         pos = close + end.size();
      }
   });
   l.finish();
   return l;
}

}  // namespace

const Lexer& escape_lexer() {
   static const Lexer lexer = make_escape("<!", "!>", plaintext_lexer());
   return lexer;
}

Lexer escape_lexer_with(LexerOptions options, LexerPool& pool) {
   const std::string start = options.as_string("start").value_or("<!");
   const std::string end = options.as_string("end").value_or("!>");
   const std::optional<std::string> lang = options.as_string("lang");
   options.erase("start");
   options.erase("end");
   options.erase("lang");
   // The language lexer gets the other options (escape?lang=php&start_inline=1).
   const Lexer* code = lang ? configured_lexer(*lang, options, pool) : nullptr;
   return make_escape(start, end, code ? *code : plaintext_lexer());
}

}  // namespace jekyllpp::highlight
