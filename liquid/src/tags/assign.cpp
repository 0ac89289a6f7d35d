// {% assign name = value | filters %}
#include "../lax.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

// Assign#assign_score_of
std::size_t assign_score(const Value& v) {
   if (v.is_string()) return v.as_string().size();
   if (v.is_array()) {
      std::size_t sum = 1;
      for (const Value& e : v.as_array()) sum += assign_score(e);
      return sum;
   }
   if (v.is_hash()) {
      std::size_t sum = 1;
      for (const auto& [k, e] : v.as_hash()) sum += k.size() + assign_score(e);
      return sum;
   }
   return 1;
}

class Assign : public Node {
public:
   Assign(std::string to, Variable from, int line) : Node(line), to_(std::move(to)), from_(std::move(from)) {}
   void render(Context& context, std::string&) const override {
      Value v = from_.evaluate(context);
      std::size_t score = assign_score(v);
      context.assign(to_, std::move(v));
      context.increment_assign_score(score);
   }
   bool blank() const override { return true; }

private:
   std::string to_;
   Variable from_;
};

}  // namespace

void register_assign(Environment& env) {
   env.register_tag("assign", [](const std::string&, const std::string& markup, ParseContext& parse) -> NodePtr {
      // Syntax = /(VariableSignature+)\s*=\s*(.*)\s*/m, searched.
      for (std::size_t i = 0; i < markup.size(); ++i) {
         std::size_t e = lax::variable_signatures(markup, i);
         if (e == lax::npos) continue;
         std::size_t j = lax::skip_spaces(markup, e);
         if (j >= markup.size() || markup[j] != '=') continue;
         std::string_view from = std::string_view(markup).substr(lax::skip_spaces(markup, j + 1));
         return std::make_unique< Assign >(markup.substr(i, e - i), parse.parse_variable(from), parse.line_number());
      }
      throw Error(Error::Kind::Syntax, "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
   });
}

}  // namespace jekyllpp::liquid
