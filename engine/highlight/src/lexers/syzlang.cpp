// Rouge's Syzlang lexer (syzkaller's syscall descriptions): includes, defines, resources, flag
// lists, syscalls with their arguments, structs/unions and type templates. Each construct
// pushes the states of its parts in reverse order, most of which give way on anything else.
#include <initializer_list>
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "align breaks_returns dec define disabled hex ignore_return in incdir include inet inout oct "
   "opt out packed parent prog_timeout pseudo resource size syscall timeout type varlen");
const Words types(
   "array bitsize bool16 bool32 bool64 bool8 boolptr buffer bytesize bytesize2 bytesize4 "
   "bytesize8 const csum filename fileoff flags fmt int16 int16be int32 int32be int64 int64be "
   "int8 int8be intptr len offsetof optional proc ptr ptr64 string stringnoz text vma vma64 "
   "void");

const std::string id = R"([a-zA-Z_][a-zA-Z0-9_]*)";
const std::string num_id = R"([a-zA-Z0-9_]+)";

// Pushes `states` in the order given (the last one is lexed first).
void push_all(Runner& r, std::initializer_list<const char*> states) {
   for (const char* state : states) r.push(state);
}

// A token for the match, then the states to push.
Callback then_push(Tok tok, std::initializer_list<const char*> states) {
   std::vector<const char*> list(states);
   return [tok, list](Runner& r) {
      r.token(tok);
      for (const char* state : list) r.push(state);
   };
}

