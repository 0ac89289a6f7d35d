// Jekyll's group_by and group_by_exp: [{"name" => key, "items" => [...], "size" => n}, ...]
// in order of each key's first item.
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

// Enumerable#group_by: groups keyed as Ruby's Hash keys them (eql?: 1 and 1.0 differ).
class Groups {
public:
   void add(Value key, const Value& item) {
      // A string (the usual key: a date's year, a property's text) is its own identity.
      auto [found, inserted] = key.is_string() ? strings_.emplace(key.as_string(), groups_.size())
                                               : index_.emplace(ruby_class_name(key) + ':' + liquid::inspect(key),
                                                                groups_.size());
      if (inserted) groups_.push_back({std::move(key), {}});
      groups_[found->second].items.push_back(item);
   }

   Value to_value() && {
      liquid::Array out;
      out.reserve(groups_.size());
      for (Group& group : groups_) {
         liquid::Hash hash;
         const auto size = std::int64_t(group.items.size());
         hash.set("name", std::move(group.key));
         hash.set("items", Value(std::move(group.items)));
         hash.set("size", size);
         out.emplace_back(std::move(hash));
      }
      return out;
   }

private:
   struct Group {
      Value key;
      liquid::Array items;
   };
   std::vector< Group > groups_;
   std::unordered_map< std::string, std::size_t > strings_;
   std::unordered_map< std::string, std::size_t > index_;
};

Value group_by_filter(const FilterCall& call) {
   check_arity(call, 2, 2);
   const std::optional< liquid::Array > items = enumerable_items(call.input);
   if (!items) return call.input;
   const std::string property = ruby_to_s(call.args[0]);
   Groups groups;
   for (const Value& item : *items) groups.add(ruby_to_s(item_property(item, property)), item);
   return std::move(groups).to_value();
}

// Liquid::Variable.new(expression), parsed once per expression text and thread.
const liquid::Variable& parsed_variable(const std::string& expression, liquid::ErrorMode mode) {
   thread_local std::unordered_map< std::string, liquid::Variable > cache;
   auto found = cache.find(expression);
   if (found == cache.end()) found = cache.emplace(expression, liquid::Variable::parse(expression, mode)).first;
   return found->second;
}

Value group_by_exp_filter(const FilterCall& call) {
   check_arity(call, 3, 3);
   const std::optional< liquid::Array > items = enumerable_items(call.input);
   if (!items) return call.input;
   const std::string variable = ruby_to_s(call.args[0]);
   const liquid::Variable& expression =
      parsed_variable(ruby_to_s(call.args[1]), call.context.environment().error_mode());
   Groups groups;
   liquid::Context::ScopeGuard scope(call.context);
   for (const Value& item : *items) {
      call.context.set(variable, item);
      groups.add(expression.evaluate(call.context), item);
   }
   return std::move(groups).to_value();
}

}  // namespace

void register_grouping_filters(liquid::Environment& environment) {
   environment.register_filter("group_by", group_by_filter);
   environment.register_filter("group_by_exp", group_by_exp_filter);
}

}  // namespace jekyllpp::site::filters
