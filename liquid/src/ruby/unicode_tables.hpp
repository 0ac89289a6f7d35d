#pragma once
// Ruby's Unicode data for non-ASCII characters (see generate_unicode_tables.rb).
#include <cstddef>
#include <cstdint>

namespace jekyllpp::liquid::ruby {

struct CaseMapping {
   std::uint32_t code_point;
   const char* mapped;  // UTF-8, possibly several characters ("ß" -> "SS")
};

extern const CaseMapping upcase_table[];
extern const std::size_t upcase_table_size;
extern const CaseMapping downcase_table[];
extern const std::size_t downcase_table_size;
extern const CaseMapping capitalize_table[];
extern const std::size_t capitalize_table_size;

// Code points String#inspect writes as \u escapes (controls, unassigned, separators).
struct CodePointRange {
   std::uint32_t first, last;
};
extern const CodePointRange inspect_escaped_ranges[];
extern const std::size_t inspect_escaped_ranges_size;

}  // namespace jekyllpp::liquid::ruby
