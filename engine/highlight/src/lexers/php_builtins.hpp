#pragma once
// PHP's builtin function names, which the PHP lexer marks as Name.Builtin before a "(".
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& php_builtins();

}  // namespace jekyllpp::highlight
