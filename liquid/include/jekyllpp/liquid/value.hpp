#pragma once
// The value model every layer shares: Liquid's data (Ruby's nil, true/false, Integer, Float,
// String, Array, Hash, Time/Date, Range) plus Drop, an object exposed lazily by its host
// (Jekyll's site, page and document drops). Arrays and hashes are immutable and shared, so
// copying a Value (site.posts into every page) is cheap.
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jekyllpp::liquid {

class Value;
class Drop;
class Hash;
using Array = std::vector<Value>;
using ArrayPtr = std::shared_ptr<const Array>;
using HashPtr = std::shared_ptr<const Hash>;
using DropPtr = std::shared_ptr<const Drop>;

// A Ruby Time (seconds since the epoch, nanoseconds, offset from UTC) or, with is_date,
// a Ruby Date (prints as %Y-%m-%d).
struct Time {
   std::int64_t seconds = 0;
   std::int32_t nanoseconds = 0;
   std::int32_t utc_offset = 0;  // seconds east of UTC
   bool is_date = false;
   bool is_utc = false;  // Ruby's Time#utc? (Psych makes a "Z" timestamp so): to_s and inspect print "UTC"
   // Ruby's Time#zone is nil: a fixed offset (Psych's timestamps with a numeric zone), %Z prints ""
   bool zone_unnamed = false;
};

// A Ruby Range of integers, as `(1..5)` makes.
struct Range {
   std::int64_t first = 0;
   std::int64_t last = 0;
};

class Value {
public:
   enum class Type { Nil, Bool, Integer, Float, String, Array, Hash, Drop, Time, Range };

   Value() noexcept {}
   Value(std::nullptr_t) noexcept {}
   Value(bool b) noexcept : type_(Type::Bool) { u_.b = b; }
   Value(int i) noexcept : type_(Type::Integer) { u_.i = i; }
   Value(long i) noexcept : type_(Type::Integer) { u_.i = i; }
   Value(long long i) noexcept : type_(Type::Integer) { u_.i = i; }
   Value(double d) noexcept : type_(Type::Float) { u_.d = d; }
   Value(std::string s) : type_(Type::String) { new (&u_.s) std::string(std::move(s)); }
   Value(std::string_view s) : type_(Type::String) { new (&u_.s) std::string(s); }
   Value(const char* s) : type_(Type::String) { new (&u_.s) std::string(s); }
   Value(Array a);
   Value(ArrayPtr a) noexcept : type_(Type::Array) { new (&u_.a) ArrayPtr(std::move(a)); }
   Value(Hash h);
   // h must not point to a Hash made const (unique_hash changes a sole owner's hash in place).
   Value(HashPtr h) noexcept : type_(Type::Hash) { new (&u_.h) HashPtr(std::move(h)); }
   Value(DropPtr d) noexcept : type_(Type::Drop) { new (&u_.dr) DropPtr(std::move(d)); }
   Value(Time t) noexcept : type_(Type::Time) { u_.t = t; }
   Value(Range r) noexcept : type_(Type::Range) { u_.r = r; }

   // Scalars (nil, bool, numbers, Time, Range) copy as plain bytes; only strings and the shared
   // arrays, hashes and drops take the out-of-line paths.
   Value(const Value& o) : type_(o.type_) {
      if (o.plain()) copy_bits(o);
      else copy_owned(o);
   }
   Value(Value&& o) noexcept : type_(o.type_) {
      if (o.plain()) copy_bits(o);
      else move_owned(std::move(o));
   }
   Value& operator=(const Value& o) {
      if (plain()) {  // nothing to release here (and o cannot live inside this)
         if (o.plain()) copy_bits(o);
         else copy_owned(o);
         type_ = o.type_;
      } else if (this != &o) {
         assign_owned(o);
      }
      return *this;
   }
   Value& operator=(Value&& o) noexcept {
      if (plain()) {  // nothing to release here (and o cannot live inside this)
         type_ = o.type_;
         if (o.plain()) copy_bits(o);
         else move_owned(std::move(o));
      } else if (this != &o) {
         move_assign_owned(std::move(o));
      }
      return *this;
   }
   ~Value() {
      if (!plain()) destroy();
   }

   Type type() const { return type_; }
   bool is_nil() const { return type_ == Type::Nil; }
   bool is_bool() const { return type_ == Type::Bool; }
   bool is_integer() const { return type_ == Type::Integer; }
   bool is_float() const { return type_ == Type::Float; }
   bool is_number() const { return is_integer() || is_float(); }
   bool is_string() const { return type_ == Type::String; }
   bool is_array() const { return type_ == Type::Array; }
   bool is_hash() const { return type_ == Type::Hash; }
   bool is_drop() const { return type_ == Type::Drop; }
   bool is_time() const { return type_ == Type::Time; }
   bool is_range() const { return type_ == Type::Range; }

   // Accessors: call only after checking the type (a wrong type throws std::bad_variant_access).
   bool as_bool() const { return checked(Type::Bool).u_.b; }
   std::int64_t as_integer() const { return checked(Type::Integer).u_.i; }
   double as_float() const { return checked(Type::Float).u_.d; }
   const std::string& as_string() const { return checked(Type::String).u_.s; }
   const Array& as_array() const { return *checked(Type::Array).u_.a; }
   const ArrayPtr& array_ptr() const { return checked(Type::Array).u_.a; }
   const Hash& as_hash() const { return *checked(Type::Hash).u_.h; }
   const HashPtr& hash_ptr() const { return checked(Type::Hash).u_.h; }
   // The hash to change in place when this Value is its only holder (no copy can see the
   // change); null when it is shared or no hash.
   Hash* unique_hash() noexcept;
   const Drop& as_drop() const { return *checked(Type::Drop).u_.dr; }
   const DropPtr& drop_ptr() const { return checked(Type::Drop).u_.dr; }
   const Time& as_time() const { return checked(Type::Time).u_.t; }
   const Range& as_range() const { return checked(Type::Range).u_.r; }

   // Liquid truthiness: only nil and false are false.
   bool truthy() const { return !(is_nil() || (is_bool() && !u_.b)); }

private:
   union Storage {
      Storage() {}
      ~Storage() {}
      bool b;
      std::int64_t i;
      double d;
      std::string s;
      ArrayPtr a;
      HashPtr h;
      DropPtr dr;
      Time t;
      Range r;
   };
   static bool owned(Type t) { return t >= Type::String && t <= Type::Drop; }
   bool plain() const { return !owned(type_); }
   void copy_bits(const Value& o) { std::memcpy(static_cast< void* >(&u_), static_cast< const void* >(&o.u_), sizeof u_); }
   const Value& checked(Type t) const {
      if (type_ != t) throw_bad_access();
      return *this;
   }
   [[noreturn]] static void throw_bad_access();
   void copy_owned(const Value& o);
   void move_owned(Value&& o) noexcept;
   void assign_owned(const Value& o);
   void move_assign_owned(Value&& o) noexcept;
   void destroy() noexcept;

   Type type_ = Type::Nil;
   Storage u_;
};

// Key equality for the short names variables and hash keys have, inline in eight- and four-byte
// words (cheaper than a memcmp call at these lengths).
inline bool same_key(std::string_view a, std::string_view b) {
   const std::size_t n = a.size();
   if (n != b.size()) return false;
   const char *p = a.data(), *q = b.data();
   if (n >= 8) {  // whole words, then the last eight bytes (overlapping the words before)
      std::uint64_t x, y;
      for (std::size_t i = 0; i + 8 < n; i += 8) {
         std::memcpy(&x, p + i, 8);
         std::memcpy(&y, q + i, 8);
         if (x != y) return false;
      }
      std::memcpy(&x, p + n - 8, 8);
      std::memcpy(&y, q + n - 8, 8);
      return x == y;
   }
   if (n >= 4) {  // four to seven bytes as two overlapping words
      std::uint32_t x, y, z, w;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, q, 4);
      std::memcpy(&z, p + n - 4, 4);
      std::memcpy(&w, q + n - 4, 4);
      return ((x ^ y) | (z ^ w)) == 0;
   }
   for (std::size_t i = 0; i < n; ++i)
      if (p[i] != q[i]) return false;
   return true;
}

