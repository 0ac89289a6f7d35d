// {% render 'name' with/for value as alias, key: value %}: a partial in an isolated context.
#include <vector>

#include "../internal.hpp"
#include "../lax.hpp"
#include "../loop_drops.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "partial_markup.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

class Render : public Node {
public:
   std::string name;
   std::optional< Expression > variable;
   bool is_for = false;
   std::optional< std::string > alias;
   std::vector< std::pair< std::string, Expression > > attributes;
   std::string variable_name;  // the alias, else the name's last path segment
   ParseOptions options;       // the partial's, named after it

   explicit Render(int line) : Node(line) {}

   void render(Context& context, std::string& output) const override {
      context.disable_tag("include", 1);
      try {
         render_partial(context, output);
      } catch (...) {
         context.disable_tag("include", -1);
         throw;
      }
      context.disable_tag("include", -1);
   }

private:
   void render_partial(Context& context, std::string& output) const {
      const Template& partial = context.load_partial(name, options);

      auto render_one = [&](const Value& var, const std::shared_ptr< ForloopDrop >& forloop) {
         Context::Subcontext inner = context.new_isolated_subcontext();
         inner->set_template_name(name);
         if (forloop) inner->set("forloop", Value(DropPtr(forloop)));
         for (const auto& [key, expr] : attributes) inner->set(key, expr.evaluate(context));
         if (!var.is_nil()) inner->set(variable_name, var);
         partial.root().render(*inner, output);
         if (forloop) forloop->increment();
      };

      Value value = variable ? variable->evaluate(context) : Value();
      if (is_for && (value.is_array() || value.is_hash() || value.is_range())) {
         std::vector< Value > items;
         if (value.is_array()) {
            auto forloop = std::make_shared< ForloopDrop >(name, std::int64_t(value.as_array().size()), nullptr);
            for (const Value& item : value.as_array()) render_one(item, forloop);
            return;
         }
         if (value.is_hash()) {
            for (const auto& e : value.as_hash()) items.push_back(hash_pair(value.as_hash(), e));
         } else {
            for (std::int64_t i = value.as_range().first; i <= value.as_range().last; ++i) items.push_back(Value(i));
         }
         auto forloop = std::make_shared< ForloopDrop >(name, std::int64_t(items.size()), nullptr);
         for (const Value& item : items) render_one(item, forloop);
         return;
      }
      render_one(value, nullptr);
   }
};

NodePtr parse_render(const std::string&, const std::string& markup, ParseContext& parse) {
   auto m = match_partial_markup(markup, true);
   if (!m) throw Error(Error::Kind::Syntax, "Syntax error in tag 'render' - Template name must be a quoted string");
   auto node = std::make_unique< Render >(parse.line_number());
   node->name = to_output(Expression::parse(m->name).evaluate(Context(parse.environment())));
   if (m->with_or_for) node->variable = Expression::parse(m->variable);
   node->is_for = m->with_or_for && *m->with_or_for == "for";
   node->alias = m->alias;
   for (const auto& [key, value] : lax::tag_attributes(markup)) {
      bool replaced = false;
      for (auto& a : node->attributes)
         if (a.first == key) a.second = Expression::parse(value), replaced = true;
      if (!replaced) node->attributes.emplace_back(key, Expression::parse(value));
   }
   node->variable_name = node->alias ? *node->alias : node->name.substr(node->name.rfind('/') + 1);
   node->options.name = node->name;
   node->options.line_numbers = parse.line_number() > 0;
   node->options.error_mode = parse.error_mode();
   return node;
}

}  // namespace

void register_render(Environment& env) { env.register_tag("render", parse_render); }

}  // namespace jekyllpp::liquid
