// {% ifchanged %}...{% endifchanged %}: outputs its body when it differs from the last time.
#include "jekyllpp/liquid/context.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {
class IfChanged : public Node {
public:
   IfChanged(BlockBody body, bool blank, int line) : Node(line), body_(std::move(body)), blank_(blank) {}
   void render(Context& context, std::string& output) const override {
      std::string rendered;
      body_.render(context, rendered);
      if (rendered != context.ifchanged_last()) {
         context.ifchanged_last() = rendered;
         output += rendered;
      }
   }
   bool blank() const override { return blank_; }

private:
   BlockBody body_;
   bool blank_;
};
}  // namespace

void register_ifchanged(Environment& env) {
   env.register_tag("ifchanged", [](const std::string& tag, const std::string&, ParseContext& parse) -> NodePtr {
      int line = parse.line_number();
      BlockBody body;
      bool blank = true;
      while (auto inner = parse_block_part(parse, body, tag, blank)) parse.raise_unknown_tag(inner->name, tag);
      return std::make_unique< IfChanged >(std::move(body), blank, line);
   });
}

}  // namespace jekyllpp::liquid
