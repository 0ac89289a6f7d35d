// Rouge's ISBL lexer (Directum's scripting language, English and Russian keywords): builtin
// constants, interfaces after ":" and global objects.
#include <string>

#include "lexers/isbl_words.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "and и else иначе endexcept endfinally endforeach конецвсе endif конецесли endwhile "
   "конецпока except exitfor finally foreach все if если in в not не or или try while пока");

// Lower case of the letters a name can hold here: ASCII and Cyrillic (А-Я, Ё and Ѐ-Џ).
std::string downcase(std::string_view word) {
   std::string out;
   out.reserve(word.size());
   for (std::size_t i = 0; i < word.size(); ++i) {
      auto c = static_cast<unsigned char>(word[i]);
      if (c >= 'A' && c <= 'Z') {
         out += static_cast<char>(c - 'A' + 'a');
      } else if ((c == 0xD0 || c == 0xD1) && i + 1 < word.size()) {
         unsigned code = ((c & 0x1F) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3F);
         if (code >= 0x410 && code <= 0x42F) code += 0x20;
         else if (code >= 0x400 && code <= 0x40F) code += 0x50;
         out += static_cast<char>(0xC0 | (code >> 6));
         out += static_cast<char>(0x80 | (code & 0x3F));
         ++i;
      } else {
         out += static_cast<char>(c);
      }
   }
   return out;
}

Lexer make_isbl() {
   Lexer l("isbl");
   l.state("whitespace")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline);
   // The name after ".": a constant, or a type after ":".
   l.state("dotted").mixin("whitespace").rule(R"((?i)[a-zа-яё_0-9]+)", [](Runner& r) {
      if (isbl_constants().has(downcase(r.m()))) r.token(Tok::NameBuiltin);
      else if (r.in_state("type")) r.token(Tok::KeywordType);
      else r.token(Tok::Name);
      r.pop();
   });
   l.state("type")
      .mixin("whitespace")
      .rule(R"((?i)[a-zа-яё_0-9]+)", [](Runner& r) {
         r.token(isbl_interfaces().has(downcase(r.m())) ? Tok::KeywordType : Tok::Name);
         r.pop();
      })
      .rule(R"([.])", Tok::Punctuation, "dotted")
      .rule(R"()", [](Runner& r) { r.pop(); });
   l.state("root")
      .mixin("whitespace")
      .rule(R"([:])", Tok::Punctuation, "type")
      .rule(R"([.])", Tok::Punctuation, "dotted")
      .rule(R"([\[\]();])", Tok::Punctuation)
      .rule(R"([&*+=<>/-])", Tok::Operator)
      .rule(R"((?i)\b[a-zа-яё_][a-zа-яё_0-9]*(?=[(]))", Tok::NameFunction)
      .rule(R"((?i)[a-zа-яё_!][a-zа-яё_0-9]*)", [](Runner& r) {
         std::string name = downcase(r.m());
         if (keywords.has(name)) r.token(Tok::Keyword);
         else if (isbl_constants().has(name)) r.token(Tok::NameBuiltin);
         else if (isbl_globals().has(name)) r.token(Tok::NameVariableGlobal);
         else r.token(Tok::NameVariable);
      })
      .rule(R"(\b(\d+(\.\d+)?)\b)", Tok::Num)
      .rule(R"((?m)["].*?["])", Tok::StrDouble)
      .rule(R"((?m)['].*?['])", Tok::StrSingle);
   l.finish();
   return l;
}

}  // namespace

const Lexer& isbl_lexer() {
   static const Lexer lexer = make_isbl();
   return lexer;
}

}  // namespace jekyllpp::highlight
