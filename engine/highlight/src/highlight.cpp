#include "jekyllpp/highlight/highlight.hpp"

#include <stdexcept>
#include <unordered_map>

#include "lexer.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

using LexerFactory = const Lexer& (*)();

// Each lexer's tag and aliases, as Rouge registers them; lexers are built on first use.
const std::unordered_map<std::string_view, LexerFactory>& registry() {
   static const std::unordered_map<std::string_view, LexerFactory> table = [] {
      std::unordered_map<std::string_view, LexerFactory> names;
      for (const auto& [tag, aliases, factory] : lexer_catalog()) {
         names.emplace(tag, factory);
         for (std::string_view alias : aliases) names.emplace(alias, factory);
      }
      return names;
   }();
   return table;
}

bool valid_utf8(std::string_view s) {
   std::size_t i = 0;
   while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      std::size_t n = c < 0x80          ? 1
                      : (c >> 5) == 6   ? 2
                      : (c >> 4) == 14  ? 3
                      : (c >> 3) == 30  ? 4
                                        : 0;
      if (n == 0 || i + n > s.size()) return false;
      for (std::size_t k = 1; k < n; ++k)
         if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
      i += n;
   }
   return true;
}

}  // namespace

const Lexer* find_lexer(std::string_view name) {
   auto it = registry().find(name);
   return it == registry().end() ? nullptr : &it->second();
}

std::string_view lexer_tag(const Lexer& lexer) { return lexer.tag(); }

void append_html(std::string& out, const Lexer& lexer, std::string_view code) {
   const std::size_t start = out.size();
   out.reserve(start + code.size() * 2);
   HtmlSink sink(out);
   if (&lexer == &plaintext_lexer()) {
      // Its one Text token is the whole code (every code span with the default `plaintext`):
      // no lexing run to set up.
      sink.emit(Tok::Text, code);
   } else if (!valid_utf8(code)) {
      // Rouge refuses text that is not UTF-8; show it unhighlighted rather than fail.
      sink.emit(Tok::Text, code);
   } else {
      try {
         Runner runner(lexer, sink);
         runner.reset();
         runner.continue_lex(code);
      } catch (const std::logic_error&) {
         // A pattern built from the text would not compile (Ruby's %q\...\ makes Rouge raise
         // too): show the code unhighlighted.
         out.resize(start);
         HtmlSink plain(out);
         plain.emit(Tok::Text, code);
         plain.finish();
         return;
      }
   }
   sink.finish();
}

std::string format_html(const Lexer& lexer, std::string_view code) {
   std::string out;
   append_html(out, lexer, code);
   return out;
}

}  // namespace jekyllpp::highlight
