// Liquid's {% include 'name' with value as alias key: value %} (Jekyll replaces it with its own).
#include <vector>

#include "../internal.hpp"
#include "../lax.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "partial_markup.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

class Include : public Node {
public:
   Expression name;
   std::optional< Expression > variable;
   std::optional< std::string > alias;
   std::vector< std::pair< std::string, Expression > > attributes;
   ParseOptions options;

   explicit Include(int line) : Node(line) {}

   void render(Context& context, std::string& output) const override {
      if (context.tag_disabled("include"))
         throw Error(Error::Kind::Disabled, "include usage is not allowed in this context");
      Value template_name = name.evaluate(context);
      if (!template_name.truthy())
         throw Error(Error::Kind::Argument, "Argument error in tag 'include' - Illegal template name");
      std::string partial_name = to_output(template_name);
      ParseOptions partial_options = options;
      partial_options.name = partial_name;
      const Template& partial = context.load_partial(partial_name, partial_options);

      std::string variable_name;
      if (alias) {
         variable_name = *alias;
      } else {
         std::string_view n = partial_name;
         while (!n.empty() && n.back() == '/') n.remove_suffix(1);
         std::size_t slash = n.rfind('/');
         variable_name = std::string(slash == std::string_view::npos ? n : n.substr(slash + 1));
      }
      Value value = variable ? variable->evaluate(context) : context.find_variable(partial_name);

      std::string saved_name = context.template_name();
      context.set_template_name(partial_name);
      try {
         Context::ScopeGuard scope(context);
         for (const auto& [key, expr] : attributes) context.set(key, expr.evaluate(context));
         if (value.is_array()) {
            for (const Value& item : value.as_array()) {
               context.set(variable_name, item);
               partial.root().render(context, output);
            }
         } else {
            context.set(variable_name, std::move(value));
            partial.root().render(context, output);
         }
      } catch (...) {
         context.set_template_name(saved_name);
         throw;
      }
      context.set_template_name(saved_name);
   }
};

NodePtr parse_include(const std::string&, const std::string& markup, ParseContext& parse) {
   auto m = match_partial_markup(markup, false);
   if (!m)
      throw Error(Error::Kind::Syntax,
                  "Error in tag 'include' - Valid syntax: include '[template]' (with|for) [object|collection]");
   auto node = std::make_unique< Include >(parse.line_number());
   node->name = Expression::parse(m->name);
   if (m->with_or_for) node->variable = Expression::parse(m->variable);
   node->alias = m->alias;
   for (const auto& [key, value] : lax::tag_attributes(markup)) {
      bool replaced = false;
      for (auto& a : node->attributes)
         if (a.first == key) a.second = Expression::parse(value), replaced = true;
      if (!replaced) node->attributes.emplace_back(key, Expression::parse(value));
   }
   node->options.line_numbers = parse.line_number() > 0;
   node->options.error_mode = parse.error_mode();
   return node;
}

}  // namespace

void register_include(Environment& env) { env.register_tag("include", parse_include); }

}  // namespace jekyllpp::liquid
