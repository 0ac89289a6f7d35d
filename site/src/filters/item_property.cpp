#include "filters/item_property.hpp"

#include <cerrno>
#include <cstdlib>
#include <string>

#include "filters/ruby_ops.hpp"
#include "filters/text.hpp"
#include "filters/unicode.hpp"
#include "jekyllpp/liquid/error.hpp"

namespace jekyllpp::site::filters {

namespace {

using liquid::Error;
using liquid::Value;

// Ruby's value[key] for a String key: a stored value in place, anything else made in `scratch`.
const Value& index(const Value& value, std::string_view key, Value& scratch) {
   switch (value.type()) {
      case Value::Type::Hash: {
         const Value* found = value.as_hash().find(key);
         if (found) return *found;
         return scratch = Value();
      }
      case Value::Type::Drop: {
         const Value* stored = value.as_drop().find(key);
         return stored ? *stored : scratch = value.as_drop().get(key);
      }
      case Value::Type::String:  // String#[](str): the substring when present
         return scratch = value.as_string().find(key) != std::string::npos ? Value(key) : Value();
      case Value::Type::Array:
      case Value::Type::Integer:
         throw Error::ruby("TypeError", "no implicit conversion of String into Integer");
      default:  // only read_liquid_attribute's undotted `liquid_data[property]` gets here (error_highlight's excerpt)
         throw Error::ruby("NoMethodError",
                           undefined_method("[]", value) +
                              "\n\n      return liquid_data[property] unless property.include?(\".\")\n"
                              "                        ^^^^^^^^^^");
   }
}

bool responds_to_index(const Value& value) {
   return value.is_hash() || value.is_drop() || value.is_string() || value.is_array() || value.is_integer();
}

// `property.split(".").reduce(data) { |d, key| d.respond_to?(:[]) && d[key] }`; split drops
// trailing empty keys.
Value read_dotted(const Value& data, std::string_view property) {
   while (!property.empty() && property.back() == '.') property.remove_suffix(1);
   Value current = data;
   if (property.empty()) return current;
   std::size_t start = 0;
   while (true) {
      const std::size_t dot = property.find('.', start);
      const std::string_view key =
         property.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      Value scratch;
      current = responds_to_index(current) ? Value(index(current, key, scratch)) : Value(false);
      if (dot == std::string_view::npos) return current;
      start = dot + 1;
   }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// INTEGER_LIKE / FLOAT_LIKE on the stripped text.
enum class Numeric { None, Integer, Float };
Numeric numeric_kind(std::string_view text) {
   while (!text.empty() && is_ruby_space(static_cast< unsigned char >(text.front()))) text.remove_prefix(1);
   while (!text.empty() && is_ruby_space(static_cast< unsigned char >(text.back()))) text.remove_suffix(1);
   if (!text.empty() && text.front() == '-') text.remove_prefix(1);
   if (text.empty()) return Numeric::None;
   std::size_t i = 0;
   while (i < text.size() && is_digit(text[i])) ++i;
   if (i == text.size()) return Numeric::Integer;
   if (text[i] != '.') return Numeric::None;
   const std::size_t int_digits = i++;
   const std::size_t frac_start = i;
   while (i < text.size() && is_digit(text[i])) ++i;
   if (i != text.size()) return Numeric::None;
   return int_digits > 0 || i > frac_start ? Numeric::Float : Numeric::None;
}

// parse_sort_input: `property` itself unless it is numeric-looking text, then the number, made
// in `scratch`.
const Value& parse_sort_input(const Value& property, Value& scratch) {
   if (!property.is_string() && !property.is_float()) return property;
   const std::string float_text = property.is_float() ? ruby_to_s(property) : std::string();
   const std::string& text = property.is_float() ? float_text : property.as_string();
   switch (numeric_kind(text)) {
      case Numeric::Integer: {
         errno = 0;
         const long long n = std::strtoll(text.c_str(), nullptr, 10);
         if (errno == ERANGE) return scratch = std::strtod(text.c_str(), nullptr);
         return scratch = n;
      }
      case Numeric::Float: return scratch = std::strtod(text.c_str(), nullptr);
      case Numeric::None: return property;
   }
   return property;
}

}  // namespace

const Value& item_property(const Value& item, std::string_view property, Value& scratch) {
   Value raw;
   if (property.find('.') == std::string_view::npos) {
      const Value& found = index(item, property, raw);
      if (&found != &raw) return parse_sort_input(found, scratch);  // the stored value in place
   } else {
      raw = read_dotted(item, property);
   }
   Value parsed;
   const bool numeric = &parse_sort_input(raw, parsed) == &parsed;
   return scratch = numeric ? std::move(parsed) : std::move(raw);
}

Value item_property(const Value& item, std::string_view property) {
   Value scratch;
   return item_property(item, property, scratch);
}

}  // namespace jekyllpp::site::filters
