#pragma once
// MATLAB's builtin function names, for the MATLAB lexer.
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& matlab_builtins();

}  // namespace jekyllpp::highlight
