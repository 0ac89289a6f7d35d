// {% capture name %}...{% endcapture %}
#include "../lax.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

class Capture : public Node {
public:
   Capture(std::string to, BlockBody body, int line) : Node(line), to_(std::move(to)), body_(std::move(body)) {}
   void render(Context& context, std::string&) const override {
      Context::CaptureGuard guard(context);
      std::string captured;
      body_.render(context, captured);
      context.assign(to_, Value(std::move(captured)));
   }
   bool blank() const override { return true; }

private:
   std::string to_;
   BlockBody body_;
};

}  // namespace

void register_capture(Environment& env) {
   env.register_tag("capture", [](const std::string& tag, const std::string& markup, ParseContext& parse) -> NodePtr {
      int line = parse.line_number();
      for (std::size_t i = 0; i < markup.size(); ++i) {
         std::size_t e = lax::variable_signatures(markup, i);
         if (e == lax::npos) continue;
         std::string to = markup.substr(i, e - i);
         return std::make_unique< Capture >(std::move(to), parse.parse_block(tag), line);
      }
      throw Error(Error::Kind::Syntax, "Syntax Error in 'capture' - Valid syntax: capture [var]");
   });
}

}  // namespace jekyllpp::liquid