Lexer make_syzlang() {
   Lexer l("syzlang");
   l.state("inline_break").rule(R"([ \t]+)", Tok::Text).rule(R"()", Tok::Text, "#pop");
   l.state("space_break")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"()", Tok::Text, "#pop");
   l.state("mixin_name").rule(id, Tok::Name);
   l.state("mixin_number")
      .rule(R"((?i)-?0x[\da-f]+)", Tok::NumHex)
      .rule(R"(-?\d+)", Tok::NumInteger)
      .rule(R"('[^']?')", Tok::StrChar);
   l.state("mixin_string")
      .rule(R"("[^"]*")", Tok::StrDouble)
      .rule(R"(`[^`]*`)", Tok::StrBacktick);
   l.state("mixin_term")
      .mixin("mixin_number")
      .mixin("mixin_string")
      .rule(id, [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (types.has(r.m())) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule(R"(:)", Tok::Punctuation)  // ranges
      .rule(R"(\$)", Tok::Name);  // struct$type names
   l.state("term_list")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .mixin("mixin_term")
      .rule(R"(\[)", Tok::Punctuation, "term_list")
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([\]\)])", Tok::Punctuation, "#pop");
   l.state("arg_type")
      .mixin("mixin_term")
      .rule(R"(\[)", Tok::Punctuation, "term_list")
      .rule(R"()", Tok::Text, "#pop");
   l.state("include")
      .rule(R"((<)([^>]+)(>))", {Tok::Punctuation, Tok::Str, Tok::Punctuation})
      .rule(R"()", Tok::Text, "#pop");
   l.state("define_name").mixin("mixin_name").rule(R"()", Tok::Text, "#pop");
   l.state("define_exp")
      .mixin("mixin_name")
      .mixin("mixin_number")
      .mixin("mixin_string")
      .rule(R"([~!%\^&\*\-\+\/\|<>\?:])", Tok::Operator)
      .rule(R"([\(\){}\[\];,])", Tok::Punctuation)
      .rule(R"([ \t]+)", Tok::Text)
      .rule(R"()", Tok::Text, "#pop");
   l.state("resource_name").mixin("mixin_name").rule(R"()", Tok::Text, "#pop");
   l.state("resource_type")
      .rule(R"(\[)", Tok::Punctuation, "arg_type")
      .rule(R"(\])", Tok::Punctuation, "#pop");
   l.state("resource_values")
      .rule(R"(:)", then_push(Tok::Punctuation, {"resource_values_list", "space_break"}))
      .rule(R"()", Tok::Text, "#pop");
   l.state("resource_values_list")
      .rule(R"([ \t]+)", Tok::Text)
      .mixin("mixin_name")
      .mixin("mixin_number")
      .mixin("mixin_string")
      .rule(R"(,)", Tok::Punctuation, "space_break")
      .rule(R"()", Tok::Text, "#pop");
   l.state("flags_list")
      .rule(R"([ \t]+)", Tok::Text)
      .rule(R"(\.)", Tok::Punctuation)
      .mixin("mixin_name")
      .mixin("mixin_number")
      .mixin("mixin_string")
      .rule(R"(,)", Tok::Punctuation, "space_break")
      .rule(R"()", Tok::Punctuation, "#pop");
   l.state("syscall_args")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"(\.)", Tok::Punctuation)
      .rule(id, then_push(Tok::Name, {"arg_type", "space_break"}))
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("syscall_retval").mixin("mixin_name").rule(R"()", Tok::Text, "#pop");
   l.state("syscall_mods")
      .rule(R"(\()", Tok::Punctuation, "term_list")
      .rule(R"()", Tok::Text, "#pop");
   l.state("struct_fields")
      .rule(id, then_push(Tok::Name, {"space_break", "struct_field_mods", "inline_break",
                                      "arg_type", "space_break"}))
      .rule(R"([}\]])", Tok::Punctuation, "#pop");
   l.state("struct_field_mods")
      .rule(R"(\()", Tok::Punctuation, "term_list")
      .rule(R"()", Tok::Text, "#pop");
   l.state("struct_mods")
      .rule(R"(\[)", Tok::Punctuation, "term_list")
      .rule(R"()", Tok::Text, "#pop");
   l.state("type_name").mixin("mixin_name").rule(R"()", Tok::Text, "#pop");
   l.state("type_args")
      .rule(R"(\[)", Tok::Punctuation, "type_args_list")
      .rule(R"()", Tok::Text, "#pop");
   l.state("type_args_list")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .mixin("mixin_name")
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"(\])", Tok::Punctuation, "#pop");
   // A type template's body: a struct or union, else a type.
   l.state("type_body")
      .rule(R"([{\[])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop();
         push_all(r, {"space_break", "struct_mods", "inline_break", "struct_fields",
                      "space_break"});
      })
      .rule(R"()", [](Runner& r) {
         r.pop();
         r.push("arg_type");
      });
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"((include|incdir))", then_push(Tok::Keyword, {"include", "space_break"}))
      .rule(R"(define)", then_push(Tok::Keyword, {"define_exp", "space_break", "define_name",
                                                 "space_break"}))
      .rule(R"(resource)",
            then_push(Tok::Keyword, {"resource_values", "inline_break", "resource_type",
                                     "inline_break", "resource_name", "space_break"}))
      // flags and strings
      .rule("(" + id + R"(|_)(\s+)(=))", [](Runner& r) {
         r.groups({r.m(1) == "_" ? Tok::Keyword : Tok::Name, Tok::Text, Tok::Punctuation});
         push_all(r, {"flags_list", "space_break"});
      })
      .rule("(" + id + R"()(\$)?()" + num_id + R"()?(\s+)?(\())", [](Runner& r) {
         r.groups({Tok::NameFunction, Tok::Punctuation, Tok::NameFunctionMagic, Tok::Text,
                   Tok::Punctuation});
         push_all(r, {"syscall_mods", "inline_break", "syscall_retval", "inline_break",
                      "syscall_args", "space_break"});
      })
      // structs and unions
      .rule("(" + id + "|" + id + R"(\$)" + num_id + R"()(\s+)?([{\[]))", [](Runner& r) {
         r.groups({Tok::Name, Tok::Text, Tok::Punctuation});
         push_all(r, {"inline_break", "struct_mods", "inline_break", "struct_fields",
                      "space_break"});
      })
      .rule(R"(type)", then_push(Tok::Keyword, {"type_body", "space_break", "type_args",
                                               "type_name", "space_break"}));
   l.finish();
   return l;
}

}  // namespace

const Lexer& syzlang_lexer() {
   static const Lexer lexer = make_syzlang();
   return lexer;
}

}  // namespace jekyllpp::highlight
