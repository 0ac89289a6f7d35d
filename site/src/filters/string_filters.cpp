// Jekyll's string and conversion filters: xml_escape, cgi_escape, uri_escape, slugify,
// number_of_words, array_to_sentence_string, normalize_whitespace, jsonify, inspect, to_integer.
#include <cmath>

#include "filters/filter_support.hpp"
#include "filters/json.hpp"
#include "filters/registration.hpp"
#include "filters/ruby_ops.hpp"
#include "filters/text.hpp"
#include "filters/unicode.hpp"
#include "filters/uri.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/ruby/number.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/slugify.hpp"

namespace jekyllpp::site::filters {

namespace {

using liquid::Error;
using liquid::FilterCall;
using liquid::Value;

[[noreturn]] void raise_standard(std::string message) {
   throw Error(Error::Kind::Standard, std::move(message));
}

// Array#join: nested arrays joined with the same separator, nil as "".
void append_joined(std::string& out, const Value& item, std::string_view separator, bool& first) {
   if (item.is_array()) {
      for (const Value& inner : item.as_array()) append_joined(out, inner, separator, first);
      return;
   }
   if (!first) out.append(separator);
   first = false;
   out += ruby_to_s(item);
}

std::string array_to_sentence(const liquid::Array& items, const std::string& connector) {
   switch (items.size()) {
      case 0: return "";
      case 1: return ruby_to_s(items[0]);
      case 2: return ruby_to_s(items[0]) + " " + connector + " " + ruby_to_s(items[1]);
      default: {
         std::string out;
         bool first = true;
         for (std::size_t i = 0; i + 1 < items.size(); ++i) append_joined(out, items[i], ", ", first);
         return out + ", " + connector + " " + ruby_to_s(items.back());
      }
   }
}

// The characters of a string, as String#[] and #length see them.
liquid::Array characters(const std::string& text) {
   liquid::Array out;
   for (std::size_t pos = 0; pos < text.size();) {
      const std::size_t start = pos;
      next_code_point(text, pos);
      out.emplace_back(text.substr(start, pos - start));
   }
   return out;
}

Value slugify_filter(const FilterCall& call) {
   check_arity(call, 1, 2);
   if (call.input.is_nil()) return {};
   const Value& mode = argument(call, 0);
   const std::string mode_name = mode.is_nil() ? "default" : mode.is_string() ? mode.as_string() : "";
   if (!call.input.is_string()) raise_standard(undefined_method("downcase", call.input));
   std::string slug = slugify(call.input.as_string(), mode_name);
   if (slug.empty() && (mode_name == "raw" || mode_name == "default" || mode_name == "pretty" ||
                        mode_name == "ascii" || mode_name == "latin")) {
      if (Site** site = call.context.register_as< Site* >("site"))
         (*site)->logger.warn("Warning:", "Empty `slug` generated for '" + call.input.as_string() + "'.");
   }
   return slug;
}

Value number_of_words_filter(const FilterCall& call) {
   check_arity(call, 1, 2);
   if (!call.input.is_string()) raise_standard(undefined_method("split", call.input));
   const Value& mode = argument(call, 0);
   return number_of_words(call.input.as_string(), mode.is_string() ? std::string_view(mode.as_string()) : "");
}

Value to_integer_filter(const FilterCall& call) {
   check_arity(call, 1, 1);
   const Value& input = call.input;
   switch (input.type()) {
      case Value::Type::Bool: return input.as_bool() ? 1 : 0;
      case Value::Type::Nil: return 0;
      case Value::Type::Integer: return input;
      case Value::Type::Float:
         if (!std::isfinite(input.as_float()))
            throw Error(Error::Kind::FloatDomain, liquid::float_to_s(input.as_float()));
         return std::int64_t(std::trunc(input.as_float()));
      case Value::Type::String: return liquid::ruby::string_to_i(input.as_string());
      case Value::Type::Time: return input.as_time().seconds;
      default: raise_standard(undefined_method("to_i", input));
   }
}

}  // namespace

void register_string_filters(liquid::Environment& environment) {
   environment.register_filter("xml_escape", [](const FilterCall& call) -> Value {
      check_arity(call, 1, 1);
      return xml_escape(ruby_to_s(call.input));
   });
   environment.register_filter("cgi_escape", [](const FilterCall& call) -> Value {
      check_arity(call, 1, 1);
      if (!call.input.is_string()) raise_standard(no_implicit_conversion(call.input, "String"));
      return cgi_escape(call.input.as_string());
   });
   environment.register_filter("uri_escape", [](const FilterCall& call) -> Value {
      check_arity(call, 1, 1);
      if (call.input.is_nil()) return {};
      if (!call.input.is_string()) raise_standard("Can't convert " + ruby_class_name(call.input) + " into String.");
      return uri_normalize_component(call.input.as_string());
   });
   environment.register_filter("slugify", slugify_filter);
   environment.register_filter("number_of_words", number_of_words_filter);
   environment.register_filter("array_to_sentence_string", [](const FilterCall& call) -> Value {
      check_arity(call, 1, 2);
      const std::string connector = call.args.empty() ? "and" : ruby_to_s(call.args[0]);
      if (call.input.is_array()) return array_to_sentence(call.input.as_array(), connector);
      if (call.input.is_string()) return array_to_sentence(characters(call.input.as_string()), connector);
      raise_standard(undefined_method("length", call.input));
   });
   environment.register_filter("normalize_whitespace", [](const FilterCall& call) -> Value {
      check_arity(call, 1, 1);
      return normalize_whitespace(ruby_to_s(call.input));
   });
   environment.register_filter("jsonify", [](const FilterCall& call) -> Value {
      check_arity(call, 1, 1);
      return to_json(call.input);
   });
   environment.register_filter("inspect", [](const FilterCall& call) -> Value {
      check_arity(call, 1, 1);
      return xml_escape(jekyll_inspect(call.input));
   });
   environment.register_filter("to_integer", to_integer_filter);
}

}  // namespace jekyllpp::site::filters
