// Liquid's array filters: size, first, last, join, sort, sort_natural, where, uniq, reverse,
// map, compact, concat.
#include <cstring>

#include "filters/support.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"

namespace jekyllpp::liquid::filters {
namespace {

Value size(const FilterCall& call) {
   Args args(call, 0, 0);
   const Value& v = call.input;
   switch (v.type()) {
      case Value::Type::String: return Value(std::int64_t(ruby::utf8_length(v.as_string())));
      case Value::Type::Array: return Value(std::int64_t(v.as_array().size()));
      case Value::Type::Hash: return Value(std::int64_t(v.as_hash().size()));
      case Value::Type::Integer: return Value(8);  // Integer#size: bytes in a machine word
      case Value::Type::Range: {
         const Range& r = v.as_range();
         return Value(r.last >= r.first ? r.last - r.first + 1 : 0);
      }
      case Value::Type::Drop: {
         Value s = v.as_drop().get("size");
         return s.is_nil() ? Value(0) : s;
      }
      default: return Value(0);
   }
}

// first / last: arrays, ranges and hashes (a [key, value] pair) have them; strings do not.
Value first_or_last(const FilterCall& call, bool first) {
   Args args(call, 0, 0);
   const Value& v = call.input;
   switch (v.type()) {
      case Value::Type::Array: {
         const Array& a = v.as_array();
         if (a.empty()) return Value();
         return first ? a.front() : a.back();
      }
      case Value::Type::Range: return Value(first ? v.as_range().first : v.as_range().last);  // even when empty
      case Value::Type::Hash: {
         const Hash& h = v.as_hash();
         if (!first || h.empty()) return Value();
         return Value(Array{hash_key(h, *h.begin()), h.begin()->second});  // the key of its class
      }
      case Value::Type::Drop: return v.as_drop().get(first ? "first" : "last");
      default: return Value();
   }
}

void join_into(std::string& out, const Array& items, const std::string& glue, bool& first) {
   for (const Value& v : items) {
      if (v.is_array()) {
         join_into(out, v.as_array(), glue, first);
         continue;
      }
      if (!first) out += glue;
      first = false;
      out += to_s(v);
   }
}

Value join(const FilterCall& call) {
   Args args(call, 0, 1);
   const std::string glue = args.has(0) ? to_s(args[0]) : " ";
   std::string out;
   bool first = true;
   std::vector< Value > holder;
   join_into(out, input_items(call.input, holder), glue, first);
   return Value(std::move(out));
}

int nil_safe_compare(const Value& a, const Value& b) {
   if (auto c = ruby_compare(a, b)) return *c;
   if (a.is_nil()) return 1;
   if (b.is_nil()) return -1;
   raise_argument_error("cannot sort values of incompatible types");
}

int casecmp(const std::string& a, const std::string& b) {
   const std::size_t n = std::min(a.size(), b.size());
   for (std::size_t i = 0; i < n; ++i) {
      char x = a[i], y = b[i];
      if (x >= 'A' && x <= 'Z') x = char(x + 32);
      if (y >= 'A' && y <= 'Z') y = char(y + 32);
      if (x != y) return static_cast< unsigned char >(x) < static_cast< unsigned char >(y) ? -1 : 1;
   }
   return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int nil_safe_casecmp(const Value& a, const Value& b) {
   if (!a.is_nil() && !b.is_nil()) return casecmp(to_s(a), to_s(b));
   return a.is_nil() ? 1 : -1;
}

// Sorts by `compare`, or by item[property] when a property is given. Returns nil when an item
// has no [] (Liquid's `elsif` falls through).
template < int (*compare)(const Value&, const Value&) >
Value sort_with(const FilterCall& call) {
   Args args(call, 0, 1);
   std::vector< Value > items = input_items(call.input);
   if (items.empty()) return Value(Array{});
   if (!args.has(0) || args[0].is_nil()) {
      merge_sort(items, compare);
      return Value(std::move(items));
   }
   const Value& property = args[0];
   for (const Value& item : items) {
      if (item.is_nil() || item.is_bool() || item.is_float() || item.is_time()) return Value();
   }
   if (items.size() == 1) return Value(std::move(items));  // Ruby compares nothing, so looks nothing up
   // Compute each key once; Ruby looks them up on every comparison, with the same results.
   std::vector< Value > keyed;
   keyed.reserve(items.size());
   for (const Value& item : items) keyed.push_back(Value(Array{*index(item, property), item}));
   merge_sort(keyed, [](const Value& a, const Value& b) { return compare(a.as_array()[0], b.as_array()[0]); });
   for (std::size_t i = 0; i < keyed.size(); ++i) items[i] = keyed[i].as_array()[1];
   return Value(std::move(items));
}

Value where(const FilterCall& call) {
   Args args(call, 1, 1);
   std::vector< Value > holder;
   const std::vector< Value >& items = input_items(call.input, holder);
   if (items.empty()) return Value(Array{});
   const Value& property = args[0];
   const bool has_target = args.has(1) && !args[1].is_nil();
   Array out;
   std::size_t hint = 0;
   for (const Value& item : items) {
      Value tmp;
      const Value* v = index_ref(item, property, tmp, hint);
      if (!v) return Value();
      if (has_target ? ruby_equal(*v, args[1]) : v->truthy()) out.push_back(item);
   }
   return Value(std::move(out));
}

Value uniq(const FilterCall& call) {
   Args args(call, 0, 1);
   std::vector< Value > holder;
   const std::vector< Value >& items = input_items(call.input, holder);
   const bool by_property = args.has(0) && !args[0].is_nil();
   // Array#uniq calls no block for fewer than two items.
   if (items.size() <= 1) return Value(items);
   Array out, keys;  // keys: by property only (else the kept items are the keys)
   std::size_t hint = 0;
   for (const Value& item : items) {
      Value tmp;
      const Value* key = &item;
      if (by_property) {
         key = index_ref(item, args[0], tmp, hint);
         if (!key) return Value();
      }
      bool seen = false;
      for (const Value& k : by_property ? keys : out) {
         if (ruby_eql(k, *key)) {
            seen = true;
            break;
         }
      }
      if (!seen) {
         if (by_property) keys.push_back(*key);
         out.push_back(item);
      }
   }
   return Value(std::move(out));
}

Value map(const FilterCall& call) {
   Args args(call, 1, 0);
   const Value& property = args[0];
   const bool to_liquid = property.is_string() && property.as_string() == "to_liquid";
   std::vector< Value > holder;
   const std::vector< Value >& items = input_items(call.input, holder);
   Array out;
   out.reserve(items.size());
   std::size_t hint = 0;
   for (const Value& item : items) {
      if (to_liquid) {
         out.push_back(item);
         continue;
      }
      Value tmp;
      const Value* v = index_ref(item, property, tmp, hint);
      if (!v) out.emplace_back();
      else if (v == &tmp) out.push_back(std::move(tmp));
      else out.push_back(*v);
   }
   return Value(std::move(out));
}

Value compact(const FilterCall& call) {
   Args args(call, 0, 1);
   std::vector< Value > items = input_items(call.input);
   const bool by_property = args.has(0) && !args[0].is_nil();
   if (by_property && items.empty()) return Value(Array{});
   Array out;
   for (const Value& item : items) {
      if (by_property) {
         auto v = index(item, args[0]);
         if (!v) return Value();
         if (v->is_nil()) continue;
      } else if (item.is_nil()) {
         continue;
      }
      out.push_back(item);
   }
   return Value(std::move(out));
}

Value concat(const FilterCall& call) {
   Args args(call, 1, 0);
   if (!args[0].is_array()) raise_argument_error("concat filter requires an array argument");
   std::vector< Value > items = input_items(call.input);
   const Array& extra = args[0].as_array();
   items.insert(items.end(), extra.begin(), extra.end());
   return Value(std::move(items));
}

Value reverse(const FilterCall& call) {
   Args args(call, 0, 0);
   std::vector< Value > items = input_items(call.input);
   std::reverse(items.begin(), items.end());
   return Value(std::move(items));
}

}  // namespace

void register_array_filters(Environment& env) {
   env.register_filter("size", size);
   env.register_filter("first", [](const FilterCall& call) { return first_or_last(call, true); });
   env.register_filter("last", [](const FilterCall& call) { return first_or_last(call, false); });
   env.register_filter("join", join);
   env.register_filter("sort", sort_with< nil_safe_compare >);
   env.register_filter("sort_natural", sort_with< nil_safe_casecmp >);
   env.register_filter("where", where);
   env.register_filter("uniq", uniq);
   env.register_filter("map", map);
   env.register_filter("compact", compact);
   env.register_filter("concat", concat);
   env.register_filter("reverse", reverse);
}

}  // namespace jekyllpp::liquid::filters
