// Jekyll's where, where_exp, find and find_exp (Jekyll's `where` replaces Liquid's).
#include <optional>
#include <unordered_map>

#include "filters/filter_support.hpp"
#include "filters/item_property.hpp"
#include "filters/registration.hpp"
#include "filters/ruby_ops.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/expression.hpp"

namespace jekyllpp::site::filters {

namespace {

using liquid::FilterCall;
using liquid::Value;

// `input.values if input.is_a?(Hash)`, else the input's Enumerable items; an array is read in
// place (find and where run in loops over whole collections).
class Selectable {
public:
   explicit Selectable(const Value& input) {
      if (input.is_array()) {
         items_ = &input.as_array();
      } else if (input.is_hash()) {
         owned_.emplace();
         owned_->reserve(input.as_hash().size());
         for (const auto& entry : input.as_hash()) owned_->push_back(entry.second);
         items_ = &*owned_;
      } else if (input.is_drop() && input.as_drop().each() == liquid::Drop::Each::Pairs) {
         owned_.emplace();  // a drop standing for a Ruby Hash (a page): its values too
         for (const Value& key : input.as_drop().key_objects()) owned_->push_back(input.as_drop().value_at(key));
         items_ = &*owned_;
      } else {
         owned_ = enumerable_items(input);
         if (owned_) items_ = &*owned_;
      }
   }
   // nullptr when the input does not respond to select.
   const liquid::Array* items() const { return items_; }

private:
   std::optional< liquid::Array > owned_;
   const liquid::Array* items_ = nullptr;
};

// item.to_s == text
bool text_equals(const Value& item, const std::string& text) {
   return item.is_string() ? item.as_string() == text : ruby_to_s(item) == text;
}

// Array(value).join == "": every element, flattened, has an empty to_s.
bool joins_empty(const Value& value) {
   if (value.is_nil()) return true;
   if (value.is_array()) {
      for (const Value& item : value.as_array())
         if (!joins_empty(item)) return false;
      return true;
   }
   if (value.is_hash()) {
      for (const Value& pair : ruby_array(value))
         if (!joins_empty(pair)) return false;
      return true;
   }
   return ruby_to_s(value).empty();
}

// compare_property_vs_target
bool property_matches(const Value& property, const Value& target, const std::string& target_text) {
   if (target.is_nil()) return property.is_nil();
   // `empty`/`blank`: property == "" || Array(property).join == "" (the first is in the second)
   if (liquid::is_method_literal_value(target)) return joins_empty(property);
   if (property.is_string()) return property.as_string() == target_text;
   const auto any_equal = [&](const liquid::Array& items) {
      for (const Value& item : items)
         if (text_equals(item, target_text)) return true;
      return false;
   };
   return property.is_array() ? any_equal(property.as_array()) : any_equal(ruby_array(property));
}

// The shared front of where and find: nullopt means "return the input unchanged".
struct PropertyQuery {
   std::string property;
   const Value* target;
   std::string target_text;
};
std::optional< PropertyQuery > property_query(const FilterCall& call) {
   check_arity(call, 3, 3);
   const Value& property = call.args[0];
   const Value& target = call.args[1];
   if (!property.truthy() || target.is_array() || target.is_hash()) return std::nullopt;
   return PropertyQuery{ruby_to_s(property), &target, target.is_nil() ? std::string() : ruby_to_s(target)};
}

// Calls on_match(item) for each item whose property matches, until it returns false.
template < class OnMatch >
void each_property_match(const PropertyQuery& query, const liquid::Array& items, OnMatch on_match) {
   Value scratch;
   for (const Value& item : items)
      if (property_matches(item_property(item, query.property, scratch), *query.target, query.target_text) &&
          !on_match(item))
         return;
}

Value where_filter(const FilterCall& call) {
   const std::optional< PropertyQuery > query = property_query(call);
   if (!query) return call.input;
   const Selectable input(call.input);
   if (!input.items()) return call.input;
   liquid::Array selected;
   each_property_match(*query, *input.items(), [&](const Value& item) {
      selected.push_back(item);
      return true;
   });
   return selected;
}

Value find_filter(const FilterCall& call) {
   const std::optional< PropertyQuery > query = property_query(call);
   if (!query) return call.input;
   const Selectable input(call.input);
   if (!input.items()) return call.input;
   Value found;
   each_property_match(*query, *input.items(), [&](const Value& item) {
      found = item;
      return false;
   });
   return found;
}

// Jekyll's parse_condition, parsed once per expression text and thread.
const liquid::Condition& parsed_condition(const std::string& expression) {
   thread_local std::unordered_map< std::string, liquid::Condition > cache;
   auto found = cache.find(expression);
   if (found == cache.end()) {
      try {
         found = cache.emplace(expression, liquid::Condition::parse(expression, liquid::ErrorMode::Strict, false)).first;
      } catch (liquid::Error& e) {
         e.set_markup_context("");  // Jekyll runs Liquid::Parser itself: no `in "..."` context
         throw;
      }
   }
   return found->second;
}

// Runs `condition` with `variable` bound to each item until `on_match` returns false.
template < class OnMatch >
void each_match(const FilterCall& call, const liquid::Array& items, OnMatch on_match) {
   const std::string variable = ruby_to_s(call.args[0]);
   const liquid::Condition& condition = parsed_condition(ruby_to_s(call.args[1]));
   liquid::Context::ScopeGuard scope(call.context);
   if (items.empty()) return;
   // Each item is bound, not copied, in the filter's own scope, which the items outlive.
   const std::size_t slot = call.context.bind(variable, &items.front());
   for (const Value& item : items) {
      call.context.rebind(slot, &item);
      if (condition.evaluate(call.context).truthy() && !on_match(item)) return;
   }
}

Value where_exp_filter(const FilterCall& call) {
   check_arity(call, 3, 3);
   const Selectable input(call.input);
   if (!input.items()) return call.input;
   liquid::Array selected;
   each_match(call, *input.items(), [&](const Value& item) {
      selected.push_back(item);
      return true;
   });
   return selected;
}

Value find_exp_filter(const FilterCall& call) {
   check_arity(call, 3, 3);
   const Selectable input(call.input);
   if (!input.items()) return call.input;
   Value found;
   each_match(call, *input.items(), [&](const Value& item) {
      found = item;
      return false;
   });
   return found;
}

}  // namespace

void register_selection_filters(liquid::Environment& environment) {
   environment.register_filter("where", where_filter);
   environment.register_filter("find", find_filter);
   environment.register_filter("where_exp", where_exp_filter);
   environment.register_filter("find_exp", find_exp_filter);
}

}  // namespace jekyllpp::site::filters
