#include "filters/filter_support.hpp"

#include <string>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::filters {

void check_arity(const liquid::FilterCall& call, std::size_t min, std::size_t max) {
   const std::size_t given = 1 + call.args.size() + (call.kwargs.empty() ? 0 : 1);
   if (given >= min && given <= max) return;
   std::string expected = std::to_string(min);
   if (max != min) expected += ".." + std::to_string(max);
   throw liquid::Error(liquid::Error::Kind::Argument,
                       "wrong number of arguments (given " + std::to_string(given) + ", expected " + expected + ")");
}

const liquid::Value& argument(const liquid::FilterCall& call, std::size_t i) {
   static const liquid::Value nil;
   return i < call.args.size() ? call.args[i] : nil;
}

const Site& site_of(liquid::Context& context) {
   if (Site** site = context.register_as< Site* >("site")) return **site;
   if (const Site** site = context.register_as< const Site* >("site")) return **site;
   throw liquid::Error(liquid::Error::Kind::Standard, "undefined method `config' for nil:NilClass");
}

}  // namespace jekyllpp::site::filters
