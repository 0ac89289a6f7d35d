// Jekyll's converter filters: markdownify through the site's markdown converter; smartify,
// sassify and scssify through the converters the engine supplies.
#include "filters/filter_support.hpp"
#include "filters/registration.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::filters {

namespace {

// The site's Converters::Markdown: the converter of the first markdown extension.
const Converter& markdown_converter(const Site& site) {
   std::string ext = "md";
   for (const std::string& candidate : site.config.strings("markdown_ext")) {
      ext = candidate.substr(0, candidate.find(','));
      break;
   }
   const std::vector< const Converter* > converters = site.converters_for("." + ext);
   if (converters.empty())
      throw liquid::Error(liquid::Error::Kind::Standard, "undefined method `convert' for nil:NilClass");
   return *converters.front();
}

liquid::FilterFn converter_filter(std::function< std::string(std::string_view) > convert) {
   return [convert = std::move(convert)](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 1);
      if (!convert) throw liquid::Error(liquid::Error::Kind::Standard, "undefined method `convert' for nil:NilClass");
      return convert(ruby_to_s(call.input));
   };
}

}  // namespace

void register_converter_filters(liquid::Environment& environment, JekyllLiquidConverters converters) {
   environment.register_filter("markdownify", [](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 1);
      return markdown_converter(site_of(call.context)).convert(ruby_to_s(call.input), "");
   });
   environment.register_filter("smartify", converter_filter(std::move(converters.smartypants)));
   environment.register_filter("sassify", converter_filter(std::move(converters.sass)));
   environment.register_filter("scssify", converter_filter(std::move(converters.scss)));
}

}  // namespace jekyllpp::site::filters