// An insertion-ordered string-keyed map (Ruby's Hash iterates in insertion order).
class Hash {
public:
   using Entry = std::pair< std::string, Value >;

   const Value* find(std::string_view key) const;
   // find(key) trying entry `guess` first (records of one shape keep their keys in one order);
   // guess is set to where key was found.
   const Value* find(std::string_view key, std::uint32_t& guess) const {
      if (guess < entries_.size() && same_key(entries_[guess].first, key) && key_kind(entries_[guess]) == KeyKind::String)
         return &entries_[guess].second;
      const std::size_t i = position(key, KeyKind::String);
      if (i == entries_.size()) return nullptr;
      guess = std::uint32_t(i);
      return &entries_[i].second;
   }
   bool contains(std::string_view key) const { return find(key) != nullptr; }
   // Sets key, keeping the key's first position if it already exists.
   void set(std::string key, Value value);
   void erase(std::string_view key);
   // Keys of other scalar classes (YAML's `1: x`, `1.5: x`, `true: x`, `~: x`, `2024-01-02: x`;
   // Ruby's {1=>x}) are kept apart from string keys: their entry's text is Ruby's to_s of the
   // key, key_kind() tells them apart, find(string) never matches them. Time: a Date or a Time.
   enum class KeyKind : std::uint8_t { String, Integer, Float, Bool, Nil, Time };
   const Value* find(std::int64_t key) const;
   void set(std::int64_t key, Value value);
   // hash[key] / hash[key] = value for a key of any scalar class (another key: its to_s text).
   const Value* find_key(const Value& key) const;
   void set_key(const Value& key, Value value);
   KeyKind key_kind(const Entry& entry) const {
      return key_kinds_.empty() ? KeyKind::String : key_kinds_[std::size_t(&entry - entries_.data())];
   }

