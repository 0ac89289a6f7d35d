#include "filters/ruby_ops.hpp"

#include <cstring>
#include <ctime>

#include "filters/text.hpp"
#include "jekyllpp/liquid/ruby/number.hpp"
#include "jekyllpp/liquid/ruby/time.hpp"
#include "jekyllpp/site/drops.hpp"

namespace jekyllpp::site::filters {

namespace {

int sign(double d) { return d < 0 ? -1 : d > 0 ? 1 : 0; }

std::optional< int > compare_numbers(const liquid::Value& a, const liquid::Value& b) {
   if (a.is_integer() && b.is_integer())
      return a.as_integer() < b.as_integer() ? -1 : a.as_integer() > b.as_integer() ? 1 : 0;
   const double x = a.is_integer() ? double(a.as_integer()) : a.as_float();
   const double y = b.is_integer() ? double(b.as_integer()) : b.as_float();
   if (x != x || y != y) return std::nullopt;
   return sign(x - y);
}

// Time#to_a: [sec, min, hour, day, month, year, wday, yday, isdst, zone]; zone is nil for a
// fixed offset, isdst the local zone's flag for a local time.
liquid::Array time_to_a(const liquid::Time& t) {
   const liquid::ruby::CivilTime c = liquid::ruby::civil(t);
   bool isdst = false;
   if (!t.zone_unnamed && !t.is_utc && t.utc_offset == liquid::ruby::local_utc_offset(t.seconds)) {
      const std::time_t tt = static_cast< std::time_t >(t.seconds);
      std::tm tm{};
      isdst = localtime_r(&tt, &tm) && tm.tm_isdst > 0;
   }
   const std::string zone = liquid::ruby::strftime(t, "%Z");
   return {liquid::Value(c.second), liquid::Value(c.minute), liquid::Value(c.hour), liquid::Value(c.day),
           liquid::Value(c.month), liquid::Value(static_cast< long long >(c.year)), liquid::Value(c.wday),
           liquid::Value(c.yday), liquid::Value(isdst),
           zone.empty() ? liquid::Value() : liquid::Value(zone)};
}

}  // namespace

std::optional< int > spaceship(const liquid::Value& a, const liquid::Value& b) {
   using Type = liquid::Value::Type;
   if (a.is_number() && b.is_number()) return compare_numbers(a, b);
   if (a.type() != b.type()) return std::nullopt;
   switch (a.type()) {
      case Type::Nil: return 0;
      case Type::Bool: return a.as_bool() == b.as_bool() ? std::optional< int >(0) : std::nullopt;
      case Type::String: {
         const int c = a.as_string().compare(b.as_string());
         return c < 0 ? -1 : c > 0 ? 1 : 0;
      }
      case Type::Array: {
         const liquid::Array& x = a.as_array();
         const liquid::Array& y = b.as_array();
         for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
            const std::optional< int > c = spaceship(x[i], y[i]);
            if (!c || *c != 0) return c;
         }
         return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
      }
      case Type::Time: {
         const liquid::Time& x = a.as_time();
         const liquid::Time& y = b.as_time();
         if (x.is_date != y.is_date) return std::nullopt;  // Date <=> Time is nil both ways
         if (x.seconds != y.seconds) return x.seconds < y.seconds ? -1 : 1;
         return x.nanoseconds < y.nanoseconds ? -1 : x.nanoseconds > y.nanoseconds ? 1 : 0;
      }
      case Type::Drop:
         if (a.drop_ptr() == b.drop_ptr()) return 0;
         return compare_documents(a.as_drop(), b.as_drop());
      default:
         return liquid::liquid_equal(a, b) ? std::optional< int >(0) : std::nullopt;
   }
}

std::string ruby_class_name(const liquid::Value& value) {
   using Type = liquid::Value::Type;
   switch (value.type()) {
      case Type::Nil: return "NilClass";
      case Type::Bool: return value.as_bool() ? "TrueClass" : "FalseClass";
      case Type::Integer: return "Integer";
      case Type::Float: return "Float";
      case Type::String: return "String";
      case Type::Array: return "Array";
      case Type::Hash: return "Hash";
      case Type::Drop: return "Jekyll::Drops::Drop";
      case Type::Time: return value.as_time().is_date ? "Date" : "Time";
      case Type::Range: return "Range";
   }
   return "Object";
}

std::string comparison_failed(const liquid::Value& a, const liquid::Value& b) {
   const bool immediate = b.is_nil() || b.is_bool() || b.is_number();
   return "comparison of " + ruby_class_name(a) + " with " +
          (immediate ? liquid::inspect(b) : ruby_class_name(b)) + " failed";
}

std::string undefined_method(std::string_view method, const liquid::Value& receiver) {
   return "undefined method `" + std::string(method) + "' for " + liquid::inspect(receiver) + ":" +
          ruby_class_name(receiver);
}

std::string no_implicit_conversion(const liquid::Value& value, std::string_view target) {
   const std::string from = value.is_nil() || value.is_bool() ? liquid::inspect(value) : ruby_class_name(value);
   return "no implicit conversion of " + from + " into " + std::string(target);
}

std::optional< std::int64_t > liquid_to_integer(const liquid::Value& value) {
   if (value.is_integer()) return value.as_integer();
   return liquid::ruby::parse_integer(ruby_to_s(value));
}

liquid::Array ruby_array(const liquid::Value& value) {
   if (value.is_nil()) return {};
   if (value.is_array()) return value.as_array();
   if (value.is_hash()) return *enumerable_items(value);
   // Kernel#Array calls to_a, which a Time has (a Date has not)
   if (value.is_time() && !value.as_time().is_date) return time_to_a(value.as_time());
   return {value};
}

std::optional< liquid::Array > enumerable_items(const liquid::Value& value) {
   if (value.is_array()) return value.as_array();
   if (value.is_hash()) {
      liquid::Array pairs;
      pairs.reserve(value.as_hash().size());
      for (const auto& entry : value.as_hash())
         pairs.emplace_back(liquid::Array{liquid::hash_key(value.as_hash(), entry), entry.second});
      return pairs;
   }
   if (value.is_drop() && value.as_drop().each() != liquid::Drop::Each::None) {
      // A Jekyll drop's each yields key and value, which Enumerable's select/find/group_by pack
      // into one [key, value] item; a drop standing for a Ruby Hash gives the Hash's pairs.
      liquid::Array pairs;
      const liquid::Drop& drop = value.as_drop();
      for (liquid::Value& key : drop.key_objects()) {
         liquid::Value item = drop.value_at(key);
         pairs.emplace_back(liquid::Array{std::move(key), std::move(item)});
      }
      return pairs;
   }
   if (value.is_range()) {
      liquid::Array numbers;
      for (std::int64_t i = value.as_range().first; i <= value.as_range().last; ++i) numbers.emplace_back(i);
      return numbers;
   }
   return std::nullopt;
}

}  // namespace jekyllpp::site::filters
