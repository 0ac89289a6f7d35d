#pragma once
// Rouge's IgorPro word lists that can match (lower case): builtin functions and operations.
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& igorpro_functions();
const Words& igorpro_operations();

}  // namespace jekyllpp::highlight
