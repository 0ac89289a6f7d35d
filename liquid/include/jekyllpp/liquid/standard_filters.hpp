#pragma once
// Liquid 5.4's standard filters (Liquid::StandardFilters), registered on an Environment.
namespace jekyllpp::liquid {

class Environment;

void register_standard_filters(Environment& environment);

}  // namespace jekyllpp::liquid
