// Liquid's math filters: abs, plus, minus, times, divided_by, modulo, round, ceil, floor,
// at_least, at_most. Operands go through Utils.to_number; decimal results print as floats.
#include "filters/number.hpp"
#include "filters/support.hpp"

namespace jekyllpp::liquid::filters {
namespace {

using Operation = Number (*)(const Number&, const Number&);

template < Operation op >
Value binary(const FilterCall& call) {
   Args args(call, 1, 0);
   return op(to_number(call.input), to_number(args[0])).to_value();
}

template < Number (*op)(const Number&) >
Value unary(const FilterCall& call) {
   Args args(call, 0, 0);
   return op(to_number(call.input)).to_value();
}

Value divided_by(const FilterCall& call) {
   Args args(call, 1, 0);
   const Number a = to_number(call.input), b = to_number(args[0]);
   if (const auto q = quick_quotient(a, b)) return Value(*q);
   return divide(a, b).to_value();
}

Value round_filter(const FilterCall& call) {
   Args args(call, 0, 1);
   const Number digits = args.has(0) ? to_number(args[0]) : Number{};
   return round(to_number(call.input), digits).to_value();
}

// at_least / at_most: the bound replaces the input when `bound <=> input` is `sign`.
template < int sign >
Value clamp(const FilterCall& call) {
   Args args(call, 1, 0);
   const Number bound = to_number(args[0]);
   const Number input = to_number(call.input);
   const auto c = compare(bound, input);
   if (!c) throw Error(Error::Kind::Argument, "comparison of BigDecimal with BigDecimal failed");
   return (*c == sign ? bound : input).to_value();
}

}  // namespace

void register_math_filters(Environment& env) {
   env.register_filter("plus", binary< add >);
   env.register_filter("minus", binary< subtract >);
   env.register_filter("times", binary< multiply >);
   env.register_filter("divided_by", divided_by);
   env.register_filter("modulo", binary< modulo >);
   env.register_filter("abs", unary< absolute >);
   env.register_filter("ceil", unary< ceil >);
   env.register_filter("floor", unary< floor >);
   env.register_filter("round", round_filter);
   env.register_filter("at_least", clamp< 1 >);
   env.register_filter("at_most", clamp< -1 >);
}

}  // namespace jekyllpp::liquid::filters
