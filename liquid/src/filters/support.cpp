#include "filters/support.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "big_integer.hpp"
#include "internal.hpp"
#include "jekyllpp/liquid/ruby/number.hpp"
#include "jekyllpp/liquid/ruby/to_s.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"

namespace jekyllpp::liquid::filters {

void Args::check_and_collect(std::size_t required, std::size_t optional) {
   if (size_ < required || size_ > required + optional) {
      // Ruby counts the input as the first argument.
      std::string expected = std::to_string(required + 1);
      if (optional > 0) expected += ".." + std::to_string(required + optional + 1);
      raise_argument_error("wrong number of arguments (given " + std::to_string(size_ + 1) +
                           ", expected " + expected + ")");
   }
   if (!call_.kwargs.empty()) {
      Hash h;
      for (const auto& [key, value] : call_.kwargs) h.set(key, value);
      kwargs_hash_ = Value(std::move(h));
   }
}

void raise_argument_error(std::string message) {
   throw Error(Error::Kind::Argument, std::move(message));
}

void raise_property_error(const Value& property) {
   raise_argument_error("cannot select the property '" + to_s(property) + "'");
}

std::string to_s(const Value& v) { return ruby::to_s(v); }

std::int64_t to_integer(const Value& v) {
   if (v.is_integer()) return v.as_integer();
   const auto parsed = ruby::parse_integer(to_s(v));
   if (!parsed) raise_argument_error("invalid integer");
   return *parsed;
}

namespace {
void flatten_into(std::vector< Value >& out, const Array& array) {
   for (const Value& v : array) {
      if (v.is_array()) flatten_into(out, v.as_array());
      else out.push_back(v);
   }
}
}  // namespace

std::vector< Value > input_items(const Value& input) {
   std::vector< Value > out;
   switch (input.type()) {
      case Value::Type::Nil: break;
      case Value::Type::Array:
         out.reserve(input.as_array().size());
         flatten_into(out, input.as_array());
         break;
      case Value::Type::Range:
         for (std::int64_t i = input.as_range().first; i <= input.as_range().last; ++i) out.emplace_back(i);
         break;
      case Value::Type::Drop:
         // InputIterator takes an Enumerable's each (a Jekyll drop's keys), anything else whole;
         // its each gives an item's to_liquid, which for blank / empty is "".
         if (&input.as_drop() == &MethodLiteralDrop::blank().as_drop() ||
             &input.as_drop() == &MethodLiteralDrop::empty().as_drop())
            out.emplace_back(std::string());
         else if (input.as_drop().each() == Drop::Each::Keys)
            for (Value& key : input.as_drop().key_objects()) out.push_back(std::move(key));
         else
            out.push_back(input);
         break;
      default: out.push_back(input); break;
   }
   return out;
}

const std::vector< Value >& input_items(const Value& input, std::vector< Value >& holder) {
   if (input.is_array()) {
      const Array& items = input.as_array();
      bool flat = true;
      for (const Value& v : items) flat = flat && !v.is_array();
      if (flat) return items;
   }
   holder = input_items(input);
   return holder;
}

const Value* index_ref(const Value& item, const Value& property, Value& tmp, std::size_t& hint) {
   if (item.is_hash() && property.is_string()) {
      const Hash& hash = item.as_hash();
      const std::string& key = property.as_string();
      if (hint < hash.size()) {
         const Hash::Entry& guess = hash.begin()[std::ptrdiff_t(hint)];
         if (same_key(guess.first, key) && hash.key_kind(guess) == Hash::KeyKind::String) return &guess.second;
      }
      const Value* v = hash.find(key);
      if (!v) return &nil_value();
      for (auto e = hash.begin(); e != hash.end(); ++e)
         if (&e->second == v) {
            hint = std::size_t(e - hash.begin());
            break;
         }
      return v;
   }
   std::optional< Value > v = index(item, property);
   if (!v) return nullptr;
   tmp = std::move(*v);
   return &tmp;
}

namespace {
// Ruby's rb_range_beg_len for an inclusive range over `length` elements: the start and count of
// what String#[range] / Array#[range] take, or nullopt where they give nil.
std::optional< std::pair< std::size_t, std::size_t > > range_span(const Range& r, std::int64_t length) {
   std::int64_t begin = r.first < 0 ? r.first + length : r.first;
   if (begin < 0 || begin > length) return std::nullopt;
   std::int64_t end = (r.last < 0 ? r.last + length : r.last) + 1;
   end = std::min(end, length);
   return std::make_pair(std::size_t(begin), std::size_t(std::max< std::int64_t >(end - begin, 0)));
}

// Ruby's Integer#[](range) (int_aref1): a single bit when first == last; else the number shifted
// down by first, keeping last - first + 1 bits (two's complement) unless last < first. Shifts and
// widths are capped at 2^16 bits, past anything a template asks for.
Value integer_bits(std::int64_t number, const Range& r) {
   constexpr std::int64_t cap = 1 << 16;
   if (r.first == r.last) return Value(r.first < 0 ? 0 : int((number >> std::min< std::int64_t >(r.first, 63)) & 1));
   const BigInteger shifted = r.first >= 0 ? BigInteger(number >> std::min< std::int64_t >(r.first, 63))
                                           : BigInteger(number) << unsigned(std::min(-r.first, cap));
   if (r.last < r.first) return integer_value(shifted);
   const BigInteger modulus = BigInteger(1) << unsigned(std::min(r.last - r.first + 1, cap));
   BigInteger bits = shifted % modulus;
   if (bits < 0) bits += modulus;
   return integer_value(bits);
}
}  // namespace

std::optional< Value > index(const Value& item, const Value& property) {
   switch (item.type()) {
      case Value::Type::Hash: {
         if (property.is_string()) {
            const Value* v = item.as_hash().find(property.as_string());
            return v ? *v : Value();
         }
         if (property.is_integer()) {
            const Value* v = item.as_hash().find(property.as_integer());
            return v ? *v : Value();
         }
         return Value();
      }
      case Value::Type::Drop:
         if (const BigInteger* big = big_integer(item)) {
            if (!property.is_integer() && !property.is_float()) raise_property_error(property);
            const std::int64_t bit =
               property.is_integer() ? property.as_integer() : std::int64_t(std::floor(property.as_float()));
            return Value(bit < 0 ? 0 : big_integer_bit(*big, bit));
         }
         {
            const std::string text = property.is_string() ? std::string() : to_s(property);
            const std::string_view key = property.is_string() ? std::string_view(property.as_string()) : text;
            const Value* stored = item.as_drop().find(key);
            return stored ? *stored : item.as_drop().get(key);
         }
      case Value::Type::String: {
         const std::string& s = item.as_string();
         if (property.is_string()) {
            return s.find(property.as_string()) != std::string::npos ? Value(property.as_string()) : Value();
         }
         if (property.is_integer() || property.is_float()) {
            std::int64_t i = property.is_integer() ? property.as_integer() : std::int64_t(property.as_float());
            const auto len = std::int64_t(ruby::utf8_length(s));
            if (i < 0) i += len;
            if (i < 0 || i >= len) return Value();
            const std::size_t at = ruby::utf8_offset(s, std::size_t(i));
            return Value(s.substr(at, ruby::utf8_char_length(s, at)));
         }
         if (property.is_range()) {
            const auto span = range_span(property.as_range(), std::int64_t(ruby::utf8_length(s)));
            if (!span) return Value();
            const std::size_t from = ruby::utf8_offset(s, span->first);
            return Value(s.substr(from, ruby::utf8_offset(s, span->first + span->second) - from));
         }
         raise_property_error(property);
      }
      case Value::Type::Array: {
         const Array& a = item.as_array();
         if (property.is_integer() || property.is_float()) {
            std::int64_t i = property.is_integer() ? property.as_integer() : std::int64_t(property.as_float());
            if (i < 0) i += std::int64_t(a.size());
            if (i < 0 || i >= std::int64_t(a.size())) return Value();
            return a[std::size_t(i)];
         }
         if (property.is_range()) {
            const auto span = range_span(property.as_range(), std::int64_t(a.size()));
            if (!span) return Value();
            return Value(Array(a.begin() + std::ptrdiff_t(span->first), a.begin() + std::ptrdiff_t(span->first + span->second)));
         }
         raise_property_error(property);
      }
      case Value::Type::Integer: {
         if (property.is_integer() || property.is_float()) {
            const std::int64_t bit =
               property.is_integer() ? property.as_integer() : std::int64_t(std::floor(property.as_float()));
            if (bit < 0) return Value(0);
            if (bit >= 63) return Value(item.as_integer() < 0 ? 1 : 0);
            return Value(int((item.as_integer() >> bit) & 1));
         }
         if (property.is_range()) return integer_bits(item.as_integer(), property.as_range());
         if (const BigInteger* big = big_integer(property))  // a bit past the 64: the sign's
            return Value(*big > 0 && item.as_integer() < 0 ? 1 : 0);
         raise_property_error(property);
      }
      default: return std::nullopt;
   }
}

namespace {
// The value under entry's key (of the class it has in from) in other.
const Value* same_key_in(const Hash& from, const Hash::Entry& entry, const Hash& other) {
   if (from.key_kind(entry) != Hash::KeyKind::String) return other.find_key(hash_key(from, entry));
   return other.find(std::string_view(entry.first));
}
}  // namespace

bool ruby_equal(const Value& a, const Value& b) {
   if (a.is_number() && b.is_number()) {
      if (a.is_integer() && b.is_integer()) return a.as_integer() == b.as_integer();
      const double x = a.is_integer() ? double(a.as_integer()) : a.as_float();
      const double y = b.is_integer() ? double(b.as_integer()) : b.as_float();
      return x == y;
   }
   if (a.type() != b.type()) return false;
   switch (a.type()) {
      case Value::Type::Nil: return true;
      case Value::Type::Bool: return a.as_bool() == b.as_bool();
      case Value::Type::String: return a.as_string() == b.as_string();
      case Value::Type::Array: {
         const Array &x = a.as_array(), &y = b.as_array();
         if (x.size() != y.size()) return false;
         for (std::size_t i = 0; i < x.size(); ++i)
            if (!ruby_equal(x[i], y[i])) return false;
         return true;
      }
      case Value::Type::Hash: {
         const Hash &x = a.as_hash(), &y = b.as_hash();
         if (x.size() != y.size()) return false;
         for (const auto& entry : x) {
            const Value* other = same_key_in(x, entry, y);
            if (!other || !ruby_equal(entry.second, *other)) return false;
         }
         return true;
      }
      case Value::Type::Drop: return a.drop_ptr() == b.drop_ptr();
      case Value::Type::Time:
         return a.as_time().seconds == b.as_time().seconds && a.as_time().nanoseconds == b.as_time().nanoseconds;
      case Value::Type::Range:
         return a.as_range().first == b.as_range().first && a.as_range().last == b.as_range().last;
      default: return false;
   }
}

bool ruby_eql(const Value& a, const Value& b) {
   if (a.type() != b.type()) return false;
   if (a.is_float()) return a.as_float() == b.as_float();
   if (a.is_array()) {
      const Array &x = a.as_array(), &y = b.as_array();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
         if (!ruby_eql(x[i], y[i])) return false;
      return true;
   }
   if (a.is_hash()) {
      const Hash &x = a.as_hash(), &y = b.as_hash();
      if (x.size() != y.size()) return false;
      for (const auto& entry : x) {
         const Value* other = same_key_in(x, entry, y);
         if (!other || !ruby_eql(entry.second, *other)) return false;
      }
      return true;
   }
   return ruby_equal(a, b);
}

std::optional< int > ruby_compare(const Value& a, const Value& b) {
   auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
   if (a.is_number() && b.is_number()) {
      if (a.is_integer() && b.is_integer()) return sign(a.as_integer(), b.as_integer());
      const double x = a.is_integer() ? double(a.as_integer()) : a.as_float();
      const double y = b.is_integer() ? double(b.as_integer()) : b.as_float();
      if (x != x || y != y) return std::nullopt;
      return sign(x, y);
   }
   if (a.is_string() && b.is_string()) {
      const std::string &x = a.as_string(), &y = b.as_string();
      const int c = std::memcmp(x.data(), y.data(), std::min(x.size(), y.size()));
      if (c != 0) return c < 0 ? -1 : 1;
      return sign(x.size(), y.size());
   }
   if (a.is_array() && b.is_array()) {
      const Array &x = a.as_array(), &y = b.as_array();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
         const auto c = ruby_compare(x[i], y[i]);
         if (!c || *c != 0) return c;
      }
      return sign(x.size(), y.size());
   }
   if (a.is_time() && b.is_time()) {
      const Time &x = a.as_time(), &y = b.as_time();
      if (x.seconds != y.seconds) return sign(x.seconds, y.seconds);
      return sign(x.nanoseconds, y.nanoseconds);
   }
   // Object#<=>: 0 for equal objects, nil otherwise.
   if (ruby_equal(a, b)) return 0;
   return std::nullopt;
}

}  // namespace jekyllpp::liquid::filters
