// libFuzzer target: code through one of the Rouge lexers and the HTML formatter. The first byte
// picks the lexer (its catalogue index), the second its use: bit 0 also runs Rouge's guess on
// the code, bit 1 takes the code's first line as the lexer's options ("lang=ruby&prompt=$",
// read as find_lexer_fancy reads "console?lang=ruby&prompt=$", but into a pool freed after each
// input, where find_lexer_fancy keeps every distinct string's lexer). The rest is the code, valid
// UTF-8 only, as Jekyll only highlights text it could read as UTF-8. Built by build.sh, not part
// of CTest.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "jekyllpp/highlight/highlight.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "lexer_options.hpp"
#include "lexers/lexers.hpp"

namespace highlight = jekyllpp::highlight;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
   if (size < 2) return 0;
   const auto& catalog = highlight::lexer_catalog();
   const std::string_view tag = catalog[bytes[0] % catalog.size()].tag;
   const std::uint8_t use = bytes[1];
   std::string_view code(reinterpret_cast< const char* >(bytes) + 2, size - 2);
   if (!jekyllpp::liquid::ruby::utf8_valid(code)) return 0;
   std::string_view options;
   if (use & 2) {
      const std::size_t eol = code.find('\n');
      options = code.substr(0, eol);
      code = eol == std::string_view::npos ? std::string_view() : code.substr(eol + 1);
   }
   if (use & 1) (void)highlight::guess_tags(code);
   highlight::LexerPool pool;
   const highlight::Lexer* lexer = highlight::configured_lexer(tag, highlight::LexerOptions::parse(options), pool);
   if (lexer) (void)highlight::format_html(*lexer, code);
   return 0;
}
