// Rouge's J lexer (jsoftware.com): primitives coloured by their part of speech after the
// inflection (. : .. .: :. ::), control words, explicit definitions (`3 : 0` bodies up to a lone
// ")", `verb def '...'` strings lexed as code) and Note blocks.
#include <string>
#include <string_view>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words control_words(
   "assert break case catch catchd catcht continue do else elseif end fcase for if return "
   "select throw try while whilst");
const Words control_words_id("for goto label");

// A primitive's part of speech per inflection, one letter each: v verb, n noun, m modifier,
// a name, p parameter, o other, - none (an error).
std::string_view parts_of_speech(char c) {
   switch (c) {
      case '(': case ')': return "o";
      case '=': return "voo";
      case '<': case '>': case '+': case '-': case '*': case '%': case '$': case '|': case ',':
      case '#': return "vvv";
      case '^': return "vvm";
      case '~': case '"': return "mvv";
      case '.': case ':': case '@': return "mmm";
      case ';': return "vmv";
      case '!': return "vmm";
      case '/': case '\\': return "mmv";
      case '[': return "v-v";
      case ']': return "v";
      case '{': return "vvv---v";
      case '}': return "mvv---m";
      case '`': return "m-m";
      case '&': return "mmm-m";
      case '?': return "vv";
      case 'a': return "ann";
      case 'A': case 'C': case 'e': case 'E': case 'I': case 'j': case 'o': case 'r': return "av";
      case 'b': case 'd': case 'f': case 'H': case 'M': case 'T': return "am";
      case 'D': case 't': return "amm";
      case 'F': return "ammmmmm";
      case 'i': return "avv";
      case 'L': return "avm";
      case 'm': case 'n': case 'y': return "p";
      case 'p': return "avvv";
      case 'q': case 's': case 'Z': return "a-v";
      case 'S': return "a-m";
      case 'u': return "pvv";
      case 'v': return "pv";
      case 'x': return "p-v";
      default: return "a";
   }
}

Tok primitive(char c, std::string_view inflection) {
   static const std::string_view inflections[] = {"", ".", ":", "..", ".:", ":.", "::"};
   std::size_t i = 0;
   while (i < 7 && inflections[i] != inflection) ++i;
   std::string_view parts = parts_of_speech(c);
   if (i >= parts.size()) return Tok::Error;
   switch (parts[i]) {
      case 'n': return Tok::KeywordConstant;
      case 'v': return Tok::NameFunction;
      case 'm': return Tok::Operator;
      case 'a': return Tok::Name;
      case 'p': return Tok::NameBuiltinPseudo;
      case 'o': return Tok::Punctuation;
      default: return Tok::Error;
   }
}

enum { note_next, def_body_is_noun };

