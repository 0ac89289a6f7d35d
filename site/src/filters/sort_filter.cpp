// Jekyll's sort (replacing Liquid's): Ruby's Array#sort, or by a property with nils first or
// last; "Cannot sort a null object." for nil.
#include "filters/filter_support.hpp"
#include "filters/item_property.hpp"
#include "filters/registration.hpp"
#include "filters/ruby_ops.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"

namespace jekyllpp::site::filters {

namespace {

using liquid::Error;
using liquid::FilterCall;
using liquid::Value;

liquid::Array sorted_values(liquid::Array items) {
   ruby_sort(items, [](const Value& a, const Value& b) {
      const std::optional< int > order = spaceship(a, b);
      if (!order) throw Error(Error::Kind::Argument, comparison_failed(a, b));
      return *order;
   });
   return items;
}

// sort_input: the Schwartzian transform over item_property, nils placed by `nil_order`.
liquid::Array sorted_by_property(const liquid::Array& items, const std::string& property, int nil_order) {
   std::vector< std::pair< Value, const Value* > > keyed;
   keyed.reserve(items.size());
   for (const Value& item : items) keyed.emplace_back(item_property(item, property), &item);
   ruby_sort(keyed, [nil_order](const auto& a, const auto& b) {
      const Value& x = a.first;
      const Value& y = b.first;
      if (!x.is_nil() && y.is_nil()) return -nil_order;
      if (x.is_nil() && !y.is_nil()) return nil_order;
      if (const std::optional< int > order = spaceship(x, y)) return *order;
      const int c = ruby_to_s(x).compare(ruby_to_s(y));
      return c < 0 ? -1 : c > 0 ? 1 : 0;
   });
   liquid::Array out;
   out.reserve(keyed.size());
   for (const auto& entry : keyed) out.push_back(*entry.second);
   return out;
}

Value sort_filter(const FilterCall& call) {
   check_arity(call, 1, 3);
   if (call.input.is_nil()) throw Error(Error::Kind::Argument, "Cannot sort a null object.");
   const Value& property = argument(call, 0);
   std::optional< liquid::Array > items = enumerable_items(call.input);
   if (property.is_nil()) {
      if (!items) throw Error(Error::Kind::Standard, undefined_method("sort", call.input));
      return sorted_values(std::move(*items));
   }
   const std::string nils = call.args.size() > 1 ? ruby_to_s(call.args[1]) : "first";
   if (nils != "first" && nils != "last")
      throw Error(Error::Kind::Argument,
                  "Invalid nils order: '" + nils + "' is not a valid nils order. It must be 'first' or 'last'.");
   if (!items) throw Error(Error::Kind::Standard, undefined_method("map", call.input));
   return sorted_by_property(*items, ruby_to_s(property), nils == "first" ? -1 : 1);
}

}  // namespace

void register_sort_filter(liquid::Environment& environment) { environment.register_filter("sort", sort_filter); }

}  // namespace jekyllpp::site::filters
