#pragma once
// Jekyll's {% highlight lang [linenos] [mark_lines="1 2"] %} tag over the Rouge-compatible
// highlighter.
namespace jekyllpp::liquid {
class Environment;
}

namespace jekyllpp::engine {

void register_highlight_tag(liquid::Environment& environment);

}  // namespace jekyllpp::engine
