#pragma once
// Ruby's semantics that Jekyll's array filters inherit: <=>, Array#sort's order of comparisons
// (glibc's merge sort, which Ruby's qsort_r uses), String#to_i, Integer(), and the wording of
// the errors these raise.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::filters {

// a <=> b: nullopt where Ruby returns nil (incomparable types, NaN).
std::optional< int > spaceship(const liquid::Value& a, const liquid::Value& b);
// Ruby's class name of the value (NilClass, Integer, String, Hash...).
std::string ruby_class_name(const liquid::Value& value);
// "comparison of Integer with String failed" (rb_cmperr).
std::string comparison_failed(const liquid::Value& a, const liquid::Value& b);
// NoMethodError's text: "undefined method `split' for nil:NilClass".
std::string undefined_method(std::string_view method, const liquid::Value& receiver);
// TypeError's text: "no implicit conversion of Integer into String".
std::string no_implicit_conversion(const liquid::Value& value, std::string_view target);
// Liquid::Utils.to_integer: integers pass, other values go through Integer(to_s); nullopt
// where Liquid raises "invalid integer".
std::optional< std::int64_t > liquid_to_integer(const liquid::Value& value);
// Ruby's Array(value) elements: nil → [], arrays as they are, a hash as [key, value] pairs, a
// Time its to_a fields (so `where: "date", "2018"` matches a post of 2018, as in Jekyll).
liquid::Array ruby_array(const liquid::Value& value);
// The elements Enumerable methods walk: arrays, a hash's (or a Jekyll drop's) [key, value]
// pairs, ranges.
// nullopt when the value is not Enumerable.
std::optional< liquid::Array > enumerable_items(const liquid::Value& value);

namespace detail {
template < class T, class Compare >
void merge_sort(T* items, std::size_t n, T* tmp, Compare& compare) {
   if (n <= 1) return;
   const std::size_t n1 = n / 2, n2 = n - n1;
   T* b1 = items;
   T* b2 = items + n1;
   merge_sort(b1, n1, tmp, compare);
   merge_sort(b2, n2, tmp, compare);
   std::size_t i = 0, j = 0, k = 0;
   while (i < n1 && j < n2) {
      if (compare(b1[i], b2[j]) <= 0) {
         tmp[k++] = std::move(b1[i++]);
      } else {
         tmp[k++] = std::move(b2[j++]);
      }
   }
   while (i < n1) tmp[k++] = std::move(b1[i++]);
   for (std::size_t m = 0; m < k; ++m) items[m] = std::move(tmp[m]);
}
}  // namespace detail

// A stable merge sort comparing in the order glibc's msort does (Ruby sorts through qsort_r),
// so that an error thrown by compare(a, b) (<0, 0 or >0) names the pair Ruby's would.
template < class T, class Compare >
void ruby_sort(std::vector< T >& items, Compare compare) {
   std::vector< T > tmp(items.size());
   detail::merge_sort(items.data(), items.size(), tmp.data(), compare);
}

}  // namespace jekyllpp::site::filters
