// Liquid's default filter: the fallback for nil, false (unless allow_false) and empty values.
#include "filters/support.hpp"

namespace jekyllpp::liquid::filters {
namespace {

Value default_filter(const FilterCall& call) {
   Args args(call, 0, 2);
   const Value& input = call.input;
   const bool allow_false = args.has(1) && args[1].is_hash() && [&] {
      const Value* v = args[1].as_hash().find("allow_false");
      return v && v->truthy();
   }();
   const bool missing = allow_false ? input.is_nil() : !input.truthy();
   const bool empty = (input.is_string() && input.as_string().empty()) ||
                      (input.is_array() && input.as_array().empty()) ||
                      (input.is_hash() && input.as_hash().empty());
   if (missing || empty) return args.has(0) ? args[0] : Value("");
   return input;
}

}  // namespace

void register_default_filter(Environment& env) { env.register_filter("default", default_filter); }

}  // namespace jekyllpp::liquid::filters
