#pragma once
// Rouge's C lexer as a base: C++, CUDA, GLSL, HLSL, Objective-C and Objective-C++ subclass it with more words, and with rules
// they define before calling define_c, which Rouge's `prepend` puts before C's own.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

// C's word lists, space-separated, each ending in a space so a subclass can append to it.
extern const char* const c_keywords;
extern const char* const c_types;
extern const char* const c_reserved;

struct CVocabulary {
   Words keywords, types, reserved, builtins;
};

// Adds C's states to `l`; `self` is the lexer the function-signature rule lexes its parts with.
// `after_signature` extends the signature's pattern (HLSL's ": SEMANTIC").
void define_c(Lexer& l, const CVocabulary& words, const Lexer& (*self)(),
              const std::string& after_signature = "");

// C++ with `words`; `before` adds a subclass's rules, which come before C++'s own. `words`
// outlive the lexer: its rules keep a reference to them.
Lexer make_cpp(const char* tag, const Lexer& (*self)(), const CVocabulary& words,
               void (*before)(Lexer&) = nullptr);

// Adds Objective-C's own rules (before those of the C or C++ the lexer goes on to define).
void define_objective_c_common(Lexer& l, const Lexer& (*self)());

}  // namespace jekyllpp::highlight
