// Rouge's Meson lexer: build definitions with Python-like strings; f'...' strings interpolate
// @name@ (lexed again as Meson).
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords("continue break elif else endif if true false foreach endforeach");
const Words builtin_variables("meson host_machine build_machine target_machine");
const Words builtin_functions(
   "add_global_arguments add_project_arguments add_global_link_arguments "
   "add_project_link_arguments add_test_setup add_languages alias_target assert benchmark "
   "both_libraries build_target configuration_data configure_file custom_target "
   "declare_dependency dependency disabler environment error executable generator gettext "
   "get_option get_variable files find_library find_program include_directories import "
   "install_data install_headers install_man install_subdir is_disabler is_variable jar "
   "join_paths library message option project run_target run_command set_variable subdir "
   "subdir_done subproject summary shared_library shared_module static_library test vcs_tag "
   "warning");

// Ruby's [[:alpha:]] and [[:alnum:]] are Unicode-aware.
const std::string identifier = R"((?:[\p{Alphabetic}_][\p{Alphabetic}\p{Nd}_]*))";

// The open strings are kept in Runner::strs as pairs: prefix (lower-cased), delimiter.
Lexer make_meson() {
   Lexer l("meson");
   l.state("root")
      .rule(R"((?m)\n+)", Tok::Text)
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(#(.*)?\n?)", Tok::CommentSingle)
      .rule(R"([\[\]{}:(),;.])", Tok::Punctuation)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"(\\)", Tok::Text)
      .rule(R"((in|and|or|not)\b)", Tok::OperatorWord)
      .rule(R"([-+\/*%=<>]=?|!=)", Tok::Operator)
      .rule(R"((?i)([f]?)('''|[']))", [](Runner& r) {
         r.groups({Tok::StrAffix, Tok::Str});
         r.strs.push_back(r.m(1).empty() ? "" : "f");
         r.strs.emplace_back(r.m(2));
         r.push("generic_string");
      })
      .rule(R"((?<!\.))" + identifier + R"(\b\s*(?=\())", [](Runner& r) {
         r.token(builtin_functions.has(r.m()) ? Tok::NameBuiltin : Tok::Name);
      })
      .rule(R"((?<!\.))" + identifier + R"((?!\s*?:))", [](Runner& r) {
         if (builtin_variables.has(r.m())) r.token(Tok::NameBuiltin);
         else if (keywords.has(r.m())) r.token(Tok::Keyword);
         else r.token(Tok::Name);
      })
      .rule(identifier, Tok::Name)
      .rule(R"((?i)0b(_?[0-1])+)", Tok::NumBin)
      .rule(R"((?i)0o(_?[0-7])+)", Tok::NumOct)
      .rule(R"((?i)0x(_?[a-f0-9])+)", Tok::NumHex)
      .rule(R"(([1-9](_?[0-9])*|0(_?0)*))", Tok::NumInteger);
   l.state("generic_string")
      .rule(R"([^'\\\@]+)", Tok::Str)
      .rule(R"('''|['])", [](Runner& r) {
         r.token(Tok::Str);
         if (r.strs.back() == r.m()) {
            r.strs.resize(r.strs.size() - 2);
            r.pop();
         }
      })
      .rule(R"((?=\\))", Tok::Str, "generic_escape")
      .rule(R"(\@)", [](Runner& r) {
         if (r.strs[r.strs.size() - 2] == "f") {
            r.token(Tok::StrInterpol);
            r.push("generic_interpol");
         } else {
            r.token(Tok::Str);
         }
      });
   l.state("generic_escape")
      .rule(R"((?x)\\
               ( [\\abfnrtv']
               | N\{[a-zA-Z][a-zA-Z\ ]+[a-zA-Z]\}
               | u[a-fA-F0-9]{4}
               | U[a-fA-F0-9]{8}
               | x[a-fA-F0-9]{2}
               | [0-7]{1,3}
               ))",
            Tok::StrEscape, "#pop")
      .rule(R"(\\.)", Tok::Str, "#pop");
   l.state("generic_interpol")
      .rule(R"([^\@]+)", [](Runner& r) { r.delegate(r.lexer()); })
      .rule(R"(\@)", Tok::StrInterpol, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& meson_lexer() {
   static const Lexer lexer = make_meson();
   return lexer;
}

}  // namespace jekyllpp::highlight
