#pragma once
// Parsed expressions, for tags and for Jekyll's where_exp / find_exp / group_by_exp:
//
//   liquid::Condition cond = liquid::Condition::parse("item.year > 2020 and item.draft != true",
//                                                     liquid::ErrorMode::Strict);
//   liquid::Context::ScopeGuard scope(context);
//   for (const Value& item : items) { context.set("item", item); if (cond.evaluate(context)) ... }
//
//   liquid::Variable v = liquid::Variable::parse("item.date | date: '%Y'");  // filters allowed
//   liquid::Value year = v.evaluate(context);
//
// Expression is Liquid's Expression.parse: literals (1, 2.5, "s", true, nil, blank, empty),
// ranges `(1..n)`, and lookups `a.b[0]["c"].size`. lookup_path walks a dotted path on a Value.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {

class Context;
struct ExpressionNode;

class Expression {
public:
   Expression() = default;  // nil
   static Expression parse(std::string_view markup);
   Value evaluate(const Context& context) const;
   // Evaluates without copying when the result is stored somewhere; uses tmp otherwise.
   const Value& evaluate_ref(const Context& context, Value& tmp) const;
   bool is_nil_literal() const { return !node_; }
   // A constant (no variable lookup anywhere in it).
   bool is_literal() const;
   // The blank/empty method literal this expression is, if it is one (Jekyll's patch).
   enum class MethodLiteral { None, Blank, Empty };
   MethodLiteral method_literal() const;

private:
   std::shared_ptr< const ExpressionNode > node_;
};

// Whether a value is what `blank` or `empty` evaluate to outside a condition (Jekyll's
// Liquid::Expression::MethodLiteral, whose to_s is "").
bool is_method_literal_value(const Value& value);

class Variable {
public:
   Variable() = default;
   // Liquid's Variable: strict parse, falling back to lax in warn/lax mode.
   static Variable parse(std::string_view markup, ErrorMode mode = ErrorMode::Lax);
   static Variable parse(std::string_view markup, ParseContext& parse);
   Value evaluate(Context& context) const;
   // Appends what `{{ markup }}` prints.
   void render(Context& context, std::string& output) const;

   struct Filter {
      std::string name;
      std::vector< Expression > args;
      std::vector< std::pair< std::string, Expression > > kwargs;
      // The filter as found in the parsing environment (null when absent or parsed without
      // one); rendering in that environment calls it without a name lookup.
      const Environment* environment = nullptr;
      const FilterFn* fn = nullptr;
      // When every argument is a literal, their values, evaluated once when parsed.
      bool literal_arguments = false;
      std::vector< Value > arg_values;
      std::vector< std::pair< std::string, Value > > kwarg_values;
   };
   const Expression& name() const { return name_; }
   const std::vector< Filter >& filters() const { return filters_; }

private:
   friend struct VariableParser;
   Expression name_;
   std::vector< Filter > filters_;
};

class Condition {
public:
   Condition() = default;
   // The `if` tag's syntax in the given mode (warn falls back to lax; warnings are dropped).
   // condition_literals = false parses blank/empty operands as plain expressions, as Jekyll's
   // where_exp / find_exp do (so `x == empty` is false there, unlike in {% if %}).
   static Condition parse(std::string_view markup, ErrorMode mode = ErrorMode::Strict,
                          bool condition_literals = true);
   // In the template's error mode, warnings recorded in parse; errors name `line`.
   static Condition parse(std::string_view markup, ParseContext& parse, int line);
   // Liquid's `a == b` style comparison of two values with an operator ("==", "contains", ...).
   static Condition compare(Expression left, std::string op, Expression right);
   static Condition always();  // `else`
   Value evaluate(Context& context) const;
   bool holds(Context& context) const;  // evaluate(context).truthy(), without copying values
   bool is_else() const;
   // Chains `this and/or next` (Liquid evaluates chains right to left).
   void chain(bool is_and, Condition next);

   struct Node;

private:
   std::shared_ptr< Node > node_;
};

// Walks `a.b.c` (hash keys, drop keys, integer array indexes) from root; nil when missing.
Value lookup_path(const Value& root, std::string_view path);

}  // namespace jekyllpp::liquid
