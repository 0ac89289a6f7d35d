#pragma once
// CSS's property, keyword-value and colour names, shared by the CSS and Sass lexers.
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& css_attributes();
const Words& css_builtins();
const Words& css_constants();

}  // namespace jekyllpp::highlight
