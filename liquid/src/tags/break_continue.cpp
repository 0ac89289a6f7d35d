// {% break %} and {% continue %}: interrupt the innermost for loop.
#include "jekyllpp/liquid/context.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {
class InterruptTag : public Node {
public:
   InterruptTag(Context::Interrupt kind, int line) : Node(line), kind_(kind) {}
   void render(Context& context, std::string&) const override { context.push_interrupt(kind_); }

private:
   Context::Interrupt kind_;
};
}  // namespace

void register_break_continue(Environment& env) {
   env.register_tag("break", [](const std::string&, const std::string&, ParseContext& parse) -> NodePtr {
      return std::make_unique< InterruptTag >(Context::Interrupt::Break, parse.line_number());
   });
   env.register_tag("continue", [](const std::string&, const std::string&, ParseContext& parse) -> NodePtr {
      return std::make_unique< InterruptTag >(Context::Interrupt::Continue, parse.line_number());
   });
}

}  // namespace jekyllpp::liquid
