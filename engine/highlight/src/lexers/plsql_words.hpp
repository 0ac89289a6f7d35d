#pragma once
// Rouge's PL/SQL word lists (upper case): types, functions, reserved words, other keywords.
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& plsql_keywords_reserved();
const Words& plsql_keywords();
const Words& plsql_keywords_func();
const Words& plsql_keywords_type();

}  // namespace jekyllpp::highlight
