#pragma once
// What Jekyll's filter functions share: Ruby's arity check (Liquid turns its ArgumentError
// into Liquid::ArgumentError), optional arguments, and the site in the registers.
#include <cstddef>

#include "jekyllpp/liquid/filter.hpp"

namespace jekyllpp::site {
class Site;
}

namespace jekyllpp::site::filters {

// Raises "wrong number of arguments (given N, expected MIN..MAX)"; counts include the input
// and, as Liquid passes keyword arguments as a trailing hash, one for any keyword arguments.
void check_arity(const liquid::FilterCall& call, std::size_t min, std::size_t max);
// The i-th positional argument, or nil when it was not given.
const liquid::Value& argument(const liquid::FilterCall& call, std::size_t i);
// registers[:site]; raises when the context carries none.
const Site& site_of(liquid::Context& context);

}  // namespace jekyllpp::site::filters
