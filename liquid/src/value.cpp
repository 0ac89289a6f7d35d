// The non-inline parts of the value model (value.hpp) that the Liquid core owns.
#include "jekyllpp/liquid/value.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <variant>

namespace jekyllpp::liquid {

Value::Value(Array a) : type_(Type::Array) { new (&u_.a) ArrayPtr(std::make_shared< const Array >(std::move(a))); }
// Made non-const (held as a pointer to const) so that unique_hash may change it in place.
Value::Value(Hash h) : type_(Type::Hash) { new (&u_.h) HashPtr(std::make_shared< Hash >(std::move(h))); }

Hash* Value::unique_hash() noexcept {
   if (type_ != Type::Hash || u_.h.use_count() != 1) return nullptr;
   return const_cast< Hash* >(u_.h.get());
}

void Value::throw_bad_access() { throw std::bad_variant_access(); }

void Value::copy_owned(const Value& o) {
   switch (o.type_) {
   case Type::String: new (&u_.s) std::string(o.u_.s); break;
   case Type::Array: new (&u_.a) ArrayPtr(o.u_.a); break;
   case Type::Hash: new (&u_.h) HashPtr(o.u_.h); break;
   case Type::Drop: new (&u_.dr) DropPtr(o.u_.dr); break;
   default: break;
   }
}

void Value::move_owned(Value&& o) noexcept {
   switch (o.type_) {
   case Type::String: new (&u_.s) std::string(std::move(o.u_.s)); break;
   case Type::Array: new (&u_.a) ArrayPtr(std::move(o.u_.a)); break;
   case Type::Hash: new (&u_.h) HashPtr(std::move(o.u_.h)); break;
   case Type::Drop: new (&u_.dr) DropPtr(std::move(o.u_.dr)); break;
   default: break;
   }
}

void Value::destroy() noexcept {
   switch (type_) {
   case Type::String: u_.s.~basic_string(); break;
   case Type::Array: u_.a.~ArrayPtr(); break;
   case Type::Hash: u_.h.~HashPtr(); break;
   case Type::Drop: u_.dr.~DropPtr(); break;
   default: break;
   }
   type_ = Type::Nil;
}

// o may live inside the value this one holds (an array element assigned to its array): copy it
// before releasing the old value.
void Value::assign_owned(const Value& o) {
   if (type_ == Type::String && o.type_ == Type::String) {
      u_.s = o.u_.s;
      return;
   }
   Value copy(o);
   move_assign_owned(std::move(copy));
}

void Value::move_assign_owned(Value&& o) noexcept {
   if (type_ == Type::String && o.type_ == Type::String) {
      u_.s = std::move(o.u_.s);
      return;
   }
   Value old(std::move(*this));  // released after the move, as o may live inside it
   destroy();
   type_ = o.type_;
   if (o.plain()) copy_bits(o);
   else move_owned(std::move(o));
}

// Small hashes (most front matter and data records) are searched linearly; index_ serves big ones.
constexpr std::size_t kLinearHashSize = 16;

namespace {
// The index's hash of a key: its text eight bytes at a time, each kind of key apart.
std::uint64_t key_hash(std::string_view text, Hash::KeyKind kind) {
   constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
   std::uint64_t h = (std::uint64_t(text.size()) << 3 | std::uint64_t(kind)) * kMul;
   const char* p = text.data();
   std::size_t n = text.size();
   for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * kMul;
      h ^= h >> 29;
   }
   if (n > 0) {  // the last one to seven bytes, read as overlapping words (no memcpy call)
      std::uint64_t w;
      if (n >= 4) {
         std::uint32_t a, b;
         std::memcpy(&a, p, 4);
         std::memcpy(&b, p + n - 4, 4);
         w = a | std::uint64_t(b) << 32;
      } else {
         w = std::uint64_t(std::uint8_t(p[0])) | std::uint64_t(std::uint8_t(p[n / 2])) << 8 |
             std::uint64_t(std::uint8_t(p[n - 1])) << 16;
      }
      h = (h ^ w) * kMul;
   }
   h ^= h >> 32;
   h *= kMul;
   return h ^ (h >> 29);
}
}  // namespace

