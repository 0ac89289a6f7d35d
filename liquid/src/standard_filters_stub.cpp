// Temporary: stands in for liquid/src/filters until liquid-filters lands register_standard_filters.
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/standard_filters.hpp"

namespace jekyllpp::liquid {
__attribute__((weak)) void register_standard_filters(Environment&) {}
}  // namespace jekyllpp::liquid
