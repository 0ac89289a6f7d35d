#pragma once
// Rouge's SQF script command names (lower case).
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

const Words& sqf_commands();

}  // namespace jekyllpp::highlight
