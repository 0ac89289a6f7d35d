// Liquid's Expression.parse, VariableLookup and RangeLookup.
#include "jekyllpp/liquid/expression.hpp"

#include <climits>
#include <limits>
#include <cstdlib>

#include "big_integer.hpp"
#include "jekyllpp/liquid/ruby/time.hpp"
#include "internal.hpp"
#include "lax.hpp"
#include "ruby_text.hpp"

namespace jekyllpp::liquid {

Value hash_key(const Hash& hash, const Hash::Entry& entry) {
   switch (hash.key_kind(entry)) {
   case Hash::KeyKind::Integer: return Value(std::int64_t(std::stoll(entry.first)));
   case Hash::KeyKind::Float: return Value(std::strtod(entry.first.c_str(), nullptr));  // Ruby's to_s: exact
   case Hash::KeyKind::Bool: return Value(entry.first == "true");
   case Hash::KeyKind::Nil: return Value();
   case Hash::KeyKind::Time: return Value(ruby::time_from_to_s(entry.first));
   case Hash::KeyKind::String: break;
   }
   return Value(entry.first);
}

Value hash_pair(const Hash& hash, const Hash::Entry& entry) { return Value(Array{hash_key(hash, entry), entry.second}); }

const Value& nil_value() {
   static const Value nil;
   return nil;
}

const Value& MethodLiteralDrop::blank() {
   static const Value v(DropPtr(std::make_shared< MethodLiteralDrop >()));
   return v;
}
const Value& MethodLiteralDrop::empty() {
   static const Value v(DropPtr(std::make_shared< MethodLiteralDrop >()));
   return v;
}

bool is_method_literal_value(const Value& value) {
   return value.is_drop() && dynamic_cast< const MethodLiteralDrop* >(&value.as_drop()) != nullptr;
}

namespace {

bool all_digits(std::string_view s) {
   if (s.empty()) return false;
   for (char c : s)
      if (c < '0' || c > '9') return false;
   return true;
}

std::int64_t parse_int(std::string_view s) {
   errno = 0;
   long long v = std::strtoll(std::string(s).c_str(), nullptr, 10);
   return v;
}

// RANGES_REGEX = /\A\(\s*(?>(\S+)\s*\.\.)\s*(\S+)\s*\)\z/
bool match_range(std::string_view m, std::string_view& first, std::string_view& last) {
   if (m.size() < 2 || m.front() != '(' || m.back() != ')') return false;
   std::size_t i = lax::skip_spaces(m, 1);
   std::size_t run_end = i;
   while (run_end < m.size() && !lax::is_space(m[run_end])) ++run_end;
   if (run_end == i) return false;
   // The atomic group keeps the longest \S+ that is followed by \s*"..".
   std::size_t chosen = lax::npos, after_dots = 0;
   std::size_t ws_end = lax::skip_spaces(m, run_end);
   if (ws_end > run_end && m.compare(ws_end, 2, "..") == 0) {
      chosen = run_end;
      after_dots = ws_end + 2;
   } else if (ws_end == run_end && ws_end < m.size() && m.compare(ws_end, 2, "..") == 0) {
      chosen = run_end;
      after_dots = run_end + 2;
   } else {
      for (std::size_t p = run_end; p-- > i + 1;)
         if (m.compare(p, 2, "..") == 0) {
            chosen = p;
            after_dots = p + 2;
            break;
         }
   }
   if (chosen == lax::npos) return false;
   first = m.substr(i, chosen - i);
   std::size_t j = lax::skip_spaces(m, after_dots);
   std::string_view rest = lax::rstrip(m.substr(j, m.size() - 1 - j));
   if (rest.empty()) return false;
   for (char c : rest)
      if (lax::is_space(c)) return false;
   last = rest;
   return true;
}

bool match_float(std::string_view m) {
   std::size_t i = 0;
   if (i < m.size() && m[i] == '-') ++i;
   if (i >= m.size() || m[i] < '0' || m[i] > '9') return false;
   ++i;
   if (i >= m.size()) return false;
   for (; i < m.size(); ++i)
      if (!((m[i] >= '0' && m[i] <= '9') || m[i] == '.')) return false;
   return true;
}

// VariableParser = /\[[^\]]+\]|[\w-]+\??/, scanned.
std::vector< std::string_view > scan_variable(std::string_view s) {
   std::vector< std::string_view > parts;
   std::size_t i = 0;
   while (i < s.size()) {
      char c = s[i];
      if (c == '[') {
         std::size_t j = s.find(']', i + 1);
         if (j != lax::npos && j > i + 1) {
            parts.push_back(s.substr(i, j + 1 - i));
            i = j + 1;
            continue;
         }
         ++i;
      } else if (lax::is_word(c) || c == '-') {
         std::size_t j = i;
         while (j < s.size() && (lax::is_word(s[j]) || s[j] == '-')) ++j;
         if (j < s.size() && s[j] == '?') ++j;
         parts.push_back(s.substr(i, j - i));
         i = j;
      } else {
         ++i;
      }
   }
   return parts;
}

bool bracketed(std::string_view p) { return p.size() >= 2 && p.front() == '[' && p.back() == ']'; }

std::int64_t range_bound_literal(const Expression& e, const Context* context) {
   Value tmp;
   static const Environment env;
   static Context dummy(env);
   const Value& v = e.evaluate_ref(context ? *context : dummy, tmp);
   switch (v.type()) {
   case Value::Type::Integer: return v.as_integer();
   case Value::Type::Float: return std::int64_t(v.as_float());
   case Value::Type::String: return ruby_to_i(v.as_string());
   default: return 0;
   }
}

// RangeLookup#to_integer
std::int64_t range_bound(const Value& v) {
   if (v.is_integer()) return v.as_integer();
   if (v.is_nil()) return 0;
   if (v.is_string()) return ruby_to_i(v.as_string());
   return to_integer(v);
}

}  // namespace

// A Bignum clamped to int64: only ever used as a count or an index, where both ends mean
// "past everything".
std::int64_t clamped(const BigInteger& big) {
   return big < 0 ? std::numeric_limits< std::int64_t >::min() : std::numeric_limits< std::int64_t >::max();
}

std::int64_t to_integer(const Value& v) {
   if (v.is_integer()) return v.as_integer();
   if (const BigInteger* big = big_integer(v)) return clamped(*big);
   std::optional< std::int64_t > i;
   if (v.is_string()) i = ruby_integer(v.as_string());
   else if (v.is_nil()) i = std::nullopt;
   if (!i) throw Error(Error::Kind::Argument, "invalid integer");
   return *i;
}

std::int64_t ruby_value_to_i(const Value& v) {
   switch (v.type()) {
   case Value::Type::Nil: return 0;
   case Value::Type::Integer: return v.as_integer();
   case Value::Type::Float: return std::int64_t(v.as_float());
   case Value::Type::String: return ruby_to_i(v.as_string());
   case Value::Type::Time: return v.as_time().seconds;
   case Value::Type::Drop:
      if (const BigInteger* big = big_integer(v)) return clamped(*big);
      throw Error(Error::Kind::Internal, "internal");
   default: throw Error(Error::Kind::Internal, "internal");
   }
}

Expression Expression::parse(std::string_view markup) {
   std::string_view m = lax::strip(markup);
   Expression e;
   auto literal = [&](Value v) {
      auto n = std::make_shared< ExpressionNode >();
      n->literal = std::move(v);
      e.node_ = std::move(n);
      return e;
   };
   if (!m.empty() && ((m.front() == '"' && m.back() == '"') || (m.front() == '\'' && m.back() == '\'')))
      return literal(Value(std::string(m.size() >= 2 ? m.substr(1, m.size() - 2) : std::string_view())));
   if (!m.empty() && all_digits(m.front() == '-' ? m.substr(1) : m)) return literal(integer_value(m));
   std::string_view first, last;
   if (match_range(m, first, last)) {
      auto n = std::make_shared< ExpressionNode >();
      n->kind = ExpressionNode::Kind::Range;
      n->range_start = parse(first);
      n->range_end = parse(last);
      auto is_lookup = [](const Expression& x) {
         return x.node_ && x.node_->kind != ExpressionNode::Kind::Literal &&
                x.node_->kind != ExpressionNode::Kind::Method;
      };
      if (!is_lookup(n->range_start) && !is_lookup(n->range_end))
         return literal(Value(Range{range_bound_literal(n->range_start, nullptr),
                                    range_bound_literal(n->range_end, nullptr)}));
      e.node_ = std::move(n);
      return e;
   }
   if (match_float(m)) return literal(Value(ruby_to_f(m)));
   if (m.empty() || m == "nil" || m == "null") return e;
   if (m == "true") return literal(Value(true));
   if (m == "false") return literal(Value(false));
   if (m == "blank" || m == "empty") {
      auto n = std::make_shared< ExpressionNode >();
      n->kind = ExpressionNode::Kind::Method;
      n->method = m == "blank" ? MethodLiteral::Blank : MethodLiteral::Empty;
      e.node_ = std::move(n);
      return e;
   }
   auto n = std::make_shared< ExpressionNode >();
   n->kind = ExpressionNode::Kind::Lookup;
   std::vector< std::string_view > parts = scan_variable(m);
   if (parts.empty()) {
      n->has_name = false;
   } else if (bracketed(parts[0])) {
      n->name_is_expression = true;
      n->name_expression = parse(parts[0].substr(1, parts[0].size() - 2));
   } else {
      n->name = std::string(parts[0]);
   }
   for (std::size_t i = 1; i < parts.size(); ++i) {
      ExpressionNode::Key key;
      if (bracketed(parts[i])) {
         key.is_expression = true;
         key.expression = parse(parts[i].substr(1, parts[i].size() - 2));
      } else {
         key.text = std::string(parts[i]);
         key.command = key.text == "size" || key.text == "first" || key.text == "last";
      }
      n->lookups.push_back(std::move(key));
   }
   e.node_ = std::move(n);
   return e;
}

Expression::MethodLiteral Expression::method_literal() const {
   return node_ && node_->kind == ExpressionNode::Kind::Method ? node_->method : MethodLiteral::None;
}

bool Expression::is_literal() const {
   return !node_ || (node_->kind != ExpressionNode::Kind::Lookup && node_->kind != ExpressionNode::Kind::Range);
}

Value Expression::evaluate(const Context& context) const {
   Value tmp;
   const Value& v = evaluate_ref(context, tmp);
   if (&v == &tmp) return tmp;
   return v;
}

const Value* lookup_key(const Value& object, const Value& key, bool command, Value& tmp,
                        const Context& context) {
   if (key.is_string()) return lookup_name(object, key.as_string(), command, tmp, context);
   return lookup_key(object, &key, {}, command, tmp, context);
}

const Value* lookup_name(const Value& object, std::string_view key, bool command, Value& tmp,
                         const Context& context) {
   return lookup_key(object, nullptr, key, command, tmp, context);
}

const Value* lookup_key(const Value& object, const Value* key_value, std::string_view key_name,
                        bool command, Value& tmp, const Context& context) {
   static const Value no_key;
   const Value& key = key_value ? *key_value : no_key;
   auto missing = [&]() -> const Value* {
      if (context.strict_variables)
         throw Error(Error::Kind::UndefinedVariable,
                     "undefined variable " + (key_value ? to_output(key) : std::string(key_name)));
      return &nil_value();
   };
   auto result = [&](Value v) -> const Value* {
      tmp = std::move(v);
      return &tmp;
   };
   const std::string_view* name = key_value ? nullptr : &key_name;
   switch (object.type()) {
   case Value::Type::Hash: {
      const Hash& h = object.as_hash();
      if (name)
         if (const Value* v = h.find(*name)) return v;
      if (key_value)
         if (const Value* v = h.find_key(key)) return v;
      if (command && name) {
         if (*name == "size") return result(Value(std::int64_t(h.size())));
         if (*name == "first") {
            if (h.empty()) return &nil_value();
            return result(hash_pair(h, *h.begin()));
         }
      }
      return missing();
   }
   case Value::Type::Array: {
      const Array& a = object.as_array();
      if (key.is_integer()) {
         std::int64_t i = key.as_integer();
         if (i < 0) i += std::int64_t(a.size());
         if (i < 0 || i >= std::int64_t(a.size())) return &nil_value();
         return &a[std::size_t(i)];
      }
      // Array#[] takes a C long: a Bignum index raises RangeError.
      if (key.is_drop() && big_integer(key)) throw Error::ruby("RangeError", "bignum too big to convert into `long'");
      if (command && name) {
         if (*name == "size") return result(Value(std::int64_t(a.size())));
         if (*name == "first") return a.empty() ? &nil_value() : &a.front();
         if (*name == "last") return a.empty() ? &nil_value() : &a.back();
      }
      return missing();
   }
   case Value::Type::Drop: {
      const Drop& drop = object.as_drop();
      // Jekyll::Drops::Drop#key? is false for nil, and asks respond_to?(key) first, which takes
      // only a String or a Symbol: any other key raises (`page[2026]` on a document, `site[1.5]`).
      if (!name && !key.is_string() && drop.each() == Drop::Each::Keys) {
         if (key.is_nil()) return missing();
         throw Error::ruby("TypeError", inspect(key) + " is not a symbol nor a string");
      }
      std::string number;
      std::string_view drop_key;
      if (name) drop_key = *name;
      else if (key.is_string()) drop_key = key.as_string();
      else if (key.is_integer()) drop_key = number = std::to_string(key.as_integer());
      else return result(drop.get_key(key));
      if (context.strict_variables && !drop.has_key(drop_key)) {
         if (drop.liquid_method_missing())
            throw Error(Error::Kind::UndefinedDropMethod, "undefined method " + std::string(drop_key));
         return missing();
      }
      if (!name && key.is_integer()) return result(drop.get_key(key));
      if (const Value* stored = drop.find(drop_key)) return stored;
      return result(drop.get(drop_key));
   }
   case Value::Type::String:
      if (command && name && *name == "size")
         return result(Value(std::int64_t(utf8_length(object.as_string()))));
      return missing();
   case Value::Type::Integer:
      if (command && name && *name == "size") return result(Value(std::int64_t(8)));
      return missing();
   case Value::Type::Range: {
      const Range& r = object.as_range();
      if (command && name) {
         if (*name == "size") return result(Value(std::int64_t(r.last >= r.first ? r.last - r.first + 1 : 0)));
         if (*name == "first") return result(Value(r.first));
         if (*name == "last") return result(Value(r.last));
      }
      return missing();
   }
   default: return missing();
   }
}

namespace {
// hash[key.text] (string keys only), trying the key's hint first; null when absent.
const Value* find_with_hint(const Hash& hash, const ExpressionNode::Key& key) {
   std::uint32_t guess = key.hint.position.load(std::memory_order_relaxed);
   const std::uint32_t before = guess;
   const Value* found = hash.find(key.text, guess);
   if (guess != before) key.hint.position.store(guess, std::memory_order_relaxed);
   return found;
}
// One `.key` or `[expr]` step from cur, other than a hash's string key found at once (kept out
// of the inline path: it needs temporaries). A value made here (a drop's, a size) goes to tmp,
// which held then says cur's chain depends on.
const Value* lookup_step(const Value& cur, const ExpressionNode::Key& key, Value& tmp, bool& held,
                         const Context& context) {
   Value ktmp, step_tmp;
   const Value* next;
   if (key.is_expression) {
      const Value& k = key.expression.evaluate_ref(context, ktmp);
      next = lookup_key(cur, k, false, step_tmp, context);
   } else {
      next = lookup_name(cur, key.text, key.command, step_tmp, context);
   }
   if (next != &step_tmp) return next;
   Value keep = std::move(tmp);  // cur may point into it until here
   tmp = std::move(step_tmp);
   held = true;
   return &tmp;
}
}  // namespace

const Value& Expression::evaluate_ref(const Context& context, Value& tmp) const {
   if (!node_) return nil_value();
   const ExpressionNode& n = *node_;
   switch (n.kind) {
   case ExpressionNode::Kind::Literal: return n.literal;
   case ExpressionNode::Kind::Method:
      return n.method == MethodLiteral::Blank ? MethodLiteralDrop::blank() : MethodLiteralDrop::empty();
   case ExpressionNode::Kind::Range: {
      Value a, b;
      std::int64_t first = range_bound(n.range_start.evaluate_ref(context, a));
      std::int64_t last = range_bound(n.range_end.evaluate_ref(context, b));
      tmp = Value(Range{first, last});
      return tmp;
   }
   case ExpressionNode::Kind::Lookup: break;
   }
   // Lookup. tmp keeps alive values that did not come from stored data (drop results); cur may
   // point into what it holds.
   const Value* cur = nullptr;
   if (!n.has_name) {
      cur = context.find_variable_ref(std::string_view(), tmp);
   } else if (n.name_is_expression) {
      Value ktmp;
      const Value& k = n.name_expression.evaluate_ref(context, ktmp);
      cur = k.is_string() ? context.find_variable_ref(k.as_string(), tmp) : nullptr;
   } else {
      cur = context.find_variable_ref(n.name, tmp, n.name_hint.position);
   }
   if (!cur) {
      if (context.strict_variables) throw Error(Error::Kind::UndefinedVariable, "undefined variable " + n.name);
      if (n.lookups.empty()) return nil_value();
      cur = &nil_value();
   }
   bool held = cur == &tmp;
   for (const ExpressionNode::Key& key : n.lookups) {
      const Value* found = !key.is_expression && cur->is_hash() ? find_with_hint(cur->as_hash(), key) : nullptr;
      cur = found ? found : lookup_step(*cur, key, tmp, held, context);
      if (cur->is_nil() && !context.strict_variables) return nil_value();
   }
   if (held && cur != &tmp) {
      Value part = *cur;  // copied out before tmp, which holds it, is replaced
      tmp = std::move(part);
      return tmp;
   }
   return *cur;
}

Value lookup_path(const Value& root, std::string_view path) {
   static const Environment env;
   static thread_local Context dummy(env);
   Value cur = root;
   std::size_t i = 0;
   while (i <= path.size()) {
      std::size_t dot = path.find('.', i);
      std::string_view part = path.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i);
      Value key(part);
      if (cur.is_array() && all_digits(part)) key = Value(parse_int(part));
      Value tmp;
      const Value* next = lookup_key(cur, key, true, tmp, dummy);
      cur = next == &tmp ? std::move(tmp) : *next;
      if (dot == std::string_view::npos) break;
      i = dot + 1;
   }
   return cur;
}

}  // namespace jekyllpp::liquid
