#pragma once
// Rouge's OpenEdge ABL keywords (upper case, with abbreviations and preprocessor names).
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& openedge_keywords();

}  // namespace jekyllpp::highlight
