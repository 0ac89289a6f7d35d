#pragma once
// Rouge's Lasso word lists (lower case): exceptions, types, traits, keywords, builtins.
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& lasso_exceptions();
const Words& lasso_types();
const Words& lasso_traits();
const Words& lasso_keywords();
const Words& lasso_builtins();

}  // namespace jekyllpp::highlight
