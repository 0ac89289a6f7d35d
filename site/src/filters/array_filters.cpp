// Jekyll's array filters, which return new arrays: push, pop, shift, unshift, sample.
#include <algorithm>
#include <random>

#include "filters/filter_support.hpp"
#include "filters/registration.hpp"
#include "filters/ruby_ops.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"

namespace jekyllpp::site::filters {

namespace {

using liquid::Error;
using liquid::FilterCall;
using liquid::Value;

// Liquid::Utils.to_integer(num) for the optional count (default 1).
std::int64_t count_argument(const FilterCall& call) {
   if (call.args.empty()) return 1;
   const std::optional< std::int64_t > n = liquid_to_integer(call.args[0]);
   if (!n) throw Error(Error::Kind::Argument, "invalid integer");
   if (*n < 0) throw Error(Error::Kind::Argument, "negative array size");
   return *n;
}

Value pop_filter(const FilterCall& call) {
   check_arity(call, 1, 2);
   if (!call.input.is_array()) return call.input;
   const liquid::Array& items = call.input.as_array();
   const std::size_t drop = std::size_t(std::min< std::int64_t >(count_argument(call), std::int64_t(items.size())));
   return liquid::Array(items.begin(), items.end() - std::ptrdiff_t(drop));
}

Value shift_filter(const FilterCall& call) {
   check_arity(call, 1, 2);
   if (!call.input.is_array()) return call.input;
   const liquid::Array& items = call.input.as_array();
   const std::size_t drop = std::size_t(std::min< std::int64_t >(count_argument(call), std::int64_t(items.size())));
   return liquid::Array(items.begin() + std::ptrdiff_t(drop), items.end());
}

Value push_filter(const FilterCall& call) {
   check_arity(call, 2, 2);
   if (!call.input.is_array()) return call.input;
   liquid::Array items;
   items.reserve(call.input.as_array().size() + 1);
   items.insert(items.end(), call.input.as_array().begin(), call.input.as_array().end());
   items.push_back(call.args[0]);
   return items;
}

Value unshift_filter(const FilterCall& call) {
   check_arity(call, 2, 2);
   if (!call.input.is_array()) return call.input;
   liquid::Array items;
   items.reserve(call.input.as_array().size() + 1);
   items.push_back(call.args[0]);
   items.insert(items.end(), call.input.as_array().begin(), call.input.as_array().end());
   return items;
}

Value sample_filter(const FilterCall& call) {
   check_arity(call, 1, 2);
   if (!call.input.is_array()) return call.input;
   const liquid::Array& items = call.input.as_array();
   std::int64_t n = 1;
   if (!call.args.empty()) n = liquid_to_integer(call.args[0]).value_or(1);
   thread_local std::mt19937_64 random{std::random_device{}()};
   if (n == 1) {
      if (items.empty()) return {};
      return items[std::uniform_int_distribution< std::size_t >(0, items.size() - 1)(random)];
   }
   if (n < 0) throw Error(Error::Kind::Argument, "negative sample number");
   liquid::Array picked = items;
   std::shuffle(picked.begin(), picked.end(), random);
   picked.resize(std::min< std::size_t >(picked.size(), std::size_t(n)));
   return picked;
}

}  // namespace

void register_array_filters(liquid::Environment& environment) {
   environment.register_filter("push", push_filter);
   environment.register_filter("pop", pop_filter);
   environment.register_filter("shift", shift_filter);
   environment.register_filter("unshift", unshift_filter);
   environment.register_filter("sample", sample_filter);
}

}  // namespace jekyllpp::site::filters
