#pragma once
// Rouge's SAS word lists (upper case): data step statements, functions, macro statements,
// macro functions, PROC names and the keywords of common PROCs.
#include <string_view>

#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& sas_data_step_statements();
const Words& sas_functions();
const Words& sas_macro_statements();
const Words& sas_macro_functions();
const Words& sas_proc_names();
const Words* sas_proc_keywords(std::string_view proc);  // null for a PROC Rouge has none for

}  // namespace jekyllpp::highlight
