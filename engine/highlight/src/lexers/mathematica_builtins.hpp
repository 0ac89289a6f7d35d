#pragma once
// Mathematica's builtin symbols, as Rouge 3.30 lists them (mathematica/keywords.rb).
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& mathematica_builtins();

}  // namespace jekyllpp::highlight
