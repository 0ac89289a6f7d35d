// {% # a comment %}: every line of a multi-line inline comment must start with '#'.
#include "../lax.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {
class InlineComment : public Node {
public:
   explicit InlineComment(int line) : Node(line) {}
   void render(Context&, std::string&) const override {}
   bool blank() const override { return true; }
};

// markup.match?(/\n\s*[^#\s]/)
bool has_uncommented_line(std::string_view markup) {
   for (std::size_t nl = markup.find('\n'); nl != std::string_view::npos; nl = markup.find('\n', nl + 1)) {
      // \s* may stop early, so any non-space, non-# character reachable over whitespace counts.
      std::size_t i = nl + 1;
      while (i < markup.size() && lax::is_space(markup[i])) ++i;
      if (i < markup.size() && markup[i] != '#') return true;
   }
   return false;
}
}  // namespace

void register_inline_comment(Environment& env) {
   env.register_tag("#", [](const std::string&, const std::string& markup, ParseContext& parse) -> NodePtr {
      if (has_uncommented_line(markup))
         throw Error(Error::Kind::Syntax,
                     "Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character");
      return std::make_unique< InlineComment >(parse.line_number());
   });
}

}  // namespace jekyllpp::liquid
