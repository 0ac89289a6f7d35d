#pragma once
// Jekyll::Tags::IncludeTag as other tags build on it: jekyll-include-cache's include_cached is
// an include whose output is kept per included file and parameters.
#include <functional>
#include <memory>
#include <string>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::tags {

// Where the outputs of such an include come from: `render` renders the include; a cache may
// give an output it kept instead. Called from the render threads.
class IncludeOutputs {
public:
   virtual ~IncludeOutputs() = default;
   // `path`: the included file as located; `params`: include.* (nil when the tag has none).
   virtual std::string fetch(const std::string& path, const liquid::Value& params,
                             const std::function< std::string() >& render) = 0;
};

// A tag that looks files up and renders them as Jekyll's include tag does (site includes,
// then the theme's), each output going through `outputs`.
liquid::TagFactory include_tag_with_outputs(std::shared_ptr< IncludeOutputs > outputs);

}  // namespace jekyllpp::site::tags
