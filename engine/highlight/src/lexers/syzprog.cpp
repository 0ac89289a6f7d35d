// Rouge's Syzprog lexer (syzkaller's programs): rN = syscall$variant(args...) (mods) lines.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "ANY ANYBLOB ANYPTR ANYPTR64 ANYPTRS ANYRES16 ANYRES32 ANYRES64 ANYRESDEC ANYRESHEX "
   "ANYRESOCT ANYUNION AUTO false nil true void async fail_nth rerun");

const std::string id = R"([a-zA-Z_][a-zA-Z0-9_]*)";

Lexer make_syzprog() {
   Lexer l("syzprog");
   l.state("inline_break").rule(R"([ \t]+)", Tok::Text).rule(R"()", Tok::Text, "#pop");
   l.state("space_break")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"()", Tok::Text, "#pop");
   l.state("mixin_number")
      .rule(R"((?i)-?0x[\da-f]+)", Tok::NumHex)
      .rule(R"(-?\d+)", Tok::NumInteger);
   l.state("mixin_string")
      .rule(R"("[^"]*")", Tok::StrDouble)
      .rule(R"(`[^`]*`)", Tok::StrBacktick)
      .rule(R"('[^']*')", Tok::StrSingle);
   l.state("mixin_term")
      .mixin("mixin_number")
      .mixin("mixin_string")
      .rule(R"(r[0-9]+)", Tok::KeywordPseudo)
      .rule(id, [](Runner& r) { r.token(keywords.has(r.m()) ? Tok::Keyword : Tok::Name); });
   l.state("mods_list")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .mixin("mixin_term")
      .rule(R"([,:])", Tok::Punctuation)
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("syscall_mods")
      .rule(R"(\()", Tok::Punctuation, "mods_list")
      .rule(R"()", Tok::Text, "#pop");
   l.state("syscall_args")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .mixin("mixin_term")
      .mixin("mixin_number")
      .mixin("mixin_string")
      .rule(R"([@&=,<>{}\[\]])", Tok::Punctuation)  // part of the syntax
      .rule(R"([!#\$%\^\*\-\+\/\|~:;.\?])", Tok::Punctuation)  // not, but shown so
      .rule(R"(\()", Tok::Punctuation, "syscall_args")
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"((r[0-9]+)(\s+)(=))", {Tok::KeywordPseudo, Tok::Text, Tok::Punctuation})
      .rule("(" + id + R"()(\$)?([a-zA-Z0-9_]+)?(\s+)?(\())", [](Runner& r) {
         r.groups({Tok::NameFunction, Tok::Punctuation, Tok::NameFunctionMagic, Tok::Text,
                   Tok::Punctuation});
         for (const char* state : {"syscall_mods", "inline_break", "syscall_args", "space_break"})
            r.push(state);
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& syzprog_lexer() {
   static const Lexer lexer = make_syzprog();
   return lexer;
}

}  // namespace jekyllpp::highlight