Lexer make_j() {
   Lexer l("j");
   l.on_start([](Runner& r) { r.vars[note_next] = 0; });
   l.state("expr")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(([!-&(-/:-@\[-^`{-~]|[A-Za-z]\b)([.:]*))",
            [](Runner& r) { r.token(primitive(r.m(1)[0], r.m(2))); })
      .rule(R"((?:\d|_\d?):([.:]*))",
            [](Runner& r) { r.token(r.m(1).empty() ? Tok::NameFunction : Tok::Error); })
      .rule(R"([\d_][\w.]*([.:]*))",
            [](Runner& r) { r.token(r.m(1).empty() ? Tok::Num : Tok::Error); })
      .rule(R"(')", Tok::StrSingle, "str")
      .rule(R"(NB\.(?![.:]).*)", Tok::CommentSingle)
      .rule(R"(([A-Za-z]\w*)([.:]*))", [](Runner& r) {
         if (r.m(2) != ".") {
            r.token(r.m(2).empty() ? Tok::Name : Tok::Error);
            return;
         }
         // A control word: if. for_name. goto_label.
         std::string_view name = r.m(1);
         std::size_t sep = name.find('_');
         std::string_view word = name.substr(0, sep);
         std::string_view id = sep == std::string_view::npos ? "" : name.substr(sep + 1);
         const Words* list = sep == std::string_view::npos ? &control_words
                             : !id.empty()                  ? &control_words_id
                                                            : nullptr;
         if (list && list->has(word)) {
            r.token(Tok::Keyword, name.substr(0, sep == std::string_view::npos ? sep : sep + 1));
            r.token(word == "for" ? Tok::Name : Tok::NameLabel, id);
            r.token(Tok::Keyword, r.m(2));
         } else {
            r.token(Tok::Error);
         }
      });
   l.state("str")
      .rule(R"('')", Tok::StrEscape)
      .rule(R"([^'\n]+)", Tok::StrSingle)
      .rule(R"('|$)", Tok::StrSingle, "#pop");
   l.state("root")
      .rule(R"(\n)", [](Runner& r) {
         r.token(Tok::Text);
         if (r.vars[note_next]) {
            r.push("note");
            r.vars[note_next] = 0;
         }
      })
      .rule(R"((?x)([0-4]|13|adverb|conjunction|dyad|monad|noun|verb)([\ \t]+)
               (def(?:ine)?\b|:)(?![.:])([\ \t]*))",
            [](Runner& r) {
               r.groups({Tok::KeywordPseudo, Tok::Text, Tok::KeywordPseudo, Tok::Text});
               r.vars[def_body_is_noun] = r.m(1) == "0" || r.m(1) == "noun";
               if (r.m(3) == "define") {
                  if (r.depth() > 1) r.pop();
                  r.push(r.vars[def_body_is_noun] ? "noun" : "code");
                  r.push("def_next");
               } else {
                  r.push("expl_def");
               }
            })
      .rule(R"(^([ \t]*)(Note\b(?![.:]))([ \t\r]*)(?!=[.:]|$))", [](Runner& r) {
         r.groups({Tok::Text, Tok::Name, Tok::Text});
         r.vars[note_next] = 1;
      })
      .rule(R"([mnuvxy]\b(?![.:]))", Tok::Name)
      .mixin("expr");
   l.state("def_next").rule(R"(\n)", Tok::Text, "#pop").mixin("root");
   // After `verb :` / `verb def`: 0 starts a body on the next lines, a quote a one-line body.
   l.state("expl_def")
      .rule(R"(0\b(?![.:]))", [](Runner& r) {
         r.token(Tok::KeywordPseudo);
         if (r.depth() > 2) r.pop();
         r.go_to(r.vars[def_body_is_noun] ? "noun" : "code");
         r.push("def_next");
      })
      .rule(R"(')", [](Runner& r) {
         if (r.vars[def_body_is_noun]) {
            r.token(Tok::StrSingle);
            r.go_to("str");
         } else {
            r.token(Tok::Punctuation);
            r.go_to("q_expr");
         }
      })
      .rule(R"()", [](Runner& r) { r.pop(); });
   // The code inside a quoted definition (dyad def 'x + y').
   l.state("q_expr")
      .rule(R"('')", Tok::StrSingle, "q_str")
      .rule(R"('|$)", Tok::Punctuation, "#pop")
      .rule(R"(NB\.(?![.:])([^'\n]|'')*)", Tok::CommentSingle)
      .mixin("expr");
   l.state("q_str")
      .rule(R"('''')", Tok::StrEscape)
      .rule(R"([^'\n]+)", Tok::StrSingle)
      .rule(R"('')", Tok::StrSingle, "#pop")
      .rule(R"('|$)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop(2);
      });
   l.state("note").mixin("delimiter").rule(R"(.+\n?)", Tok::CommentMultiline);
   l.state("noun").mixin("delimiter").rule(R"(.+\n?)", Tok::StrHeredoc);
   l.state("code")
      .mixin("delimiter")
      .rule(R"(^([ \t]*)(:)([ \t\r]*)$)", {Tok::Text, Tok::Punctuation, Tok::Text})
      .mixin("expr");
   l.state("delimiter").rule(R"(^([ \t]*)(\))([ \t\r]*$\n?))", [](Runner& r) {
      r.groups({Tok::Text, Tok::Punctuation, Tok::Text});
      r.pop();
   });
   l.finish();
   return l;
}

}  // namespace

const Lexer& j_lexer() {
   static const Lexer lexer = make_j();
   return lexer;
}

}  // namespace jekyllpp::highlight
