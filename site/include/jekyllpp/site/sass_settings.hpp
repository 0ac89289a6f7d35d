#pragma once
// How jekyll-sass-converter 2.2 reads the site's `sass` settings, and the Ruby errors it raises
// (once per stylesheet conversion) on values of the wrong kind.
#include <optional>
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

// jekyll_sass_configuration, then sass_style's fetch: a `sass` value that is neither a hash
// nor nil/false raises what Ruby raises indexing it with "style" (TypeError, NoMethodError).
void check_sass_settings(const liquid::Value& sass);

// sourcemap_option: the `sourcemap` setting as to_sym spells it ("always" when absent). Only
// strings answer to_sym: any other value present (true, nil, 1...) raises NoMethodError.
std::string sass_sourcemap_option(const liquid::Value& sass);

// The `precision` SassC::Engine hands libsass (set when truthy): an Integer, a Float cut to
// its integer part; any other value raises FFI's TypeError ("no implicit conversion of String
// into Integer").
std::optional< int > sass_precision(const liquid::Value& sass);

}  // namespace jekyllpp::site
