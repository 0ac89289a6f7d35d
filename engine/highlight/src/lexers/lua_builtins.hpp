#pragma once
// The functions of Lua's standard library as Rouge lists them (Lua's and MoonScript's builtins).
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& lua_builtin_names();

}  // namespace jekyllpp::highlight
