#pragma once
// The words the VimL lexer knows: Ex commands (Keyword), and builtin functions, options and
// autocommand events (Name.Builtin).
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& viml_commands();
const Words& viml_builtins();

}  // namespace jekyllpp::highlight