std::size_t Hash::position(std::string_view text, KeyKind kind) const {
   const std::size_t size = entries_.size();
   if (size <= kLinearHashSize) {
      for (std::size_t i = 0; i < size; ++i) {
         if (same_key(entries_[i].first, text) && (key_kinds_.empty() ? kind == KeyKind::String : key_kinds_[i] == kind))
            return i;
      }
      return size;
   }
   const std::size_t mask = index_.size() - 1;
   for (std::size_t slot = std::size_t(key_hash(text, kind)) & mask;; slot = (slot + 1) & mask) {
      const std::uint32_t at = index_[slot];
      if (at == 0) return size;
      const std::size_t i = at - 1;
      if (same_key(entries_[i].first, text) && (key_kinds_.empty() ? kind == KeyKind::String : key_kinds_[i] == kind))
         return i;
   }
}

const Value* Hash::find_entry(std::string_view text, KeyKind kind) const {
   std::size_t i = position(text, kind);
   return i < entries_.size() ? &entries_[i].second : nullptr;
}

void Hash::set_entry(std::string text, KeyKind kind, Value value) {
   std::size_t i = position(text, kind);
   if (i < entries_.size()) {
      entries_[i].second = std::move(value);
      return;
   }
   if (kind != KeyKind::String || !key_kinds_.empty()) {
      key_kinds_.resize(entries_.size(), KeyKind::String);
      key_kinds_.push_back(kind);
   }
   entries_.emplace_back(std::move(text), std::move(value));
   if (entries_.size() <= kLinearHashSize) return;
   if (entries_.size() * 2 > index_.size()) rebuild_index();
   else index_entry(entries_.size() - 1);
}

// Puts entry `position` into the first free slot from its key's.
void Hash::index_entry(std::size_t position) {
   const std::size_t mask = index_.size() - 1;
   std::size_t slot = std::size_t(key_hash(entries_[position].first, key_kind(entries_[position]))) & mask;
   while (index_[slot] != 0) slot = (slot + 1) & mask;
   index_[slot] = std::uint32_t(position + 1);
}

// Small hashes have no index (position() searches them); it is built once they outgrow that,
// and rebuilt at twice the size when half full.
void Hash::rebuild_index() {
   index_.clear();
   if (entries_.size() <= kLinearHashSize) {
      index_.shrink_to_fit();
      return;
   }
   std::size_t slots = 64;
   while (slots < entries_.size() * 4) slots *= 2;
   index_.assign(slots, 0);
   for (std::size_t j = 0; j < entries_.size(); ++j) index_entry(j);
}

const Value* Hash::find(std::string_view key) const { return find_entry(key, KeyKind::String); }
const Value* Hash::find(std::int64_t key) const { return find_entry(std::to_string(key), KeyKind::Integer); }
void Hash::set(std::string key, Value value) { set_entry(std::move(key), KeyKind::String, std::move(value)); }
void Hash::set(std::int64_t key, Value value) { set_entry(std::to_string(key), KeyKind::Integer, std::move(value)); }

namespace {
Hash::KeyKind kind_of(const Value& key) {
   switch (key.type()) {
   case Value::Type::Integer: return Hash::KeyKind::Integer;
   case Value::Type::Float: return Hash::KeyKind::Float;
   case Value::Type::Bool: return Hash::KeyKind::Bool;
   case Value::Type::Nil: return Hash::KeyKind::Nil;
   case Value::Type::Time: return Hash::KeyKind::Time;
   default: return Hash::KeyKind::String;  // a String, or another class kept as its text
   }
}
}  // namespace

const Value* Hash::find_key(const Value& key) const {
   if (key.is_string()) return find(key.as_string());
   const KeyKind kind = kind_of(key);
   return kind == KeyKind::String ? nullptr : find_entry(to_output(key), kind);
}

void Hash::set_key(const Value& key, Value value) {
   set_entry(key.is_string() ? key.as_string() : to_output(key), kind_of(key), std::move(value));
}

void Hash::erase(std::string_view key) {
   for (std::size_t i = 0; i < entries_.size(); ++i)
      if (entries_[i].first == key && key_kind(entries_[i]) == KeyKind::String) {
         entries_.erase(entries_.begin() + std::ptrdiff_t(i));
         if (!key_kinds_.empty()) key_kinds_.erase(key_kinds_.begin() + std::ptrdiff_t(i));
         rebuild_index();
         return;
      }
}

