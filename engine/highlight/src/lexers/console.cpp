#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's ConsoleLexer: each line is a prompt followed by a command (lexed by `lang`, which
// continues from one command line to the next), an elision ("..." or "<...>") or a comment line
// shown as a comment, or output (lexed by `output`, continuing likewise; plain Generic.Output
// when null).
void stream_session(Runner& r, std::string_view input, const Regex& prompt, const Lexer& lang,
                    const Lexer* output) {
   static const Regex snip(R"(\A\s*(?:<[.]+>|[.]+)\s*\z)", "", false);
   static const Regex leading_space(R"(\A\s*)", "", false);
   Runner& command = r.child(lang);
   command.reset();
   Runner* printed = output ? &r.child(*output) : nullptr;
   auto reset_output = [printed] {
      if (printed) printed->reset();
   };
   reset_output();
   Match m;
   std::size_t pos = 0;
   while (pos < input.size()) {
      std::size_t newline = input.find('\n', pos);
      std::size_t end = newline == std::string_view::npos ? input.size() : newline + 1;
      std::string_view line = input.substr(pos, end - pos);
      pos = end;
      std::size_t first = line.find_first_not_of(" \t\n\v\f\r");
      if (snip.match(line, 0, m)) {
         reset_output();
         command.reset();
         r.token(Tok::Comment, line);
      } else if (prompt.match(line, 0, m)) {
         reset_output();
         r.token(Tok::GenericPrompt, m[0]);
         std::string_view rest = line.substr(m.end());
         leading_space.match(rest, 0, m);
         r.token(Tok::Whitespace, m[0]);
         command.continue_lex(rest.substr(m.end()));
      } else if (first != std::string_view::npos && line[first] == '#') {
         reset_output();
         command.reset();
         r.token(Tok::Comment, line);
      } else {
         command.reset();
         if (printed) printed->continue_lex(line);
         else r.token(Tok::GenericOutput, line);
      }
   }
}

}  // namespace

// The defaults: shell commands after a prompt ending in $ # > or ;, plain output.
const Lexer& console_lexer() {
   static const Lexer lexer = [] {
      Lexer l("console");
      l.stream_with([](Runner& r, std::string_view input) {
         static const Regex prompt(R"(^.*?(?:\$|#|>|;))", "m", false);
         stream_session(r, input, prompt, shell_lexer(), nullptr);
      });
      return l;
   }();
   return lexer;
}

// Rouge's IRBLexer: Ruby after an irb or pry prompt, IRB's output lexed as Ruby values.
const Lexer& irb_lexer() {
   static const Lexer lexer = [] {
      Lexer l("irb");
      l.stream_with([](Runner& r, std::string_view input) {
         static const Regex prompt(R"~(^.*?(irb|pry).*?[>"*])~", "", false);
         stream_session(r, input, prompt, ruby_lexer(), &irb_output_lexer());
      });
      return l;
   }();
   return lexer;
}

}  // namespace jekyllpp::highlight
