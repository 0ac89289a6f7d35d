#pragma once
// What Rouge's F# and OCaml lexers share, rule for rule: literals, (* nested *) comments,
// double-quoted strings and Module.name paths.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

// Numbers, characters, a lone ' (a type variable's quote) and the start of a string, then
// ~name / ?name labels with `id` the language's identifier.
inline void add_ml_literals(StateBuilder state, const std::string& id) {
   state.rule(R"((?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*))", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f][0-9a-f_]*)", Tok::NumHex)
      .rule(R"((?i)0o[0-7][0-7_]*)", Tok::NumOct)
      .rule(R"((?i)0b[01][01_]*)", Tok::NumBin)
      .rule(R"(\d[\d_]*)", Tok::NumInteger)
      .rule(R"~('(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))')~", Tok::StrChar)
      .rule(R"('[.]')", Tok::StrChar)
      .rule(R"(')", Tok::Keyword)
      .rule(R"(")", Tok::StrDouble, "string")
      .rule("[~?]" + id, Tok::NameVariable);
}

// The "string" state (OCamlCommon's, also ReasonML's).
inline void add_ml_string(Lexer& l) {
   l.state("string")
      .rule(R"([^\\"]+)", Tok::StrDouble)
      .rule(R"~(\\[\\"'ntbr])~", Tok::StrEscape)
      .rule(R"(\\\d{3})", Tok::StrEscape)
      .rule(R"(\\x[0-9a-fA-F]{2})", Tok::StrEscape)
      .rule(R"(\\\n)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDouble, "#pop");
}

// The "comment" and "string" states.
inline void add_ml_comment_and_string(Lexer& l) {
   l.state("comment")
      .rule(R"([^(*)]+)", Tok::Comment)
      .rule(R"([(][*])", Tok::Comment, "#push")
      .rule(R"([*][)])", Tok::Comment, "#pop")
      .rule(R"([(*)])", Tok::Comment);
   add_ml_string(l);
}

// The "dotted" state after "Module.": more modules, then the name they qualify; `brackets`
// are the opening brackets that end it too.
inline void add_ml_dotted(Lexer& l, const std::string& id, const std::string& upper_id,
                          const std::string& brackets) {
   l.state("dotted")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"([.])", Tok::Punctuation)
      .rule(upper_id + R"((?=\s*[.]))", Tok::NameNamespace)
      .rule(upper_id, Tok::NameClass, "#pop")
      .rule(id, Tok::Name, "#pop")
      .rule(brackets, Tok::Punctuation, "#pop");
}

}  // namespace jekyllpp::highlight
