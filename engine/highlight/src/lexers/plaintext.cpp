#include "lexer_options.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_plain(const char* tag, Tok tok) {
   Lexer lexer(tag);
   lexer.stream_with([tok](Runner& r, std::string_view text) { r.token(tok, text); });
   return lexer;
}

}  // namespace

const Lexer& plaintext_lexer() {
   static const Lexer lexer = make_plain("plaintext", Tok::Text);
   return lexer;
}

const Lexer& output_lexer() {
   static const Lexer lexer = make_plain("plaintext", Tok::GenericOutput);
   return lexer;
}

const Lexer& backtick_lexer() {
   static const Lexer lexer = make_plain("plaintext", Tok::StrBacktick);
   return lexer;
}

// ?token=Name.Builtin: the text as that token (Rouge's Token[]; plain Text for an unknown name).
Lexer plaintext_lexer_with(const LexerOptions& options) {
   Tok tok = Tok::Text;
   if (auto name = options.as_string("token")) token_named(*name, tok);
   return make_plain("plaintext", tok);
}

}  // namespace jekyllpp::highlight
