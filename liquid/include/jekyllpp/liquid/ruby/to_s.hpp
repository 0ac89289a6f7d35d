#pragma once
// Ruby's to_s and inspect as filters apply them to their inputs (`input.to_s` in Liquid's
// filters turns an array into its inspect form, unlike `{{ array }}`, which joins it).
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid::ruby {

// Ruby's Object#to_s: nil -> "", 1.0 -> "1.0", [1, "a"] -> "[1, \"a\"]", {"a"=>1}, Time#to_s.
std::string to_s(const Value& v);
// Appends Ruby's String#inspect of s to out.
void append_inspect_string(std::string& out, std::string_view s);

}  // namespace jekyllpp::liquid::ruby
