#include "plugins/jekyll_seo_tag/seo_support.hpp"

#include <cstdint>
#include <vector>

#include "filters/text.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/error.hpp"

namespace jekyllpp::site::plugins::seo {

using liquid::Value;

Value field(const Value& object, std::string_view key) {
   if (object.is_hash()) {
      const Value* found = object.as_hash().find(key);
      return found ? *found : Value();
   }
   if (object.is_drop()) return object.as_drop().get(key);
   return Value();
}

Value sub_hash(const Value& object, std::string_view key) {
   Value found = field(object, key);
   return found.is_hash() ? found : Value(liquid::Hash());
}

Value Filters::apply(std::string_view name, const Value& input) const {
   static const std::vector< Value > no_arguments;
   static const std::vector< std::pair< std::string, Value > > no_keywords;
   return context_.invoke_filter(name, input, no_arguments, no_keywords);
}

Value Filters::apply(std::string_view name, const Value& input, const Value& argument) const {
   static const std::vector< std::pair< std::string, Value > > no_keywords;
   return context_.invoke_filter(name, input, {argument}, no_keywords);
}

std::optional< std::string > Filters::format_string(const Value& input) const {
   Value text = input;
   for (std::string_view name : {"markdownify", "strip_html", "normalize_whitespace", "escape_once"})
      text = apply(name, text);
   std::string formatted = liquid::to_output(text);
   if (formatted.empty()) return std::nullopt;
   return formatted;
}

std::string Filters::absolute_url(const Value& input) const { return liquid::to_output(apply("absolute_url", input)); }

std::string Filters::uri_escape(const Value& input) const { return liquid::to_output(apply("uri_escape", input)); }

std::string Filters::date_to_xmlschema(const Value& input) const {
   return liquid::to_output(apply("date_to_xmlschema", input));
}

bool present(const Value& value) {
   return !(value.is_nil() || (value.is_string() && value.as_string().empty()));
}

std::string format_page_message(std::string_view message, const Value& current, const Value& total) {
   auto reference = [&](std::string_view name) -> const Value& {
      if (name == "current") return current;
      if (name == "total") return total;
      throw liquid::Error(liquid::Error::Kind::Standard, "key<" + std::string(name) + "> not found");
   };
   auto malformed = [&](std::string_view rest) {
      return liquid::Error(liquid::Error::Kind::Standard, "malformed format string - " + std::string(rest));
   };
   std::string out;
   for (std::size_t i = 0; i < message.size(); ++i) {
      if (message[i] != '%') {
         out += message[i];
         continue;
      }
      if (i + 1 >= message.size())
         throw liquid::Error(liquid::Error::Kind::Standard, "incomplete format specifier; use %% (double %) instead");
      const char open = message[i + 1];
      if (open == '%') {
         out += '%';
         ++i;
         continue;
      }
      const char close = open == '<' ? '>' : open == '{' ? '}' : '\0';
      const std::size_t end = close ? message.find(close, i + 2) : std::string_view::npos;
      if (end == std::string_view::npos) throw malformed(message.substr(i, 2));
      const Value& value = reference(message.substr(i + 2, end - i - 2));
      if (close == '}') {
         out += filters::ruby_to_s(value);
         i = end;
         continue;
      }
      const char conversion = end + 1 < message.size() ? message[end + 1] : '\0';
      if (conversion == 's') {
         out += filters::ruby_to_s(value);
      } else if (conversion == 'd' && value.is_integer()) {
         out += std::to_string(value.as_integer());
      } else if (conversion == 'd' && value.is_float()) {
         out += std::to_string(std::int64_t(value.as_float()));
      } else {
         throw malformed(message.substr(i, end + 2 - i));
      }
      i = end + 1;
   }
   return out;
}

}  // namespace jekyllpp::site::plugins::seo
