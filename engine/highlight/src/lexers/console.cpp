#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's ConsoleLexer with its default options: each line is a prompt followed by a shell
// command, an elision ("..." or "<...>") shown as a comment, or output.
void stream_session(Runner& r, std::string_view input) {
   static const Regex snip(R"(\A\s*(?:<[.]+>|[.]+)\s*\z)", "", false);
   static const Regex prompt(R"(^.*?(?:\$|#|>|;))", "m", false);
   static const Regex leading_space(R"(\A\s*)", "", false);
   Runner& shell = r.child(shell_lexer());
   shell.reset();
   Match m;
   std::size_t pos = 0;
   while (pos < input.size()) {
      std::size_t newline = input.find('\n', pos);
      std::size_t end = newline == std::string_view::npos ? input.size() : newline + 1;
      std::string_view line = input.substr(pos, end - pos);
      pos = end;
      if (snip.match(line, 0, m)) {
         shell.reset();
         r.token(Tok::Comment, line);
      } else if (prompt.match(line, 0, m)) {
         r.token(Tok::GenericPrompt, m[0]);
         std::string_view rest = line.substr(m.end());
         leading_space.match(rest, 0, m);
         r.token(Tok::Whitespace, m[0]);
         shell.continue_lex(rest.substr(m.end()));
      } else {
         shell.reset();
         r.token(Tok::GenericOutput, line);
      }
   }
}

}  // namespace

const Lexer& console_lexer() {
   static const Lexer lexer = [] {
      Lexer l("console");
      l.stream_with(stream_session);
      return l;
   }();
   return lexer;
}

}  // namespace jekyllpp::highlight
