// {% echo value | filters %}: `{{ }}` as a tag (useful inside {% liquid %}).
#include "jekyllpp/liquid/expression.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {
class Echo : public Node {
public:
   Echo(Variable v, int line) : Node(line), variable_(std::move(v)) {}
   void render(Context& context, std::string& output) const override { variable_.render(context, output); }

private:
   Variable variable_;
};
}  // namespace

void register_echo(Environment& env) {
   env.register_tag("echo", [](const std::string&, const std::string& markup, ParseContext& parse) -> NodePtr {
      int line = parse.line_number();
      return std::make_unique< Echo >(parse.parse_variable(markup), line);
   });
}

}  // namespace jekyllpp::liquid
