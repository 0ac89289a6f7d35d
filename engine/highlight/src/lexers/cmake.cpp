// Rouge's CMake lexer: commands, quoted and [[bracket]] arguments, #[[bracket comments]] and
// ${variable} references.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words builtin_commands(
   "add_compile_definitions add_compile_options add_custom_command add_custom_target "
   "add_definitions add_dependencies add_executable add_library add_link_options "
   "add_subdirectory add_test aux_source_directory break build_command build_name "
   "cmake_host_system_information cmake_language cmake_minimum_required cmake_parse_arguments "
   "cmake_policy configure_file create_test_sourcelist define_property else elseif "
   "enable_language enable_testing endforeach endfunction endif endmacro endwhile exec_program "
   "execute_process export export_library_dependencies file find_file find_library "
   "find_package find_path find_program fltk_wrap_ui foreach function get_cmake_property "
   "get_directory_property get_filename_component get_property get_source_file_property "
   "get_target_property get_test_property if include include_directories "
   "include_external_msproject include_guard include_regular_expression install install_files "
   "install_programs install_targets link_directories link_libraries list load_cache "
   "load_command macro make_directory mark_as_advanced math message option "
   "output_required_files project qt_wrap_cpp qt_wrap_ui remove remove_definitions return "
   "separate_arguments set set_directory_properties set_property set_source_files_properties "
   "set_target_properties set_tests_properties site_name source_group string subdir_depends "
   "subdirs target_compile_definitions target_compile_features target_compile_options "
   "target_include_directories target_link_directories target_link_libraries "
   "target_link_options target_precompile_headers target_sources try_compile try_run unset "
   "use_mangled_mesa utility_source variable_requires variable_watch while write_file");

const std::string bracket_open = R"(\[=*\[)";

// Rouge's `default` state: any other character, as the token of the state it is lexed in.
void add_default(StateBuilder state, Tok tok) {
   state.rule(R"(\r\n?|\n)", tok).rule(R"(.)", tok);
}

// A closing bracket ends the bracket argument or comment only when its length matches the
// opening one's (kept in vars[0]).
void add_bracket_close(StateBuilder state, Tok tok) {
   state.rule(R"(\]=*\])", [tok](Runner& r) {
      r.token(tok);
      if (static_cast<int>(r.m().size()) == r.vars[0]) r.go_to("root");
   });
}

Lexer make_cmake() {
   Lexer l("cmake");
   l.state("variable_interpolation").rule(R"(\$\{)", Tok::StrInterpol, "variable_reference");
   auto root = l.state("root");
   root.mixin("variable_interpolation")
      .rule(R"([ \t])", Tok::Text)
      .rule(R"([()])", Tok::Punctuation)
      .rule("#" + bracket_open, [](Runner& r) {
         r.token(Tok::CommentMultiline);
         r.vars[0] = static_cast<int>(r.m().size()) - 1;
         r.go_to("bracket_comment");
      })
      .rule(bracket_open, [](Runner& r) {
         r.token(Tok::StrDouble);
         r.vars[0] = static_cast<int>(r.m().size());
         r.go_to("bracket_string");
      })
      .rule(R"(\\")", Tok::Text)
      .rule(R"(")", Tok::StrDouble, "quoted_argument")
      .rule(R"(([A-Za-z_][A-Za-z0-9_]*)([ \t]*)(\())", [](Runner& r) {
         r.groups({builtin_commands.has(r.m(1)) ? Tok::NameBuiltin : Tok::NameFunction, Tok::Text,
                   Tok::Punctuation});
      })
      .rule(R"(#.*)", Tok::CommentSingle);
   add_default(root, Tok::Text);
   auto bracket_string = l.state("bracket_string");
   add_bracket_close(bracket_string, Tok::StrDouble);
   bracket_string.mixin("variable_interpolation");
   add_default(bracket_string, Tok::StrDouble);
   auto bracket_comment = l.state("bracket_comment");
   add_bracket_close(bracket_comment, Tok::CommentMultiline);
   add_default(bracket_comment, Tok::CommentMultiline);
   auto reference = l.state("variable_reference");
   reference.mixin("variable_interpolation").rule(R"(})", Tok::StrInterpol, "#pop");
   add_default(reference, Tok::NameVariable);
   auto quoted = l.state("quoted_argument");
   // A closing quote pushes root rather than popping, as in Rouge.
   quoted.mixin("variable_interpolation")
      .rule(R"(")", Tok::StrDouble, "root")
      .rule(R"(\\[()#" \\$@^trn;])", Tok::StrEscape);
   add_default(quoted, Tok::StrDouble);
   l.finish();
   return l;
}

}  // namespace

const Lexer& cmake_lexer() {
   static const Lexer lexer = make_cmake();
   return lexer;
}

}  // namespace jekyllpp::highlight
