// {% increment x %} / {% decrement x %}: counters kept apart from assigned variables.
#include "../lax.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

void append_output(const Value& v, std::string& out);

namespace {

class Counter : public Node {
public:
   Counter(std::string name, int delta, int line) : Node(line), name_(std::move(name)), delta_(delta) {}
   void render(Context& context, std::string& output) const override {
      Value& value = context.counter(name_);
      if (!value.truthy()) value = Value(0);
      Value next;
      if (value.is_integer()) next = Value(value.as_integer() + delta_);
      else if (value.is_float()) next = Value(value.as_float() + delta_);
      else throw Error(Error::Kind::Internal, "internal");
      if (delta_ > 0) append_output(value, output);
      value = std::move(next);
      if (delta_ < 0) append_output(value, output);
   }

private:
   std::string name_;
   int delta_;
};

}  // namespace

void register_increment(Environment& env) {
   env.register_tag("increment", [](const std::string&, const std::string& markup, ParseContext& parse) -> NodePtr {
      return std::make_unique< Counter >(std::string(lax::strip(markup)), 1, parse.line_number());
   });
   env.register_tag("decrement", [](const std::string&, const std::string& markup, ParseContext& parse) -> NodePtr {
      return std::make_unique< Counter >(std::string(lax::strip(markup)), -1, parse.line_number());
   });
}

}  // namespace jekyllpp::liquid
