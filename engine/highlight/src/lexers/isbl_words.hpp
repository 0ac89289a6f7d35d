#pragma once
// Rouge's ISBL word lists (lower case): constants and enumeration values, interfaces, globals.
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& isbl_constants();
const Words& isbl_interfaces();
const Words& isbl_globals();

}  // namespace jekyllpp::highlight
