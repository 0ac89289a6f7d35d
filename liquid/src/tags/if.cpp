// {% if %} / {% unless %} with elsif and else.
#include <vector>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

struct Branch {
   Condition condition;
   BlockBody body;
};

class If : public Node {
public:
   If(std::vector< Branch > branches, bool blank, bool is_unless, int line)
       : Node(line), branches_(std::move(branches)), blank_(blank), unless_(is_unless) {}

   void render(Context& context, std::string& output) const override {
      std::size_t i = 0;
      if (unless_) {
         if (!branches_[0].condition.holds(context)) {
            branches_[0].body.render(context, output);
            return;
         }
         i = 1;
      }
      for (; i < branches_.size(); ++i)
         if (branches_[i].condition.holds(context)) {
            branches_[i].body.render(context, output);
            return;
         }
   }
   bool blank() const override { return blank_; }

private:
   std::vector< Branch > branches_;
   bool blank_;
   bool unless_;
};

NodePtr parse_if(const std::string& tag, const std::string& markup, ParseContext& parse) {
   int line = parse.line_number();
   std::vector< Branch > branches;
   branches.push_back({parse.parse_condition(markup), BlockBody()});
   bool blank = true;
   while (auto inner = parse_block_part(parse, branches.back().body, tag, blank)) {
      if (inner->name == "elsif") branches.push_back({parse.parse_condition(inner->markup, line), BlockBody()});
      else if (inner->name == "else") branches.push_back({Condition::always(), BlockBody()});
      else parse.raise_unknown_tag(inner->name, tag);
   }
   if (blank)
      for (Branch& b : branches) b.body.remove_blank_strings();
   return std::make_unique< If >(std::move(branches), blank, tag == "unless", line);
}

}  // namespace

void register_if(Environment& env) {
   env.register_tag("if", parse_if);
   env.register_tag("unless", parse_if);
}

}  // namespace jekyllpp::liquid
