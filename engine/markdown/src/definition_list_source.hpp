#pragma once
// The source of a kramdown definition list, as its parser reads it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "prepass.hpp"

namespace jekyllpp::markdown {

// kramdown drops each definition's trailing blank lines (the last one's go after the list).
void trim_trailing_blank_lines(std::string& content);

// Reads the definitions of a kramdown definition list from line `first` (a `: ` line) as
// parse_definition_list does; returns the last line they span.
size_t read_definitions(const std::vector<std::string_view>& lines, size_t first, bool first_as_para,
                        std::vector<DefinitionItem>& items);

}  // namespace jekyllpp::markdown
