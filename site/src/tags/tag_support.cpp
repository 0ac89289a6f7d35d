#include "tags/tag_support.hpp"

#include "filters/url_filters.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/ruby/to_s.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::tags {

std::string strip(std::string_view text) {
   const std::size_t first = text.find_first_not_of(" \t\n\v\f\r");
   if (first == std::string_view::npos) return {};
   const std::size_t last = text.find_last_not_of(" \t\n\v\f\r");
   return std::string(text.substr(first, last - first + 1));
}

std::string path_join(std::string_view base, std::string_view item) {
   std::string out(base);
   while (!out.empty() && out.back() == '/') out.pop_back();
   while (!item.empty() && item.front() == '/') item.remove_prefix(1);
   out += '/';
   out.append(item);
   return out;
}

std::string relative_url_of(const Site& site, std::string_view url) {
   const liquid::Value& baseurl = site.config.get("baseurl");
   return filters::relative_url(url, baseurl.is_nil() ? std::string() : filters::ruby_to_s(baseurl));
}

std::string render_markup(const std::string& markup, liquid::Context& context) {
   const liquid::Template tpl = liquid::Template::parse(markup, context.environment());
   return tpl.render(context);
}

std::string inspect_strings(const std::vector< std::string >& items) {
   std::string out = "[";
   for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      liquid::ruby::append_inspect_string(out, items[i]);
   }
   return out + "]";
}

}  // namespace jekyllpp::site::tags