   std::size_t size() const { return entries_.size(); }
   bool empty() const { return entries_.empty(); }
   auto begin() const { return entries_.begin(); }
   auto end() const { return entries_.end(); }

private:
   std::size_t position(std::string_view text, KeyKind kind) const;  // size() when absent
   const Value* find_entry(std::string_view text, KeyKind kind) const;
   void set_entry(std::string text, KeyKind kind, Value value);
   void index_entry(std::size_t position);
   void rebuild_index();
   std::vector< Entry > entries_;
   std::vector< KeyKind > key_kinds_;  // parallel to entries_; empty while every key is a string
   // Only for hashes too big to search linearly: an open-addressed table (linear probing, a
   // power-of-two size at least twice the entries) of positions + 1, 0 for a free slot, placed
   // by key_hash of the key's text and kind. Copies with the hash as one flat block.
   std::vector< std::uint32_t > index_;
};

// A host object seen from Liquid: `drop.key` and `drop[key]` call get().
class Drop {
public:
   virtual ~Drop() = default;
   // The value of `key`, or nil when the drop has no such key.
   virtual Value get(std::string_view key) const = 0;
   // `drop[7]`, `drop[true]`: the value of a key that is not a String (a drop standing for a
   // Hash holds such keys). By default an Integer's text, nothing for the others.
   virtual Value get_key(const Value& key) const { return key.is_integer() ? get(std::to_string(key.as_integer())) : Value(); }
   // get(key) without a copy, for a value the drop holds as a Value living as long as the drop
   // does (a document's front matter): lookups read it in place. Null: ask get().
   virtual const Value* find(std::string_view) const { return nullptr; }
   virtual bool has_key(std::string_view key) const { return !get(key).is_nil(); }
   // Under strict_variables a key the drop lacks raises: Liquid::UndefinedVariable for Jekyll's
   // drops and the Ruby hashes some drops stand for; Liquid::UndefinedDropMethod for a
   // Liquid::Drop that is not a Jekyll drop (forloop, jekyll), from its liquid_method_missing.
   virtual bool liquid_method_missing() const { return false; }
   // What Ruby's each gives a one-item block (for, tablerow, filters' InputIterator): nothing for
   // a Liquid::Drop (no each), the keys for a Jekyll drop (Enumerable, each yields key and
   // value), [key, value] pairs for a drop standing for a Ruby Hash (Jekyll's page hash).
   enum class Each { None, Keys, Pairs };
   virtual Each each() const { return Each::None; }
   // The keys in their natural order (for `inspect`, `jsonify`, iteration as a hash).
   virtual std::vector< std::string > keys() const { return {}; }
   // keys() as Ruby holds them: an Integer key of the data a drop shows (front matter's
   // `2026: v`) stays an Integer for `for`, `inspect` and `jsonify`. By default keys() as Strings.
   virtual std::vector< Value > key_objects() const;
   // The value under a key as key_objects() gives it.
   Value value_at(const Value& key) const;
   // The Hash key_objects() and value_at() make (Page#to_liquid's Hash, Drop#to_h).
   Hash to_hash() const;
   // What `{{ drop }}` prints.
   virtual std::string to_s() const;
   // Liquid's `==` between drops: the same object, unless the drop stands for a value Ruby
   // compares by content (a Hash built by to_liquid).
   virtual bool equals(const Drop& other) const { return this == &other; }
   // Liquid's `size`, `first`, `last` on a drop fall back to get().
};

// How `{{ value }}` prints it, Ruby's to_s as Liquid applies it: nil -> "", 1.0 -> "1.0",
// arrays joined, hashes inspected, Time as "%Y-%m-%d %H:%M:%S %z".
std::string to_output(const Value& v);
// An entry's key as Ruby holds it: an Integer, Float, true/false or nil for such a key, else its String.
Value hash_key(const Hash& hash, const Hash::Entry& entry);
// Ruby's `inspect`: "nil", "\"a\"", [1, 2], {"a"=>1}.
std::string inspect(const Value& v);
// Ruby's Float#to_s: 1.0, 0.1, 1.0e+20, 1.0e-05, Infinity, NaN.
std::string float_to_s(double d);
// Liquid's `==` (1 == 1.0; no string/number coercion).
bool liquid_equal(const Value& a, const Value& b);

}  // namespace jekyllpp::liquid