std::string Drop::to_s() const { return "Liquid::Drop"; }

std::vector< Value > Drop::key_objects() const {
   std::vector< Value > out;
   for (std::string& key : keys()) out.emplace_back(std::move(key));
   return out;
}

Value Drop::value_at(const Value& key) const {
   return key.is_string() ? get(key.as_string()) : get_key(key);
}

Hash Drop::to_hash() const {
   Hash hash;
   for (const Value& key : key_objects()) hash.set_key(key, value_at(key));
   return hash;
}

void append_output(const Value& v, std::string& out);

namespace {

// Ruby's Time#to_s: "2024-01-01 00:01:58 +0000" ("... UTC" for a UTC Time); Date#to_s: "2024-01-01".
std::string time_to_s(const Time& t) {
   std::time_t secs = std::time_t(t.seconds + t.utc_offset);
   std::tm tm{};
   gmtime_r(&secs, &tm);
   char buf[64];
   if (t.is_date) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
      return buf;
   }
   if (t.is_utc) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d UTC", tm.tm_year + 1900, tm.tm_mon + 1,
                    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
      return buf;
   }
   int off = t.utc_offset;
   char sign = off < 0 ? '-' : '+';
   off = std::abs(off);
   std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d %c%02d%02d", tm.tm_year + 1900,
                 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, sign, off / 3600,
                 (off / 60) % 60);
   return buf;
}

}  // namespace

void append_output(const Value& v, std::string& out) {
   switch (v.type()) {
   case Value::Type::Nil: return;
   case Value::Type::Bool: out += v.as_bool() ? "true" : "false"; return;
   case Value::Type::Integer: {
      char buf[24];
      auto r = std::to_chars(buf, buf + sizeof buf, v.as_integer());
      out.append(buf, std::size_t(r.ptr - buf));
      return;
   }
   case Value::Type::Float: out += float_to_s(v.as_float()); return;
   case Value::Type::String: out += v.as_string(); return;
   case Value::Type::Array:
      for (const Value& e : v.as_array()) append_output(e, out);
      return;
   case Value::Type::Hash: out += inspect(v); return;
   case Value::Type::Drop: out += v.as_drop().to_s(); return;
   case Value::Type::Time: out += time_to_s(v.as_time()); return;
   case Value::Type::Range:
      out += std::to_string(v.as_range().first);
      out += "..";
      out += std::to_string(v.as_range().last);
      return;
   }
}

std::string to_output(const Value& v) {
   if (v.is_string()) return v.as_string();
   std::string out;
   append_output(v, out);
   return out;
}

bool liquid_equal(const Value& a, const Value& b) {
   using T = Value::Type;
   if (a.is_number() && b.is_number()) {
      if (a.is_integer() && b.is_integer()) return a.as_integer() == b.as_integer();
      double x = a.is_integer() ? double(a.as_integer()) : a.as_float();
      double y = b.is_integer() ? double(b.as_integer()) : b.as_float();
      return x == y;
   }
   if (a.type() != b.type()) return false;
   switch (a.type()) {
   case T::Nil: return true;
   case T::Bool: return a.as_bool() == b.as_bool();
   case T::String: return a.as_string() == b.as_string();
   case T::Array: {
      const Array& x = a.as_array();
      const Array& y = b.as_array();
      if (&x == &y) return true;
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
         if (!liquid_equal(x[i], y[i])) return false;
      return true;
   }
   case T::Hash: {
      const Hash& x = a.as_hash();
      const Hash& y = b.as_hash();
      if (&x == &y) return true;
      if (x.size() != y.size()) return false;
      for (const auto& e : x) {
         const auto& [k, v] = e;
         const Value* other = y.find_key(hash_key(x, e));
         if (!other || !liquid_equal(v, *other)) return false;
      }
      return true;
   }
   case T::Drop: return a.as_drop().equals(b.as_drop());
   case T::Time:
      return a.as_time().seconds == b.as_time().seconds &&
             a.as_time().nanoseconds == b.as_time().nanoseconds &&
             a.as_time().is_date == b.as_time().is_date;
   case T::Range: return a.as_range().first == b.as_range().first && a.as_range().last == b.as_range().last;
   default: return false;
   }
}

}  // namespace jekyllpp::liquid
