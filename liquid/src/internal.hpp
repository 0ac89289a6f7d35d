#pragma once
// Shapes shared by the core's sources (not part of the public API).
#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {

struct ExpressionNode {
   enum class Kind { Literal, Lookup, Range, Method };
   Kind kind = Kind::Literal;
   Value literal;  // Literal
   // Lookup: name[lookups...]
   std::string name;
   bool name_is_expression = false;
   bool has_name = true;
   Expression name_expression;
   // Where `.key` was last found in a hash: records of one shape (a loop's items) keep their
   // keys in one order, so the next lookup usually hits it at once. Relaxed atomic: templates
   // render on several threads, and any value is only a guess that is checked.
   struct Hint {
      mutable std::atomic< std::uint32_t > position{0};
      Hint() = default;
      Hint(const Hint& other) : position(other.position.load(std::memory_order_relaxed)) {}
      Hint& operator=(const Hint& other) {
         position.store(other.position.load(std::memory_order_relaxed), std::memory_order_relaxed);
         return *this;
      }
   };
   struct Key {
      std::string text;        // a plain `.key`
      Expression expression;   // a `[expr]` key
      bool is_expression = false;
      bool command = false;    // size / first / last
      Hint hint;
   };
   Hint name_hint;  // where `name` was last found in the context's assigns
   std::vector< Key > lookups;
   // Range: (start..end)
   Expression range_start, range_end;
   Expression::MethodLiteral method = Expression::MethodLiteral::None;
};

// What Jekyll's literal patch makes of `blank` / `empty` outside conditions: prints as "".
class MethodLiteralDrop : public Drop {
public:
   Value get(std::string_view) const override { return Value(); }
   std::string to_s() const override { return ""; }
   static const Value& blank();
   static const Value& empty();
};

// Liquid::Utils.to_integer: integers pass, strings/floats go through Kernel#Integer of to_s;
// raises Liquid::ArgumentError "invalid integer".
std::int64_t to_integer(const Value& v);
// from + limit for a loop's end, held at the int64 ends: to_integer clamps a Bignum limit, and
// Ruby's sum of the two never overflows.
inline std::int64_t loop_end(std::int64_t from, std::int64_t limit) {
   std::int64_t end;
   if (!__builtin_add_overflow(from, limit, &end)) return end;
   return limit > 0 ? std::numeric_limits< std::int64_t >::max() : std::numeric_limits< std::int64_t >::min();
}
// Ruby's to_i on the values Liquid meets (nil -> 0, "12abc" -> 12, 2.7 -> 2); other types throw
// the NoMethodError Liquid surfaces as an internal error.
std::int64_t ruby_value_to_i(const Value& v);
// One step of a variable lookup (VariableLookup#evaluate): object[key], or a size/first/last
// command when allowed; nil when neither applies. Returns a pointer into object's storage when
// possible, else fills tmp and returns &tmp.
const Value* lookup_key(const Value& object, const Value& key, bool command, Value& tmp,
                        const Context& context);
const Value* lookup_name(const Value& object, std::string_view key, bool command, Value& tmp,
                         const Context& context);
const Value* lookup_key(const Value& object, const Value* key_value, std::string_view key_name,
                        bool command, Value& tmp, const Context& context);
const Value& nil_value();
// A hash entry's key as a value (Integer keys stay integers), and the [key, value] pair that
// iterating a hash yields.
Value hash_pair(const Hash& hash, const Hash::Entry& entry);
// Appends what `{{ v }}` prints (to_output without the copy).
void append_output(const Value& v, std::string& out);

}  // namespace jekyllpp::liquid
