#pragma once
// Rouge's HTML lexer as a base: Vue subclasses it with rules defined before define_html is
// called, which Rouge's `prepend` puts before HTML's own.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

void define_html(Lexer& l);

}  // namespace jekyllpp::highlight
