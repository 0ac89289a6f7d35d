// {% cycle 'a', 'b' %} and {% cycle group: 'a', 'b' %}
#include <vector>

#include "../internal.hpp"
#include "../lax.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

class Cycle : public Node {
public:
   Cycle(std::vector< Expression > values, std::optional< Expression > name, std::string key, int line)
       : Node(line), values_(std::move(values)), name_(std::move(name)), key_(std::move(key)) {}

   void render(Context& context, std::string& output) const override {
      std::size_t& position = name_ ? named_position(context) : context.cycle_position(key_);
      Value tmp;
      if (position < values_.size()) append_output(values_[position].evaluate_ref(context, tmp), output);
      if (++position >= values_.size()) position = 0;
   }

private:
   std::size_t& named_position(Context& context) const {
      Value n = name_->evaluate(context);
      return context.cycle_position(n.is_string() ? n.as_string() : "\x01" + inspect(n));
   }

   std::vector< Expression > values_;
   std::optional< Expression > name_;
   std::string key_;  // unnamed cycles: Ruby's @variables.to_s
};

// variables_from_string: split on commas, one QuotedFragment each; values that parse to nil (the
// nil and null literals) are dropped, as Ruby's compact does.
std::vector< Expression > values_from(std::string_view markup, std::vector< std::string >& texts) {
   std::vector< Expression > values;
   std::size_t start = 0;
   while (start <= markup.size()) {
      std::size_t comma = markup.find(',', start);
      std::string_view part = markup.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
      auto [b, e] = lax::search_quoted_fragment(part);
      const std::string_view fragment = b != lax::npos ? part.substr(b, e - b) : std::string_view();
      if (b != lax::npos && fragment != "nil" && fragment != "null") {
         values.push_back(Expression::parse(part.substr(b, e - b)));
         texts.emplace_back(part.substr(b, e - b));
      }
      if (comma == std::string_view::npos) break;
      start = comma + 1;
   }
   return values;
}

// Ruby's inspect of the parsed values: literals print as themselves, lookups by identity.
std::string values_key(const std::vector< Expression >& values) {
   static std::size_t next_lookup_id = 0;
   static const Environment env;
   static Context probe(env);
   std::string key = "[";
   for (std::size_t i = 0; i < values.size(); ++i) {
      if (i) key += ", ";
      if (values[i].is_literal()) key += inspect(values[i].evaluate(probe));
      else key += "#<Liquid::VariableLookup:" + std::to_string(++next_lookup_id) + ">";
   }
   return key + "]";
}

NodePtr parse_cycle(const std::string&, const std::string& markup, ParseContext& parse) {
   int line = parse.line_number();
   // NamedSyntax = /\A(QuotedFragment)\s*\:\s*(.*)/m
   for (std::size_t end : lax::quoted_fragment_ends(markup, 0)) {
      std::size_t j = lax::skip_spaces(markup, end);
      if (j < markup.size() && markup[j] == ':') {
         std::vector< std::string > texts;
         auto values = values_from(std::string_view(markup).substr(lax::skip_spaces(markup, j + 1)), texts);
         return std::make_unique< Cycle >(std::move(values), Expression::parse(std::string_view(markup).substr(0, end)),
                                          std::string(), line);
      }
   }
   // SimpleSyntax = /\AQuotedFragment+/
   if (lax::quoted_fragments(markup, 0) != lax::npos) {
      std::vector< std::string > texts;
      auto values = values_from(markup, texts);
      std::string key = values_key(values);
      return std::make_unique< Cycle >(std::move(values), std::nullopt, std::move(key), line);
   }
   throw Error(Error::Kind::Syntax, "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]");
}

}  // namespace

void register_cycle(Environment& env) { env.register_tag("cycle", parse_cycle); }

}  // namespace jekyllpp::liquid
