#pragma once
// The shape of a Liquid filter: `{{ input | name: arg1, arg2, key: value }}`.
// Filters are registered by name on an Environment; Liquid's standard ones live in
// liquid/src/filters, Jekyll's in site/src/filters.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {

class Context;

struct FilterCall {
   Context& context;                                           // registers, scopes, error mode
   const Value& input;                                         // the value left of the pipe
   const std::vector< Value >& args;                           // positional arguments
   const std::vector< std::pair< std::string, Value > >& kwargs;  // keyword arguments, in order
};

// Returns the filter's result or throws a liquid::Error (see error.hpp) with Ruby Liquid's text.
using FilterFn = std::function< Value(const FilterCall&) >;

}  // namespace jekyllpp::liquid
