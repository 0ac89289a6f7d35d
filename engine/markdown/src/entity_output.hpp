#pragma once
// kramdown's entity_output option: how entity references, smart quotes, typographic symbols and
// the converter's own non-breaking spaces are written (Utils::Html#entity_to_str).
#include <cstdint>
#include <string>
#include <string_view>

#include "jekyllpp/markdown/markdown.hpp"

namespace jekyllpp::markdown {

// An entity as kramdown knows it: its code point and name (empty when it has none).
struct KramdownEntity {
   uint32_t code_point = 0;
   std::string_view name;
   uint32_t number = 0;  // the number of a numeric reference (`&#150;` is U+2013, number 150)
};

// Whether `s` starts with a reference `&name;`, `&#N;` or `&#xH;`; then its length and kramdown's
// entity for it (code point 0: a name kramdown does not know, which it writes as `&amp;name;`).
bool kramdown_entity_at(std::string_view s, KramdownEntity& entity, size_t& length);

// kramdown's entity for a name ("rsquo") or a code point; the code point's when no name.
KramdownEntity kramdown_entity(std::string_view name);
KramdownEntity kramdown_entity(uint32_t code_point);

// Appends `entity` as kramdown writes it under `mode`; `original` is the reference as written
// (empty for the converter's own entities).
void append_entity(std::string& out, const KramdownEntity& entity, std::string_view original,
                   Options::EntityOutput mode);

}  // namespace jekyllpp::markdown
