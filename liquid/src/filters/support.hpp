#pragma once
// What Liquid's standard filters share: Ruby's arity check, arguments (keyword arguments arrive
// as one trailing Hash, as Liquid passes them to Ruby), InputIterator, `item[property]`, and
// Ruby's ==, eql? and <=>.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/filter.hpp"
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid::filters {

// A filter's positional arguments after the input, checked against a Ruby signature with
// `required` and `optional` parameters besides the input.
class Args {
public:
   // Inline: every filter call makes one; a wrong count or keyword arguments go out of line.
   Args(const FilterCall& call, std::size_t required, std::size_t optional)
       : call_(call), size_(call.args.size() + (call.kwargs.empty() ? 0 : 1)) {
      if (size_ < required || size_ > required + optional || !call.kwargs.empty())
         check_and_collect(required, optional);
   }
   std::size_t size() const { return size_; }
   bool has(std::size_t i) const { return i < size_; }
   const Value& operator[](std::size_t i) const {
      return i < call_.args.size() ? call_.args[i] : kwargs_hash_;
   }
   const Value& input() const { return call_.input; }
   Context& context() const { return call_.context; }

private:
   void check_and_collect(std::size_t required, std::size_t optional);
   const FilterCall& call_;
   std::size_t size_;
   Value kwargs_hash_;
};

[[noreturn]] void raise_argument_error(std::string message);
// Liquid's "cannot select the property 'x'".
[[noreturn]] void raise_property_error(const Value& property);

// Ruby's to_s of a filter argument or input.
std::string to_s(const Value& v);
// The same without a copy for strings: v's own text, or tmp filled with to_s(v).
inline const std::string& as_text(const Value& v, std::string& tmp) {
   if (v.is_string()) return v.as_string();
   tmp = to_s(v);
   return tmp;
}
// Liquid's Utils.to_integer: integers as they are, else Integer(to_s) or "invalid integer".
std::int64_t to_integer(const Value& v);

// Liquid's InputIterator: arrays flattened, a hash as one element, a range enumerated, a Jekyll
// drop's keys, nil as nothing, anything else as one element.
std::vector< Value > input_items(const Value& input);
// The same without copying an array that holds no array (the common case): input's own items,
// else the items made in holder.
const std::vector< Value >& input_items(const Value& input, std::vector< Value >& holder);

// Ruby's `item[property]`: nullopt when item has no [] method (nil, numbers other than
// Integer, booleans, times); raises the property error where Ruby raises TypeError.
std::optional< Value > index(const Value& item, const Value& property);
// The same without copying a hash's value: a pointer into item, or to tmp filled by index();
// null where index() gives nullopt.
// hint: where the key was found in the previous item (records of one shape share a key order).
const Value* index_ref(const Value& item, const Value& property, Value& tmp, std::size_t& hint);

// Ruby's == (1 == 1.0, arrays and hashes by content), eql? (no Integer/Float mixing) and <=>
// (nullopt where Ruby gives nil).
bool ruby_equal(const Value& a, const Value& b);
bool ruby_eql(const Value& a, const Value& b);
std::optional< int > ruby_compare(const Value& a, const Value& b);

// glibc's merge sort, which Ruby's sort uses: the same order as Ruby's even for a comparator
// that is not a strict weak order (sort_natural's nil handling).
template < class Compare >
void merge_sort(std::vector< Value >& items, Compare compare);

// Each family registers its filters.
void register_string_filters(Environment& env);
void register_html_filters(Environment& env);
void register_encoding_filters(Environment& env);
void register_array_filters(Environment& env);
void register_math_filters(Environment& env);
void register_date_filters(Environment& env);
void register_default_filter(Environment& env);

// ---- implementation of merge_sort
namespace detail {
template < class Compare >
void merge_sort(Value* b, std::size_t n, Value* tmp, Compare& compare) {
   if (n <= 1) return;
   const std::size_t n1 = n / 2, n2 = n - n1;
   Value* b1 = b;
   Value* b2 = b + n1;
   merge_sort(b1, n1, tmp, compare);
   merge_sort(b2, n2, tmp, compare);
   std::size_t i1 = 0, i2 = 0, k = 0;
   while (i1 < n1 && i2 < n2) {
      if (compare(b1[i1], b2[i2]) <= 0) tmp[k++] = std::move(b1[i1++]);
      else tmp[k++] = std::move(b2[i2++]);
   }
   while (i1 < n1) tmp[k++] = std::move(b1[i1++]);
   for (std::size_t i = 0; i < k; ++i) b[i] = std::move(tmp[i]);
}
}  // namespace detail

template < class Compare >
void merge_sort(std::vector< Value >& items, Compare compare) {
   std::vector< Value > tmp(items.size());
   detail::merge_sort(items.data(), items.size(), tmp.data(), compare);
}

}  // namespace jekyllpp::liquid::filters
